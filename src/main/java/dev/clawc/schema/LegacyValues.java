package dev.clawc.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clawc.diag.ConfigPath;
import dev.clawc.release.BundledJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Old spellings of a value that OpenClaw's doctor rewrites (rules/openclaw/legacy-values.json): e.g. a
 * {@code gateway.bind} of {@code "0.0.0.0"} becomes the bind mode {@code "lan"}. An entry's path may hold
 * {@code *} for any one segment (a map key or an array index); its values compare trimmed and lower-cased
 * unless the entry says {@code "compare": "exact"} (OpenClaw compares them with {@code ===}). Read on first use.
 */
final class LegacyValues {
    private static final String RESOURCE = "/clawc/rules/openclaw/legacy-values.json";
    private static volatile JsonNode table;

    private LegacyValues() {
    }

    /** The value OpenClaw's migration writes for {@code written} at {@code path}, or null. */
    static String replacement(ConfigPath path, String written) {
        if (written == null) {
            return null;
        }
        for (JsonNode entry : table().path("values")) {
            if (!matches(entry.path("path").asText(), path)) {
                continue;
            }
            String key = entry.path("compare").asText().equals("exact") ? written : written.trim().toLowerCase(Locale.ROOT);
            if (entry.path("aliases").has(key)) {
                return entry.path("aliases").path(key).asText();
            }
        }
        return null;
    }

    /** True when the dotted {@code pattern} ({@code *}: any one segment) names {@code path}. */
    static boolean matches(String pattern, ConfigPath path) {
        String[] want = pattern.split("\\.", -1);
        List<Object> got = path.segments();
        if (want.length != got.size()) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            if (!want[i].equals("*") && !want[i].equals(String.valueOf(got.get(i)))) {
                return false;
            }
        }
        return true;
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
