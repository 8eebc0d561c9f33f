package dev.clawc.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editor's settings for clawc, from {@code initializationOptions} or {@code workspace/didChangeConfiguration}
 * (either bare or under a {@code clawc} key): {@code openclawVersion}, {@code envFiles}, {@code rules}
 * ({@code {id: "off"|"info"|"warning"|"error"}}) and {@code debounceMs}. Anything unreadable keeps its default.
 */
record ServerSettings(ConfigAnalyzer.Settings analysis, long debounceMillis) {
    static final long DEFAULT_DEBOUNCE_MILLIS = 150;

    static ServerSettings defaults(Map<String, String> processEnv) {
        return new ServerSettings(ConfigAnalyzer.Settings.defaults(processEnv), DEFAULT_DEBOUNCE_MILLIS);
    }

    ServerSettings with(Object options, Map<String, String> processEnv) {
        if (!(options instanceof JsonObject object)) {
            return this;
        }
        if (object.has("clawc") && object.get("clawc").isJsonObject()) {
            object = object.getAsJsonObject("clawc");
        }
        String version = string(object.get("openclawVersion"));
        List<Path> envFiles = new ArrayList<>();
        if (object.has("envFiles") && object.get("envFiles").isJsonArray()) {
            for (JsonElement file : object.getAsJsonArray("envFiles")) {
                String name = string(file);
                if (name != null) {
                    envFiles.add(Path.of(name));
                }
            }
        }
        Map<String, String> rules = new LinkedHashMap<>();
        if (object.has("rules") && object.get("rules").isJsonObject()) {
            for (Map.Entry<String, JsonElement> rule : object.getAsJsonObject("rules").entrySet()) {
                String level = string(rule.getValue());
                if (level != null) {
                    rules.put(rule.getKey(), level);
                }
            }
        }
        long debounce = debounceMillis;
        JsonElement debounceMs = object.get("debounceMs");
        if (debounceMs != null && debounceMs.isJsonPrimitive() && debounceMs.getAsJsonPrimitive().isNumber()) {
            debounce = Math.max(0, debounceMs.getAsLong());
        }
        return new ServerSettings(new ConfigAnalyzer.Settings(version, envFiles, processEnv, rules), debounce);
    }

    private static String string(JsonElement element) {
        return element != null && element.isJsonPrimitive() && element.getAsJsonPrimitive().isString() ? element.getAsString() : null;
    }
}
