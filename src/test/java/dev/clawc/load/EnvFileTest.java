package dev.clawc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.diag.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvFileTest {

    private static EnvFile.Result parse(String text) {
        return EnvFile.parse(new SourceFile(".env", text));
    }

    @Test
    void parsesTheUsualForms() {
        EnvFile.Result result = parse(String.join("\n",
                "# a comment",
                "",
                "PLAIN=value",
                "SPACED = spaced value   ",
                "export EXPORTED=yes",
                "INLINE=abc # trailing comment",
                "HASH=a#b",
                "SINGLE='lit $X # \\n'",
                "DOUBLE=\"a\\nb \\\"q\\\" \\$HOME\"",
                "EMPTY=",
                "EMPTY_QUOTED=''",
                "  INDENTED=1",
                "QUOTED_COMMENT='v' # c",
                "PLAIN=later wins"));
        assertEquals(List.of(), result.diagnostics());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("PLAIN", "later wins");
        expected.put("SPACED", "spaced value");
        expected.put("EXPORTED", "yes");
        expected.put("INLINE", "abc");
        expected.put("HASH", "a#b");
        expected.put("SINGLE", "lit $X # \\n");
        expected.put("DOUBLE", "a\nb \"q\" $HOME");
        expected.put("EMPTY", "");
        expected.put("EMPTY_QUOTED", "");
        expected.put("INDENTED", "1");
        expected.put("QUOTED_COMMENT", "v");
        assertEquals(expected, result.values());
    }

    @Test
    void crlfAndMultilineQuotedValues() {
        EnvFile.Result result = parse("A=1\r\nCERT=\"line1\r\nline2\"\r\nB='x\ny'\r\n");
        assertEquals(List.of(), result.diagnostics());
        assertEquals(Map.of("A", "1", "CERT", "line1\r\nline2", "B", "x\ny"), result.values());
    }

    @Test
    void badLinesAreReportedWithTheirLocationAndSkipped() {
        EnvFile.Result result = parse(String.join("\n",
                "GOOD=1",
                "NOEQUALS",
                "1BAD=x",
                "KEY.PART=x",
                "TRAIL=\"v\" extra",
                "ALSO_GOOD=2",
                "OPEN=\"never closed"));
        assertEquals(Map.of("GOOD", "1", "ALSO_GOOD", "2"), result.values());
        List<Diagnostic> problems = result.diagnostics();
        assertEquals(5, problems.size(), problems.toString());
        for (Diagnostic problem : problems) {
            assertEquals(LoadRules.ENV_FILE_SYNTAX, problem.rule());
            assertEquals(Severity.ERROR, problem.severity());
        }
        assertEquals(List.of(2, 3, 4, 5, 7), problems.stream().map(d -> d.span().startLine()).toList());
        assertEquals("expected `=` after `NOEQUALS`", problems.get(0).message());
        assertEquals("1BAD=x", problems.get(1).span().text());
        assertTrue(problems.get(2).message().contains("unexpected `.`"), problems.get(2).message());
        assertEquals("extra", problems.get(3).span().text());
        assertEquals(1, problems.get(4).span().startColumn() - "OPEN=".length());
    }

    @Test
    void readsFilesAndReportsMissingOnes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("test.env");
        Files.writeString(file, "TOKEN=abc\n");
        EnvFile.Result result = EnvFile.read(file);
        assertEquals(Map.of("TOKEN", "abc"), result.values());
        assertEquals(file.toString(), result.file().displayName());

        EnvFile.Result missing = EnvFile.read(dir.resolve("nope.env"));
        assertEquals(Map.of(), missing.values());
        assertEquals(LoadRules.IO_ERROR, missing.diagnostics().get(0).rule());
        assertTrue(missing.diagnostics().get(0).message().contains("no such file"));
    }

    @Test
    void envFileValuesFeedSubstitution(@TempDir Path dir) throws IOException {
        Path envFile = dir.resolve("x.env");
        Files.writeString(envFile, "export API_KEY='from-file'\n");
        Environment environment = Environment.combine(Map.of("API_KEY", "from-process"), EnvFile.read(envFile).values());
        Path root = LoadFixtures.write(dir, "openclaw.json", "{ k: '${API_KEY}' }");
        LoadResult result = LoadFixtures.load(root, LoadOptions.of(environment));
        assertEquals("{\"k\":\"from-file\"}", LoadFixtures.json(result.value()));
    }
}
