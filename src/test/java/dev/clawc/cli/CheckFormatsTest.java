package dev.clawc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.clawc.rules.RuleRegistry;
import dev.clawc.testing.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `check --format sarif|github` and `--output`: the CI paths. */
class CheckFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private static JsonSchema sarifSchema() throws IOException {
        try (InputStream in = CheckFormatsTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(JSON.readTree(in));
        }
    }

    @Test
    void sarifValidatesAgainstTheSarif210Schema() throws IOException {
        Cli.Run run = Cli.run("check", "--format", "sarif", "--no-process-env", "testdata/syntax/bad-keys.json5",
                "testdata/rules/bare-model-ref/bare-primary.json5", "testdata/syntax/duplicate-keys.json5");
        assertEquals(1, run.exitCode());
        JsonNode sarif = JSON.readTree(run.out());
        Set<ValidationMessage> errors = sarifSchema().validate(sarif);
        assertTrue(errors.isEmpty(), errors.toString());

        JsonNode runNode = sarif.get("runs").get(0);
        assertEquals("clawc", runNode.at("/tool/driver/name").asText());
        assertEquals(RuleRegistry.all().size(), runNode.at("/tool/driver/rules").size());
        JsonNode result = runNode.get("results").get(0);
        assertEquals("json5-syntax", result.get("ruleId").asText());
        assertEquals("error", result.get("level").asText());
        String ruleAtIndex = runNode.at("/tool/driver/rules").get(result.get("ruleIndex").asInt()).get("id").asText();
        assertEquals("json5-syntax", ruleAtIndex);
        JsonNode location = result.at("/locations/0/physicalLocation");
        assertEquals("testdata/syntax/bad-keys.json5", location.at("/artifactLocation/uri").asText());
        assertEquals(3, location.at("/region/startLine").asInt());
        assertEquals(5, location.at("/region/startColumn").asInt());
        assertTrue(result.at("/partialFingerprints/primaryLocationLineHash").asText().matches("[0-9a-f]{16}:\\d+"));
        JsonNode rule = runNode.at("/tool/driver/rules").get(0);
        assertFalse(rule.at("/help/text").asText().isBlank());
        assertTrue(rule.at("/help/markdown").asText().startsWith("# json5-syntax"));
        JsonNode warning = null;
        for (JsonNode r : runNode.get("results")) {
            if (r.get("ruleId").asText().equals("duplicate-key")) {
                warning = r;
            }
        }
        assertEquals("warning", warning.get("level").asText());
    }

    @Test
    void fingerprintsDoNotDependOnLineNumbers() throws IOException {
        Path a = temp.resolve("openclaw.json5");
        Files.writeString(a, "{agents: {defaults: {model: 'gpt-4o'}}}");
        String first = JSON.readTree(Cli.run("check", "--format", "sarif", "--no-process-env", a.toString()).out())
                .at("/runs/0/results/0/partialFingerprints/primaryLocationLineHash").asText();
        Files.writeString(a, "// a comment moves everything down\n\n{agents: {defaults: {model: 'gpt-4o'}}}");
        String second = JSON.readTree(Cli.run("check", "--format", "sarif", "--no-process-env", a.toString()).out())
                .at("/runs/0/results/0/partialFingerprints/primaryLocationLineHash").asText();
        assertEquals(first, second);
    }

    @Test
    void githubAnnotations() {
        Cli.Run run = Cli.run("check", "--format", "github", "--no-process-env", "testdata/syntax/bad-keys.json5");
        assertEquals(1, run.exitCode());
        String first = run.out().split("\n")[0];
        assertEquals("::error file=testdata/syntax/bad-keys.json5,line=3,col=5,endLine=3,endColumn=7,"
                + "title=clawc(json5-syntax)::expected a property name or `}`, found number `10`%0Ahelp: quote the key: `\"10twenty\"`", first);
    }

    @Test
    void outputWritesTheReportAndKeepsTheHumanOneOnTheTerminal() throws IOException {
        Path report = temp.resolve("clawc.sarif");
        Cli.Run run = Cli.run("check", "--format", "sarif", "--output", report.toString(), "--no-process-env",
                "testdata/syntax/bad-keys.json5");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("error[json5-syntax]"), run.out());
        assertEquals("2.1.0", JSON.readTree(report.toFile()).get("version").asText());
    }

    @Test
    void conciseIsOneLinePerFindingInTheCompilerShape() {
        Cli.Run human = Cli.run("check", "--no-process-env", "testdata/syntax/bad-keys.json5",
                "testdata/rules/bare-model-ref/bare-primary.json5");
        Cli.Run concise = Cli.run("check", "--format", "concise", "--no-process-env", "testdata/syntax/bad-keys.json5",
                "testdata/rules/bare-model-ref/bare-primary.json5");
        assertEquals(human.exitCode(), concise.exitCode());
        String[] lines = concise.out().split("\n");
        long findings = human.out().lines().filter(l -> l.matches("^(error|warning|info)\\[.*")).count();
        assertEquals(findings, lines.length, concise.out());
        for (String line : lines) {
            assertTrue(line.matches("[^:]+(:\\d+:\\d+)?: (error|warning|info)\\[[a-z0-9-]+] .+"), line);
        }
        assertTrue(lines[0].startsWith("testdata/syntax/bad-keys.json5:3:5: error[json5-syntax] "), lines[0]);
    }

    @Test
    void humanOutputPrintsANoteRepeatedAcrossFindingsOncePerFile() throws IOException {
        Path file = temp.resolve("openclaw.json5");
        Files.writeString(file, "{ agents: { defaults: { modelz: {}, workspacez: 'x' } } }\n");
        Cli.Run human = Cli.run("check", "--no-process-env", file.toString());
        assertEquals(2, human.out().split("error\\[unknown-key]", -1).length - 1, human.out());
        String note = "OpenClaw refuses to start with a key it does not know";
        assertEquals(1, human.out().split(java.util.regex.Pattern.quote(note), -1).length - 1, human.out());
        // the machine formats keep every note on every finding
        Cli.Run json = Cli.run("check", "--format", "json", "--no-process-env", file.toString());
        assertEquals(2, json.out().split(java.util.regex.Pattern.quote(note), -1).length - 1, json.out());
    }
}
