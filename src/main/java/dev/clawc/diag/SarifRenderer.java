package dev.clawc.diag;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, every rule in {@code tool.driver.rules} with its
 * documentation, every finding a result with a repo-relative location, a region in code points, and
 * fingerprints that stay stable when unrelated lines move.
 */
public final class SarifRenderer {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String INFORMATION_URI = "https://github.com/clawc-dev/clawc";

    /** What SARIF needs to know about a rule. */
    public record RuleDescriptor(String id, String name, String shortDescription, String fullDescription,
            String helpText, String helpMarkdown, Severity defaultSeverity) {
    }

    private final String toolVersion;
    private final List<RuleDescriptor> rules;
    private final Path baseDirectory;

    public SarifRenderer(String toolVersion, List<RuleDescriptor> rules, Path baseDirectory) {
        this.toolVersion = toolVersion;
        this.rules = rules;
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    }

    public String render(List<Diagnostic> diagnostics) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "clawc");
        driver.put("version", toolVersion);
        driver.put("semanticVersion", toolVersion.replace("-SNAPSHOT", ""));
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode ruleArray = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (RuleDescriptor rule : rules) {
            ruleIndex.put(rule.id(), ruleIndex.size());
            ObjectNode r = ruleArray.addObject();
            r.put("id", rule.id());
            r.put("name", rule.name());
            r.putObject("shortDescription").put("text", clip(rule.shortDescription()));
            r.putObject("fullDescription").put("text", clip(rule.fullDescription()));
            ObjectNode help = r.putObject("help");
            help.put("text", rule.helpText());
            help.put("markdown", rule.helpMarkdown());
            r.put("helpUri", INFORMATION_URI + "/blob/main/rules/docs/" + rule.id() + ".md");
            r.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
            ObjectNode properties = r.putObject("properties");
            properties.putArray("tags").add("openclaw").add("config");
            properties.put("precision", "high");
            properties.put("problem.severity", rule.defaultSeverity() == Severity.ERROR ? "error"
                    : rule.defaultSeverity() == Severity.WARNING ? "warning" : "recommendation");
        }
        run.put("columnKind", "unicodeCodePoints");
        run.putObject("originalUriBaseIds").putObject("%SRCROOT%").put("uri", baseDirectory.toUri().toString());
        ArrayNode results = run.putArray("results");
        Map<String, Integer> occurrences = new HashMap<>();
        Map<LineKey, String> lineHashes = new HashMap<>();
        for (Diagnostic d : diagnostics) {
            ObjectNode result = results.addObject();
            result.put("ruleId", d.rule());
            Integer index = ruleIndex.get(d.rule());
            if (index != null) {
                result.put("ruleIndex", index);
            }
            result.put("level", level(d.severity()));
            result.putObject("message").put("text", messageText(d));
            ObjectNode location = result.putArray("locations").addObject();
            ObjectNode physical = location.putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            String uri = relativeUri(d.fileName());
            if (uri.startsWith("file:")) {
                artifact.put("uri", uri); // outside the repository: an absolute URI, which takes no base (SARIF1004)
            } else {
                artifact.put("uri", uri);
                artifact.put("uriBaseId", "%SRCROOT%");
            }
            if (d.span() != null) {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", d.span().startLine());
                region.put("startColumn", d.span().startColumn());
                region.put("endLine", d.span().endLine());
                region.put("endColumn", Math.max(d.span().endColumn(), d.span().endLine() == d.span().startLine()
                        ? d.span().startColumn() + 1 : d.span().endColumn()));
            }
            if (d.path() != null && !d.path().isRoot()) {
                location.putArray("logicalLocations").addObject().put("fullyQualifiedName", d.path().toString())
                        .put("kind", "member");
            }
            // one hash per rule and line: 200 findings on one long line redact and hash it once, not 200 times
            String base = lineHashes.computeIfAbsent(new LineKey(d.rule(), d.fileName(),
                    d.span() == null ? null : d.span().file(), d.span() == null ? 0 : d.span().startLine()), key -> {
                        String lineText = key.file() == null ? "" : key.file().lineText(key.line()).trim();
                        return fingerprint(d.rule() + "\u0000" + relativeUri(d.fileName()) + "\u0000" + LineRedactor.redact(lineText));
                    });
            int occurrence = occurrences.merge(base, 1, Integer::sum);
            ObjectNode fingerprints = result.putObject("partialFingerprints");
            fingerprints.put("primaryLocationLineHash", base + ":" + occurrence);
            fingerprints.put("clawc/rulePath/v1", fingerprint(d.rule() + "\u0000" + relativeUri(d.fileName()) + "\u0000"
                    + (d.path() == null ? "" : d.path().toString())));
        }
        try {
            return JSON.writer(PrettyJson.printer()).writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageText(Diagnostic d) {
        StringBuilder text = new StringBuilder(Secrets.maskKeyShaped(d.message()));
        if (d.label() != null && !d.label().isEmpty()) {
            text.append(": ").append(Secrets.maskKeyShaped(d.label()));
        }
        for (String help : d.help()) {
            text.append("\nhelp: ").append(Secrets.maskKeyShaped(help));
        }
        return text.toString();
    }

    private String relativeUri(String fileName) {
        if (fileName == null || fileName.equals("<stdin>")) {
            return "stdin";
        }
        Path path = Path.of(fileName).toAbsolutePath().normalize();
        if (!path.startsWith(baseDirectory)) {
            return path.toUri().toString();
        }
        try {
            // a relative reference, percent-encoded (a space is %20)
            return new java.net.URI(null, null, baseDirectory.relativize(path).toString().replace('\\', '/'), null)
                    .toASCIIString();
        } catch (java.net.URISyntaxException e) {
            return path.toUri().toString();
        }
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String clip(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }

    /** What a finding's line fingerprint depends on (the source file by identity). */
    private record LineKey(String rule, String fileName, SourceFile file, int line) {
    }

    private static String fingerprint(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
