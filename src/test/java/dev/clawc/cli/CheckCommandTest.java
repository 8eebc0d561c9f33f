package dev.clawc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clawc.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void cleanFileExitsZero() {
        Cli.Run run = Cli.run("check", "--no-process-env", "testdata/clean/openclaw.json5");
        assertEquals(0, run.exitCode(), run.out());
        assertEquals("checking testdata/clean/openclaw.json5 against OpenClaw 2026.9.6 (newest release clawc knows)\n"
                + "testdata/clean/openclaw.json5: no problems\n", run.out());
    }

    @Test
    void syntaxErrorExitsOne() throws IOException {
        Cli.Run run = Cli.run("check", write("bad.json5", "{a: 1 b: 2}").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("error[json5-syntax]"), run.out());
    }

    @Test
    void warningsFailOnlyWhenAskedTo() throws IOException {
        String file = write("dup.json5", "{agents: {defaults: {workspace: '~/a', workspace: '~/b'}}}").toString();
        assertEquals(0, Cli.run("check", file).exitCode());
        assertEquals(1, Cli.run("check", "--fail-on", "warning", file).exitCode());
        assertEquals(1, Cli.run("check", "--fail-on=info", file).exitCode());
    }

    @Test
    void missingFileIsAnIoErrorExitTwo() {
        Cli.Run run = Cli.run("check", "no/such/file.json5");
        assertEquals(2, run.exitCode());
        assertTrue(run.out().contains("error[io-error]: cannot read `no/such/file.json5`: no such file"), run.out());
    }

    @Test
    void aDirectoryWithoutConfigsIsAnIoError() {
        Cli.Run run = Cli.run("check", dir.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.out().contains("no OpenClaw config in"), run.out());
    }

    @Test
    void aDirectoryStandsForTheConfigsUnderIt() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/openclaw.json5"), "{agents: {defaults: {model: 'anthropic/claude-sonnet-4-6'}}}");
        Files.writeString(dir.resolve("a/b/openclaw.json"), "{");
        Files.writeString(dir.resolve("a/b/notes.json5"), "not a config, not checked");
        Cli.Run run = Cli.run("check", "--no-process-env", dir.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("a/openclaw.json5: no problems"), run.out());
        assertTrue(run.out().contains("b/openclaw.json: 1 error"), run.out());
        assertFalse(run.out().contains("notes.json5"), run.out());
    }

    @Test
    void ioErrorWinsOverFindingsWhenSeveralFilesAreChecked() throws IOException {
        Cli.Run run = Cli.run("check", "--no-process-env", write("bad.json5", "{").toString(), "missing.json5",
                "testdata/clean/openclaw.json5");
        assertEquals(2, run.exitCode());
        assertTrue(run.out().contains("testdata/clean/openclaw.json5: no problems"), run.out());
        assertTrue(run.out().contains("bad.json5: 1 error"));
    }

    @Test
    void batchModeGivesTheSameReportsAsOneFileAtATime() throws IOException {
        List<String> files = new ArrayList<>();
        String[] models = {"anthropic/claude-sonnet-4-6", "openai/gpt-5.4", "claude-opus-4-6", "openrouter/claude-3.5-sonnet"};
        for (int i = 0; i < 24; i++) {
            Path file = dir.resolve("c" + i).resolve("openclaw.json5");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "{agents: {defaults: {model: {primary: '" + models[i % 4] + "', fallbacks: ['"
                    + models[(i + 1) % 4] + "']}}}, gateway: {port: " + (18000 + i) + "}}");
            files.add(file.toString());
        }
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--no-process-env"));
        args.addAll(files);
        JsonNode batch = JSON.readTree(Cli.run(args.toArray(new String[0])).out()).get("diagnostics");
        List<JsonNode> single = new ArrayList<>();
        for (String file : files) {
            JSON.readTree(Cli.run("check", "--format", "json", "--no-process-env", file).out()).get("diagnostics").forEach(single::add);
        }
        assertEquals(single.size(), batch.size());
        for (int i = 0; i < single.size(); i++) {
            assertEquals(single.get(i), batch.get(i), "diagnostic " + i);
        }
    }

    @Test
    void readsStandardInput() {
        Cli.Run run = Cli.runWithStdin("{a: [1,,2]}", "check", "-");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("--> <stdin>:1:8"), run.out());
    }

    @Test
    void jsonFormatFollowsTheContract() throws IOException {
        Cli.Run run = Cli.run("check", "--format", "json", write("dup.json5", "{\n  agents: {},\n  agents: {},\n}").toString());
        JsonNode report = JSON.readTree(run.out());
        assertEquals("clawc", report.get("tool").asText());
        assertEquals(ClawcVersion.get(), report.get("version").asText());
        JsonNode d = report.get("diagnostics").get(0);
        assertEquals("duplicate-key", d.get("rule").asText());
        assertEquals("warning", d.get("severity").asText());
        assertEquals(3, d.get("line").asInt());
        assertEquals(3, d.get("column").asInt());
        assertEquals(3, d.get("endLine").asInt());
        assertEquals(9, d.get("endColumn").asInt());
        assertEquals("2026.9.6", report.get("openclawVersion").asText());
        assertEquals("agents", d.get("path").asText());
        assertTrue(d.get("notes").isArray());
        assertTrue(d.get("help").isArray());
        assertEquals(1, report.get("summary").get("warnings").asInt());
        assertEquals(0, report.get("summary").get("errors").asInt());
    }

    @Test
    void unknownOptionIsAUsageErrorWithASuggestion() {
        Cli.Run run = Cli.run("check", "--formt", "json", "x.json5");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--formt'"), run.err());
        assertTrue(run.err().contains("--format"), run.err());
    }

    @Test
    void badSeverityIsAUsageError() {
        Cli.Run run = Cli.run("check", "--fail-on", "fatal", "x.json5");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("use one of: error, warning, info"), run.err());
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Run run = Cli.run();
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Missing command"), run.err());
    }

    @Test
    void versionAndHelp() {
        Cli.Run version = Cli.run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("clawc " + ClawcVersion.get() + "\n"), version.out());
        Cli.Run help = Cli.run("check", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--fail-on"), help.out());
    }

    @Test
    void oversizedInputIsRefusedWithoutReadingItAll() {
        String big = "[" + "1,".repeat(9 * 1024 * 1024) + "1]";
        Cli.Run run = Cli.runWithStdin(big, "check", "-");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("error[file-too-large]"), run.out());
    }
}
