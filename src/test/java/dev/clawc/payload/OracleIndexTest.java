package dev.clawc.payload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * testdata/oracle/index.json (release x case -> captured request skeleton, written by
 * tools/oracle-capture/sweep.py) is consistent: every release is one clawc knows, every case has its
 * folder and config, every referenced skeleton exists, parses, is named after its content hash, and
 * holds no local path.
 */
class OracleIndexTest {
    private static final Path ORACLE = Path.of("testdata/oracle");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyIndexEntryPointsAtAValidSkeleton() throws IOException {
        JsonNode index = JSON.readTree(ORACLE.resolve("index.json").toFile());
        Set<String> known = new HashSet<>();
        for (JsonNode r : JSON.readTree(Path.of("rules/openclaw/releases/releases.json").toFile()).get("releases")) {
            known.add(r.get("release").asText());
        }
        List<String> problems = new ArrayList<>();
        int entries = 0;
        Iterator<Map.Entry<String, JsonNode>> releases = index.get("releases").fields();
        while (releases.hasNext()) {
            Map.Entry<String, JsonNode> rel = releases.next();
            if (!known.contains(rel.getKey())) {
                problems.add(rel.getKey() + ": not a release in releases.json");
            }
            Iterator<Map.Entry<String, JsonNode>> cases = rel.getValue().fields();
            while (cases.hasNext()) {
                Map.Entry<String, JsonNode> c = cases.next();
                entries++;
                String where = rel.getKey() + " " + c.getKey() + ": ";
                Path caseDir = ORACLE.resolve("cases").resolve(c.getKey());
                if (!Files.isRegularFile(caseDir.resolve("case.json"))) {
                    problems.add(where + "no cases/" + c.getKey() + "/case.json");
                }
                if (!Files.isRegularFile(caseDir.resolve(c.getValue().path("config").asText("?")))) {
                    problems.add(where + "config " + c.getValue().path("config").asText() + " missing");
                }
                checkSkeleton(where, c.getValue().path("skeleton").asText(""), problems);
            }
        }
        assertTrue(entries > 0, "index.json lists no capture");
        assertEquals(List.of(), problems);
    }

    private static void checkSkeleton(String where, String rel, List<String> problems) throws IOException {
        Path p = ORACLE.resolve(rel);
        if (rel.isEmpty() || !Files.isRegularFile(p)) {
            problems.add(where + "skeleton '" + rel + "' missing");
            return;
        }
        byte[] bytes = Files.readAllBytes(p);
        String name = p.getFileName().toString();
        if (!name.equals(sha256(bytes).substring(0, 12) + ".json")) {
            problems.add(where + rel + " is not named after its SHA-256");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        for (String local : List.of("/work/", "/tmp/", "/root/", "/home/", "oracle-home.")) {
            if (text.contains(local)) {
                problems.add(where + rel + " holds a local path (" + local + ")");
            }
        }
        JsonNode sk;
        try {
            sk = JSON.readTree(bytes);
        } catch (IOException e) {
            problems.add(where + rel + " does not parse: " + e.getMessage());
            return;
        }
        JsonNode requests = sk.get("requests");
        JsonNode distinct = sk.get("distinct");
        if (requests == null || !requests.isArray() || distinct == null || !distinct.isArray()) {
            problems.add(where + rel + " lacks the requests/distinct arrays");
            return;
        }
        for (JsonNode d : distinct) {
            int i = d.path("index").asInt(-1);
            if (i < 0 || i >= requests.size()) {
                problems.add(where + rel + " distinct index " + i + " out of range");
            }
            assertFalse(d.has("attempts"), "attempts are run-to-run noise and live in index.json");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
