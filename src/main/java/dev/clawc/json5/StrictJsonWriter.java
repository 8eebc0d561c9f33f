package dev.clawc.json5;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.clawc.diag.Secrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a JSON5 value as strict JSON, as OpenClaw would see it after parsing: for duplicate keys
 * the last value wins (in the position of the first), numbers are exact, comments are gone.
 * Secrets are replaced by {@code "<redacted>"}: values under secret-bearing keys and key-shaped text.
 */
public final class StrictJsonWriter {
    // The caller owns the writer (often stdout): never close it.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private int redactions;

    /** How many values were redacted by the last {@link #write}. */
    public int redactions() {
        return redactions;
    }

    /** Writes the value; it must hold no Infinity or NaN (see {@link NonFiniteNumbers}). */
    public void write(Json5Value value, Writer out, boolean pretty) {
        redactions = 0;
        try (JsonGenerator json = FACTORY.createGenerator(new LoneSurrogateEscaper(out))) {
            if (pretty) {
                json.setPrettyPrinter(dev.clawc.diag.PrettyJson.printer());
            }
            write(json, value, null);
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(JsonGenerator json, Json5Value value, String key) throws IOException {
        if (value instanceof Json5Object object) {
            json.writeStartObject();
            Map<String, Json5Value> winners = new LinkedHashMap<>();
            for (Json5Member member : object.members()) {
                winners.put(member.name(), member.value());
            }
            for (Map.Entry<String, Json5Value> entry : winners.entrySet()) {
                json.writeFieldName(Secrets.maskKeyShaped(entry.getKey())); // a key-shaped secret used as a key
                write(json, entry.getValue(), entry.getKey());
            }
            json.writeEndObject();
        } else if (value instanceof Json5Array array) {
            json.writeStartArray();
            for (Json5Value element : array.elements()) {
                write(json, element, key);
            }
            json.writeEndArray();
        } else if (value instanceof Json5String string) {
            json.writeString(redact(string.value(), key));
        } else if (value instanceof Json5Number number) {
            json.writeNumber(number.toJson());
        } else if (value instanceof Json5Boolean bool) {
            json.writeBoolean(bool.value());
        } else {
            json.writeNull();
        }
    }

    private String redact(String text, String key) {
        if (Secrets.isSecretKey(key) && Secrets.isSecretValueUnderKey(text)) {
            redactions++;
            return Secrets.REDACTED;
        }
        String masked = Secrets.maskKeyShaped(text);
        if (!masked.equals(text)) {
            redactions++;
        }
        return masked;
    }
}
