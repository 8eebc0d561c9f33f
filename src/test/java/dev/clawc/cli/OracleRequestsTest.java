package dev.clawc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clawc.testing.OracleExplain;
import dev.clawc.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        JsonNode report = OracleExplain.explain(temp, meta.get("version").asText(), caseDir.resolve("config.json5"), meta,
                caseDir.getParent().getParent().resolve("openrouter-models.json"));
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
            assertEquals(OracleExplain.normalize(captured), OracleExplain.normalize(ours), caseDir + " request " + i);
        }
    }
}
