package dev.clawc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small things of the command line that a new user meets first (issue 13's details list). */
class CommandLineDetailsTest {
    @TempDir
    Path temp;

    @Test
    void helpShowsVarReferencesLiterallyNeverAVariablesValue() {
        for (String command : new String[] {"check", "compile", "explain", "fix"}) {
            String help = Cli.run(command, "--help").out();
            assertTrue(help.contains("${VAR}"), command + ": " + help);
            assertFalse(help.contains("null substitution") || help.contains("substituting null"), help);
        }
        assertTrue(Cli.run("compile", "--help").out().contains("Substitute ${VAR}"));
    }

    @Test
    void completionCompletesFileNamesLowerCaseSeveritiesAndZshLoadsItsBashLayer() {
        String bash = Cli.run("completion", "bash").out();
        String check = bash.substring(bash.indexOf("function _picocli_clawc_check()"), bash.indexOf("function _picocli_clawc_parse()"));
        assertTrue(check.contains("COMPREPLY=( $(compgen -f -- \"${curr_word}\") ) # files\n  fi"), check);
        assertTrue(check.contains("(\"error\" \"warning\" \"info\")"), check);
        assertFalse(check.contains("\"ERROR\""), check);
        String rules = bash.substring(bash.indexOf("function _picocli_clawc_rules()"));
        assertFalse(rules.substring(0, rules.indexOf("\n}")).contains("compgen -f -- \"${curr_word}\") ) # files\n  fi"), "rules takes a rule id");

        String zsh = Cli.run("completion", "zsh").out();
        assertTrue(zsh.startsWith("#compdef clawc\n"), zsh.substring(0, 80));
        assertTrue(zsh.contains("bashcompinit"));
        assertTrue(zsh.contains("function _picocli_clawc_check()"));
    }

    @Test
    void compileDiffSaysSoWhenNothingChanges() throws Exception {
        Path compiled = temp.resolve("openclaw.json");
        Files.writeString(compiled, Cli.run("compile", "--no-process-env", "examples/seed.json5").out());
        Cli.Run diff = Cli.run("compile", "--diff", "--no-process-env", compiled.toString());
        assertEquals(0, diff.exitCode(), diff.err());
        assertEquals("", diff.out());
        assertTrue(diff.err().contains("no changes: " + compiled), diff.err());
    }

    @Test
    void fixDryRunNamesAnAbsolutePathAsItIs() throws Exception {
        Path file = temp.resolve("openclaw.json5");
        Files.writeString(file, "{ agents: { defaults: { modelz: {} } } }\n");
        Cli.Run run = Cli.run("fix", "--dry-run", "--no-process-env", file.toString());
        assertTrue(run.out().contains("--- " + file + "\n+++ " + file + "\n"), run.out());
        assertFalse(run.out().contains("a//"), run.out());
        assertTrue(FixCommand.diffName("a", "conf/openclaw.json5").equals("a/conf/openclaw.json5"));
    }

    @Test
    void versionNamesTheReleasesItKnows() {
        String version = Cli.run("--version").out();
        assertTrue(version.startsWith("clawc "), version);
        dev.clawc.release.Releases releases = dev.clawc.release.Releases.bundled();
        assertTrue(version.contains(releases.all().size() + " stable releases, " + releases.oldest() + " to "
                + releases.newest()), version);
    }
}
