package dev.clawc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `.clawc.json5`: found upward from the checked file, validated with located errors, overridden by the command line. */
class ProjectSettingsTest {
    private static final String CONFIG = "{ gateway: { prot: 1 }, agents: { defaults: { model: { primary: '${MODEL_REF}' } } } }\n";

    @TempDir
    Path repo;

    private Path config() throws IOException {
        Path file = repo.resolve("home/.openclaw/openclaw.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, CONFIG);
        return file;
    }

    private void settings(String text) throws IOException {
        Files.writeString(repo.resolve(".clawc.json5"), text);
    }

    private static Cli.Run check(Path file, String... extra) {
        String[] args = new String[extra.length + 5];
        args[0] = "check";
        args[1] = "--format";
        args[2] = "concise";
        args[3] = "--no-process-env";
        System.arraycopy(extra, 0, args, 4, extra.length);
        args[args.length - 1] = file.toString();
        return Cli.run(args);
    }

    @Test
    void theNearestSettingsFileAboveTheConfigApplies() throws IOException {
        Path file = config();
        settings("{ rules: { 'unknown-key': 'off' }, envFiles: ['env/models.env'] }");
        Files.createDirectories(repo.resolve("env"));
        Files.writeString(repo.resolve("env/models.env"), "MODEL_REF=openai/gpt-5.5\n");
        Cli.Run run = check(file);
        assertFalse(run.out().contains("unknown-key"), run.out());
        assertFalse(run.out().contains("env-var-undefined"), run.out()); // the env file, relative to the settings, was read
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    @Test
    void theCommandLineWinsOverTheSettings() throws IOException {
        Path file = config();
        settings("{ rules: { 'unknown-key': 'off' }, failOn: 'warning', openclawVersion: '2026.2.6' }");
        Cli.Run settingsOnly = check(file);
        assertEquals(1, settingsOnly.exitCode(), settingsOnly.out()); // env-var-undefined is a warning, failOn warning
        Cli.Run overridden = check(file, "--rule", "unknown-key=error", "--fail-on", "error");
        assertTrue(overridden.out().contains("error[unknown-key]"), overridden.out());
        Cli.Run json = Cli.run("check", "--format", "json", "--no-process-env", "--openclaw-version", "2026.9.6", file.toString());
        assertTrue(json.out().contains("\"openclawVersion\" : \"2026.9.6\"") || json.out().contains("\"openclawVersion\": \"2026.9.6\""),
                json.out());
        Cli.Run fromSettings = Cli.run("check", "--format", "json", "--no-process-env", file.toString());
        assertTrue(fromSettings.out().contains("2026.2.6"), fromSettings.out());
    }

    @Test
    void excludedFilesAreSkippedAndSaidSo() throws IOException {
        Path file = config();
        Path backup = repo.resolve("backups/openclaw.json");
        Files.createDirectories(backup.getParent());
        Files.writeString(backup, "{ broken");
        settings("{ exclude: ['backups/**'] }");
        Cli.Run run = Cli.run("check", "--format", "concise", "--no-process-env", file.toString(), backup.toString());
        assertFalse(run.out().contains("backups"), run.out());
        assertTrue(run.err().contains("skipped " + backup + " (excluded by"), run.err());
    }

    @Test
    void badEntriesAreLocatedErrorsAndTheRestStillApplies() throws IOException {
        Path file = config();
        settings("{\n  rules: { 'unknown-key': 'off', 'retird-model': 'off', 'bare-model-ref': 'loud' },\n  failon: 'warning',\n}\n");
        Cli.Run run = Cli.run("check", "--no-process-env", file.toString());
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.out().contains(".clawc.json5:2:34"), run.out()); // at the unknown rule id
        assertTrue(run.out().contains("did you mean `retired-model`?"), run.out());
        assertTrue(run.out().contains("a level is \"off\", \"info\", \"warning\" or \"error\"; got \"loud\""), run.out());
        assertTrue(run.out().contains("did you mean `failOn`?"), run.out());
        assertFalse(run.out().contains("unknown-key]"), run.out()); // the valid entry applied
    }

    @Test
    void aSettingsFileThatDoesNotParseIsReportedWithItsLocation() throws IOException {
        Path file = config();
        settings("{ rules: { 'unknown-key': 'off' }");
        Cli.Run run = check(file);
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.out().contains(".clawc.json5:1:"), run.out());
        assertTrue(run.out().contains("unknown-key"), run.out()); // nothing of the broken file applied
    }

    @Test
    void otherCommandsReadTheSettingsToo() throws IOException {
        Path file = config();
        settings("{ openclawVersion: '2026.2.6' }");
        Cli.Run explain = Cli.run("explain", "--no-process-env", file.toString());
        assertTrue(explain.out().contains("2026.2.6"), explain.out());
    }
}
