package dev.clawc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.testing.Cli;
import dev.clawc.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Oracle conformance for `clawc explain` (shared/oracle/README.md "How to compare"): for every case of
 * both releases, the predicted requests equal the captured skeletons (method, URL, headers, body; tools
 * compared by presence and the position and object of their cache markers). A case where OpenClaw sent
 * nothing must get no request and a reason.
 */
@Tag("conformance")
class OracleRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> FAKE_KEYS = Map.of(
            "OPENROUTER_API_KEY", "sk-or-test-123", "ANTHROPIC_API_KEY", "sk-ant-test-123",
            "OPENAI_API_KEY", "sk-test-123", "GEMINI_API_KEY", "gm-test-123");

    @TempDir
    Path temp;

    static Stream<Path> cases() throws IOException {
        Path oracle = SharedData.dir("oracle");
        List<Path> all = new ArrayList<>();
        for (String version : List.of("2026.2.6-3", "2026.9.6")) {
            try (Stream<Path> dirs = Files.list(oracle.resolve(version))) {
                all.addAll(dirs.filter(Files::isDirectory).sorted().collect(Collectors.toList()));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void explainMatchesTheCapturedRequests(Path caseDir) throws IOException {
        JsonNode meta = JSON.readTree(caseDir.resolve("case.json").toFile());
        JsonNode skeleton = JSON.readTree(caseDir.resolve("request.skeleton.json").toFile());
        JsonNode report = explain(caseDir, meta);
        JsonNode predicted = report.get("requests");
        JsonNode distinct = skeleton.get("distinct");

        if (distinct.isEmpty()) {
            assertTrue(predicted.size() > 0, "no route at all");
            JsonNode first = predicted.get(0);
            assertTrue(first.get("request").isNull(), caseDir + ": OpenClaw sent nothing, clawc predicts " + first.get("request"));
            assertTrue(first.has("refusal") && !first.get("refusal").asText().isBlank(), caseDir + ": no reason given");
            return;
        }
        for (int i = 0; i < distinct.size(); i++) {
            JsonNode captured = skeleton.get("requests").get(distinct.get(i).get("index").asInt());
            assertTrue(i < predicted.size(), caseDir + ": only " + predicted.size() + " predicted requests");
            JsonNode ours = predicted.get(i).get("request");
            assertFalse(ours == null || ours.isNull(), caseDir + " request " + i + ": " + predicted.get(i));
            assertEquals(normalize(captured), normalize(ours), caseDir + " request " + i);
        }
    }

    private JsonNode explain(Path caseDir, JsonNode meta) throws IOException {
        Path envFile = temp.resolve("env");
        StringBuilder env = new StringBuilder();
        meta.get("env_keys").forEach(k -> env.append(k.asText()).append('=').append(FAKE_KEYS.getOrDefault(k.asText(), "x")).append('\n'));
        Files.writeString(envFile, env.toString());
        List<String> args = new ArrayList<>(List.of("explain", "--format", "json", "--no-process-env",
                "--env-file", envFile.toString(), "--openclaw-version", meta.get("version").asText()));
        if (!meta.get("thinking").isNull()) {
            args.addAll(List.of("--thinking", meta.get("thinking").asText()));
        }
        if (!meta.get("agent").isNull()) {
            args.addAll(List.of("--agent", meta.get("agent").asText()));
        }
        if (!meta.get("model").isNull()) {
            args.addAll(List.of("--model", meta.get("model").asText()));
        }
        args.addAll(List.of("--openrouter-models", meta.get("catalog").asText().equals("none") ? "none"
                : caseDir.getParent().getParent().resolve("openrouter-models.json").toString()));
        if (!meta.get("warm").asBoolean()) {
            args.add("--fresh-install");
        }
        args.add(caseDir.resolve("config.json5").toString());
        Cli.Run run = Cli.run(args.toArray(new String[0]));
        assertTrue(run.exitCode() <= 1, "exit " + run.exitCode() + ": " + run.err() + run.out());
        return JSON.readTree(run.out());
    }

    /** Tools compare by presence and the position (from the end) and object of each cache marker. */
    private static JsonNode normalize(JsonNode request) {
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
