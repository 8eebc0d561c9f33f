package dev.clawc.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clawc.core.AnalysisResult;
import dev.clawc.core.AnalysisSettings;
import dev.clawc.core.Analyzer;
import dev.clawc.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every captured request in shared/oracle, the cache markers clawc predicts for that route
 * (count, position, TTL) equal the ones OpenClaw really sent.
 */
@Tag("conformance")
class OracleCacheMarkersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> FAKE_KEYS = Map.of(
            "OPENROUTER_API_KEY", "sk-or-test-123", "ANTHROPIC_API_KEY", "sk-ant-test-123",
            "OPENAI_API_KEY", "sk-test-123", "GEMINI_API_KEY", "gm-test-123");

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
    void predictedMarkersEqualCapturedOnes(Path caseDir) throws IOException {
        JsonNode meta = JSON.readTree(caseDir.resolve("case.json").toFile());
        JsonNode skeleton = JSON.readTree(caseDir.resolve("request.skeleton.json").toFile());
        JsonNode distinct = skeleton.get("distinct");
        if (distinct.isEmpty()) {
            return; // OpenClaw sent nothing: explain's job to say why, no markers to compare
        }
        Map<String, String> env = new HashMap<>();
        meta.get("env_keys").forEach(k -> env.put(k.asText(), FAKE_KEYS.getOrDefault(k.asText(), "x")));
        AnalysisResult analyzed = Analyzer.analyze("config.json5", caseDir.resolve("config.json5"),
                Files.readAllBytes(caseDir.resolve("config.json5")),
                AnalysisSettings.defaults().withVersion(meta.get("version").asText()).withEnvironment(env));
        RoutePlanner planner = new RoutePlanner(analyzed.model(), analyzed.load().environment().asMap());
        String agent = meta.get("agent").isNull() ? planner.agentIds().get(0) : meta.get("agent").asText();
        List<Route> chain = planner.chain(agent);

        for (int i = 0; i < distinct.size(); i++) {
            JsonNode request = skeleton.get("requests").get(distinct.get(i).get("index").asInt());
            Route route = chain.get(i);
            assertNotNull(route, "no route for distinct request " + i);
            assertEquals(captured(request.get("body")), predicted(route), caseDir + " request " + i + " (" + route.key() + ")");
        }
    }

    private static List<String> predicted(Route route) {
        List<String> out = new ArrayList<>();
        for (Route.Marker marker : route.cache().markers()) {
            out.add(marker.where() + (marker.ttl() == null ? "" : ":" + marker.ttl()));
        }
        out.sort(String::compareTo);
        return out;
    }

    /** Markers in a captured body, named by where they sit. */
    private static List<String> captured(JsonNode body) {
        List<String> out = new ArrayList<>();
        if (body.has("system") && body.get("system").isArray()) {
            body.get("system").forEach(block -> add(out, "SYSTEM", block));
        }
        if (body.has("messages")) {
            for (JsonNode message : body.get("messages")) {
                String role = message.path("role").asText();
                String where = role.equals("system") || role.equals("developer") ? "SYSTEM" : "LAST_USER";
                if (message.get("content").isArray()) {
                    message.get("content").forEach(part -> add(out, where, part));
                }
                add(out, where, message);
            }
        }
        if (body.has("tools")) {
            JsonNode tools = body.get("tools");
            for (int i = 0; i < tools.size(); i++) {
                if (tools.get(i).has("cache_control")) {
                    assertEquals(tools.size() - 1, i, "a tool marker not on the last tool");
                    add(out, "LAST_TOOL", tools.get(i));
                }
            }
        }
        out.sort(String::compareTo);
        return out;
    }

    private static void add(List<String> out, String where, JsonNode node) {
        JsonNode cc = node.get("cache_control");
        if (cc != null) {
            assertEquals("ephemeral", cc.get("type").asText());
            out.add(where + (cc.has("ttl") ? ":" + cc.get("ttl").asText() : ""));
        }
    }
}
