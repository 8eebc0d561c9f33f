package dev.clawc.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs `clawc explain --format json` the way an oracle capture ran OpenClaw (the case's case.json: fake keys,
 * thinking level, agent, model, OpenRouter model list, cold or warm gateway), and puts a request in the form the
 * captures are compared in. Shared by the oracle tests (shared/oracle and testdata/oracle).
 */
public final class OracleExplain {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The fake keys the capture harness gives OpenClaw (shared/oracle/README.md). */
    private static final Map<String, String> FAKE_KEYS = Map.of(
            "OPENROUTER_API_KEY", "sk-or-test-123", "ANTHROPIC_API_KEY", "sk-ant-test-123",
            "OPENAI_API_KEY", "sk-test-123", "GEMINI_API_KEY", "gm-test-123");

    private OracleExplain() {
    }

    /**
     * @param scratch a folder for the env file
     * @param catalog the OpenRouter model list the capture served (used unless the case says `catalog: none`)
     */
    public static JsonNode explain(Path scratch, String release, Path config, JsonNode meta, Path catalog) throws IOException {
        Path envFile = scratch.resolve("env");
        StringBuilder env = new StringBuilder();
        meta.get("env_keys").forEach(k -> env.append(k.asText()).append('=').append(FAKE_KEYS.getOrDefault(k.asText(), "x")).append('\n'));
        Files.writeString(envFile, env.toString());
        List<String> args = new ArrayList<>(List.of("explain", "--format", "json", "--no-process-env",
                "--env-file", envFile.toString(), "--openclaw-version", release));
        for (String option : List.of("thinking", "agent", "model")) {
            if (!meta.path(option).isNull() && !meta.path(option).isMissingNode()) {
                args.addAll(List.of("--" + option, meta.get(option).asText()));
            }
        }
        args.addAll(List.of("--openrouter-models", "none".equals(meta.path("catalog").asText()) ? "none" : catalog.toString()));
        if (!meta.path("warm").asBoolean()) {
            args.add("--fresh-install");
        }
        args.add(config.toString());
        Cli.Run run = Cli.run(args.toArray(new String[0]));
        assertTrue(run.exitCode() <= 1, config + " on " + release + ": exit " + run.exitCode() + ": " + run.err() + run.out());
        return JSON.readTree(run.out());
    }

    /** Tools compare by presence and the position (from the end) and object of each cache marker. */
    public static JsonNode normalize(JsonNode request) {
        ObjectNode copy = request.deepCopy();
        JsonNode body = copy.get("body");
        if (body instanceof ObjectNode b && b.get("tools") instanceof ArrayNode tools) {
            ArrayNode markers = JSON.createArrayNode();
            for (int i = 0; i < tools.size(); i++) {
                if (tools.get(i).has("cache_control")) {
                    markers.addObject().put("fromEnd", i - tools.size()).set("cache_control", tools.get(i).get("cache_control"));
                }
            }
            b.set("tools", markers);
        }
        return copy;
    }
}
