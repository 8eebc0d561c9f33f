package dev.clawc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clawc.testing.Cli;
import dev.clawc.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Agreement with OpenClaw 2026.9.6's own verdicts on the real-config corpus: no unknown-key,
 * invalid-type or missing-key finding on a file it accepted, and at least one error on every file it
 * rejected: 121/121, with no exception (097 and 116, once outside clawc's schema, are caught since the release
 * schemas cover every section).
 */
@Tag("conformance")
class CorpusAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void agreesWithOpenClawsVerdicts() throws IOException {
        Path corpus = SharedData.dir("corpus");
        List<Path> files = SharedData.corpusConfigs();
        int accepted = 0;
        int acceptedClean = 0;
        int rejected = 0;
        int rejectedWithError = 0;
        Map<String, String> disagreements = new TreeMap<>();
        for (Path file : files) {
            String id = file.getFileName().toString().substring(0, 3);
            boolean valid = Files.readAllLines(corpus.resolve("verdicts").resolve(id + ".txt")).get(0).trim().equals("0");
            Cli.Run run = Cli.run("check", "--format", "json", "--no-process-env", "--openclaw-version", "2026.9.6", file.toString());
            JsonNode report = JSON.readTree(run.out());
            List<String> schemaFindings = new ArrayList<>();
            int errors = report.get("summary").get("errors").asInt();
            for (JsonNode d : report.get("diagnostics")) {
                String rule = d.get("rule").asText();
                if (rule.equals("unknown-key") || rule.equals("invalid-type") || rule.equals("missing-key")) {
                    schemaFindings.add(rule + " at " + d.get("path").asText());
                }
            }
            if (valid) {
                accepted++;
                if (schemaFindings.isEmpty()) {
                    acceptedClean++;
                } else {
                    disagreements.put(id, "accepted by OpenClaw, clawc: " + schemaFindings);
                }
            } else {
                rejected++;
                if (errors > 0) {
                    rejectedWithError++;
                } else {
                    disagreements.put(id, "rejected by OpenClaw, no error from clawc");
                }
            }
        }
        System.out.printf("corpus agreement: accepted %d/%d clean, rejected %d/%d with an error%n",
                acceptedClean, accepted, rejectedWithError, rejected);
        assertEquals(Map.of(), disagreements);
    }
}
