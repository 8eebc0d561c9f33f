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

/** --write-baseline records today's findings; --baseline reports only the ones added since. */
class BaselineTest {
    @TempDir
    Path dir;

    private Path config(String text) throws IOException {
        Path file = dir.resolve("openclaw.json5");
        Files.writeString(file, text);
        return file;
    }

    private Cli.Run check(Path file, String... options) {
        String[] args = new String[options.length + 7];
        String[] head = {"check", "--format", "concise", "--no-process-env", "--openclaw-version", "2026.9.6"};
        System.arraycopy(head, 0, args, 0, head.length);
        System.arraycopy(options, 0, args, head.length, options.length);
        args[args.length - 1] = file.toString();
        return Cli.run(args);
    }

    @Test
    void knownFindingsAreHiddenAndNewOnesReported() throws IOException {
        Path baseline = dir.resolve("clawc-baseline.json");
        Path file = config("{\n  gateway: { prot: 1 },\n}\n");
        Cli.Run write = check(file, "--write-baseline", baseline.toString());
        assertEquals(0, write.exitCode(), write.err());
        assertTrue(write.err().contains("wrote 1 finding(s)"), write.err());

        assertEquals(0, check(file, "--baseline", baseline.toString()).exitCode());
        // lines move, the finding stays known; a second unknown key is new
        Files.writeString(file, "// moved down\n{\n  gateway: { prot: 1, bnid: 'x' },\n}\n");
        Cli.Run after = check(file, "--baseline", baseline.toString());
        assertEquals(1, after.exitCode(), after.out());
        assertTrue(after.out().contains("bnid") && !after.out().contains("`prot`"), after.out());
        assertTrue(after.err().contains("1 finding(s) hidden by baseline"), after.err());
    }

    @Test
    void fixedFindingsAreCountedAsGone() throws IOException {
        Path baseline = dir.resolve("b.json");
        Path file = config("{ gateway: { prot: 1, bnid: 2 } }");
        check(file, "--write-baseline", baseline.toString());
        Files.writeString(file, "{ gateway: { prot: 1 } }");
        Cli.Run run = check(file, "--baseline", baseline.toString());
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.err().contains("1 recorded finding(s) are gone"), run.err());
    }

    @Test
    void theBaselineHoldsNoConfigValues() throws IOException {
        Path baseline = dir.resolve("b.json");
        Path file = config("{ models: { providers: { acme: { baseUrl: 'https://x.test/v1', apiKey: 'sk-live-abcdefghijklmnop1234' } } },"
                + " gateway: { 'sk-live-keyasakey0123456789': 1 } }"); // a secret pasted as a key: its path is masked too
        check(file, "--write-baseline", baseline.toString());
        String text = Files.readString(baseline);
        assertTrue(text.contains("\"clawcBaseline\""), text);
        assertFalse(text.contains("sk-live"), text);
        assertTrue(text.contains("gateway[\\\"<redacted>\\\"]"), text);
    }

    @Test
    void aMissingOrMalformedBaselineIsAUsageError() throws IOException {
        Path file = config("{}");
        Cli.Run missing = check(file, "--baseline", dir.resolve("nope.json").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("does not exist (create it with --write-baseline"), missing.err());
        Cli.Run directory = check(file, "--baseline", dir.toString());
        assertEquals(2, directory.exitCode());
        assertTrue(directory.err().contains("not a regular file"), directory.err());
        Path junk = dir.resolve("junk.json");
        Files.writeString(junk, "[1, 2]");
        Cli.Run malformed = check(file, "--baseline", junk.toString());
        assertEquals(2, malformed.exitCode());
        assertTrue(malformed.err().contains("not a clawc baseline"), malformed.err());
    }

    @Test
    void theSettingsFileCanNameTheBaseline() throws IOException {
        Path file = config("{ gateway: { prot: 1 } }");
        check(file, "--write-baseline", dir.resolve("known.json").toString());
        Files.writeString(dir.resolve(".clawc.json5"), "{ baseline: 'known.json' }");
        Cli.Run run = Cli.run("check", "--format", "concise", "--no-process-env", "--openclaw-version", "2026.9.6", file.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }
}
