package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.json5.Json5Null;
import dev.clawc.json5.Json5Value;
import dev.clawc.json5.StrictJsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Config values copied into an {@code openai-completions} body. */
final class ConfigJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfigJson() {
    }

    /** A config value as JSON for the body (secrets redacted, as everywhere in clawc's output). */
    static JsonNode of(Json5Value value) {
        if (value instanceof Json5Null) {
            return NativePayloadData.NODES.nullNode();
        }
        StringWriter out = new StringWriter();
        new StrictJsonWriter().write(value, out, false);
        try {
            return JSON.readTree(out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number as JavaScript prints it: whole numbers without a fraction. */
    static void putNumber(ObjectNode body, String field, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            body.put(field, (long) v);
        } else {
            body.put(field, v);
        }
    }
}
