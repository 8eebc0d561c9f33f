package dev.clawc.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clawc.release.BundledJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Old spellings of a value that OpenClaw's doctor rewrites (rules/openclaw/legacy-values.json): e.g. a
 * {@code gateway.bind} of {@code "0.0.0.0"} becomes the bind mode {@code "lan"}. Read on first use.
 */
final class LegacyValues {
    private static final String RESOURCE = "/clawc/rules/openclaw/legacy-values.json";
    private static volatile JsonNode table;

    private LegacyValues() {
    }

    /** The value OpenClaw's migration writes for {@code written} at {@code path} (dotted), or null. */
    static String replacement(String path, String written) {
        if (written == null) {
            return null;
        }
        String key = written.trim().toLowerCase(Locale.ROOT);
        for (JsonNode entry : table().path("values")) {
            if (entry.path("path").asText().equals(path) && entry.path("aliases").has(key)) {
                return entry.path("aliases").path(key).asText();
            }
        }
        return null;
    }

    private static JsonNode table() {
        JsonNode loaded = table;
        if (loaded == null) {
            try (InputStream in = LegacyValues.class.getResourceAsStream(RESOURCE)) {
                loaded = in == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : BundledJson.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            table = loaded;
        }
        return loaded;
    }
}
