package dev.clawc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.core.AnalysisResult;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.LineRedactor;
import dev.clawc.diag.PrettyJson;
import dev.clawc.diag.SecretValues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Findings accepted as they are, so a repository can adopt clawc without fixing everything first: {@code --write-baseline}
 * records the current findings, {@code --baseline} hides the ones recorded and reports the rest. A finding is known by
 * its file (relative to the baseline's directory), rule and config path, so it survives edits that move lines; a
 * finding with no config path (a syntax error) by a hash of its redacted line. Entries are counted: a second finding
 * of the same kind at the same place is new. No message text is stored (it may name values from the config).
 */
final class Baseline {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FORMAT = 1;

    private final Path file;
    private final Map<String, Integer> counts;

    private Baseline(Path file, Map<String, Integer> counts) {
        this.file = file;
        this.counts = counts;
    }

    /** What applying the baseline left: results without the known findings, how many were hidden, how many entries no longer match. */
    record Applied(List<AnalysisResult> results, int hidden, int stale) {
    }

    /** Reads a baseline; an unreadable or malformed file is an IOException with a message for the user. */
    static Baseline read(Path file) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new IOException("not a regular file (a FIFO or device would block, a directory holds no baseline)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("not a clawc baseline (invalid JSON: " + e.getOriginalMessage() + ")");
        }
        if (root == null || root.path("clawcBaseline").asInt(0) != FORMAT || !root.path("findings").isArray()) {
            throw new IOException("not a clawc baseline (expected {\"clawcBaseline\": 1, \"findings\": [...]})");
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode entry : root.path("findings")) {
            String key = key(entry.path("file").asText(), entry.path("rule").asText(), entry.path("at").asText());
            counts.merge(key, Math.max(1, entry.path("count").asInt(1)), Integer::sum);
        }
        return new Baseline(file, counts);
    }

    /** The baseline of these results, to be written at {@code file}. */
    static Baseline of(Path file, List<AnalysisResult> results, SecretValues secrets) {
        Map<String, Integer> counts = new TreeMap<>();
        for (AnalysisResult result : results) {
            for (Diagnostic d : result.diagnostics()) {
                counts.merge(key(file, d, secrets), 1, Integer::sum);
            }
        }
        return new Baseline(file, counts);
    }

    int size() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    void write() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("clawcBaseline", FORMAT);
        ArrayNode findings = root.putArray("findings");
        counts.forEach((key, count) -> {
            String[] parts = key.split("\u0000", -1);
            ObjectNode entry = findings.addObject().put("file", parts[0]).put("rule", parts[1]).put("at", parts[2]);
            if (count > 1) {
                entry.put("count", count);
            }
        });
        Path parent = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(parent, ".clawc-baseline", ".tmp");
        try {
            Files.write(temp, (JSON.writer(PrettyJson.printer()).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The results without the findings this baseline knows. */
    Applied apply(List<AnalysisResult> results, SecretValues secrets) {
        Map<String, Integer> left = new TreeMap<>(counts);
        List<AnalysisResult> out = new ArrayList<>();
        int hidden = 0;
        for (AnalysisResult result : results) {
            List<Diagnostic> kept = new ArrayList<>();
            for (Diagnostic d : result.diagnostics()) {
                String key = key(file, d, secrets);
                Integer remaining = left.get(key);
                if (remaining != null && remaining > 0 && !result.ioFailure()) {
                    left.put(key, remaining - 1);
                    hidden++;
                } else {
                    kept.add(d);
                }
            }
            out.add(kept.size() == result.diagnostics().size() ? result : new AnalysisResult(result.displayName(), result.file(),
                    result.value(), kept, result.ioFailure(), result.version(), result.load(), result.model()));
        }
        int stale = left.values().stream().mapToInt(Integer::intValue).sum();
        return new Applied(out, hidden, stale);
    }

    Path file() {
        return file;
    }

    /** The entry's key; the config path passes the run's redaction (an object key can itself be a secret). */
    private static String key(Path baselineFile, Diagnostic d, SecretValues secrets) {
        String name = d.fileName() == null ? "" : d.fileName();
        String relative = name;
        if (!name.isEmpty() && !name.equals("<stdin>")) {
            Path dir = baselineFile.toAbsolutePath().normalize().getParent();
            Path path = Path.of(name).toAbsolutePath().normalize();
            relative = path.startsWith(dir) ? dir.relativize(path).toString().replace('\\', '/') : path.toString();
        }
        String at = d.path() != null && !d.path().toString().isEmpty() ? secrets.redact(d.path().toString()) : "line:" + lineHash(d);
        return key(relative, d.rule(), at);
    }

    private static String key(String file, String rule, String at) {
        return file + "\u0000" + rule + "\u0000" + at;
    }

    /** A short hash of the finding's redacted line and message-less position, for findings that have no config path. */
    private static String lineHash(Diagnostic d) {
        String line = d.span() == null || d.span().file() == null ? ""
                : LineRedactor.redact(d.span().file().lineText(d.span().startLine())).strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
