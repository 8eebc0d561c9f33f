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

/** `// clawc-ignore RULE: reason` silences that rule on its line, or on the next line when it stands alone. */
class SuppressionTest {
    @TempDir
    Path dir;

    private Cli.Run check(String text) throws IOException {
        Path file = dir.resolve("openclaw.json5");
        Files.writeString(file, text);
        return Cli.run("check", "--format", "concise", "--no-process-env", "--openclaw-version", "2026.9.6", file.toString());
    }

    @Test
    void aTrailingCommentSilencesItsLine() throws IOException {
        Cli.Run run = check("{\n  gateway: { prot: 1 }, // clawc-ignore unknown-key: kept for a fork\n  agents: { defaults: { modle: {} } },\n}\n");
        assertEquals(1, run.out().lines().filter(l -> l.contains("error[")).count(), run.out());
        assertTrue(run.out().contains("modle"), run.out());
        assertFalse(run.out().contains("prot"), run.out());
    }

    @Test
    void aCommentAloneSilencesTheNextLineOnlyForTheRulesItNames() throws IOException {
        Cli.Run run = check("{\n  // clawc-ignore invalid-type, unknown-key: migrating\n  gateway: { prot: 1, port: 'x' },\n"
                + "  talk: { agentId: 'nobody' },\n}\n");
        assertFalse(run.out().contains("prot") || run.out().contains("gateway.port"), run.out());
        assertTrue(run.out().contains("unknown-agent"), run.out());
    }

    @Test
    void anotherRulesCommentSilencesNothing() throws IOException {
        Cli.Run run = check("{\n  gateway: { prot: 1 }, // clawc-ignore invalid-type: wrong rule\n}\n");
        assertTrue(run.out().contains("unknown-key"), run.out());
        assertEquals(1, run.exitCode());
    }
    @Test
    void aCommentThatSilencesNothingIsReportedAsInfo() throws IOException {
        Cli.Run run = check("{\n  // clawc-ignore unknown-key, unknown-agent: both once wrong\n  gateway: { prot: 1 },\n}\n");
        assertEquals(1, run.out().lines().filter(l -> l.contains("info[unused-suppression]")).count(), run.out());
        assertTrue(run.out().contains("2:32: info[unused-suppression]"), run.out()); // at `unknown-agent` in the comment
        assertFalse(run.out().contains("error["), run.out());
        assertEquals(0, run.exitCode());
    }

    @Test
    void aMistypedRuleIdIsNamedAsUnknown() throws IOException {
        Cli.Run run = check("{\n  gateway: { prot: 1 }, // clawc-ignore unknwn-key\n}\n");
        assertTrue(run.out().contains("`unknwn-key` is not a clawc rule"), run.out());
        assertTrue(run.out().contains("unknown-key"), run.out()); // and the finding it meant to silence stays
    }

    @Test
    void aCommentForARuleTurnedOffIsIdleNotStale() throws IOException {
        Path file = dir.resolve("openclaw.json5");
        Files.writeString(file, "{\n  gateway: { port: 1 }, // clawc-ignore unknown-key\n}\n");
        Cli.Run off = Cli.run("check", "--format", "concise", "--no-process-env", "--rule", "unknown-key=off", file.toString());
        assertFalse(off.out().contains("unused-suppression"), off.out());
        Cli.Run on = Cli.run("check", "--format", "concise", "--no-process-env", file.toString());
        assertTrue(on.out().contains("unused-suppression"), on.out());
        Cli.Run quiet = Cli.run("check", "--format", "concise", "--no-process-env", "--rule", "unused-suppression=off", file.toString());
        assertFalse(quiet.out().contains("unused-suppression"), quiet.out());
    }
}
