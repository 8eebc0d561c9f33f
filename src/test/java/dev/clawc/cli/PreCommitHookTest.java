package dev.clawc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the hook in .pre-commit-hooks.yaml the way pre-commit does: the staged files of a git repo
 * that match `files` are passed as arguments to `entry` + `args`. (The entry script itself is the
 * launcher, which runs the same main class; here the command line is run in-process.)
 */
class PreCommitHookTest {
    @TempDir
    Path repo;

    record Hook(String entry, List<String> args, Pattern files) {
    }

    static Hook hook() throws IOException {
        return hook("clawc");
    }

    /** The hook with this id in .pre-commit-hooks.yaml. */
    static Hook hook(String id) throws IOException {
        String yaml = Files.readString(Path.of(".pre-commit-hooks.yaml"));
        Matcher block = Pattern.compile("(?ms)^- id: " + Pattern.quote(id) + "\\s*$(.*?)(?=^- id:|\\z)").matcher(yaml);
        assertTrue(block.find(), "hook " + id);
        String body = block.group(1);
        Matcher entry = Pattern.compile("(?m)^\\s+entry:\\s*(\\S+)").matcher(body);
        Matcher args = Pattern.compile("(?m)^\\s+args:\\s*\\[(.*)]").matcher(body);
        Matcher files = Pattern.compile("(?m)^\\s+files:\\s*(.+)$").matcher(body);
        assertTrue(entry.find() && files.find(), "hook fields of " + id);
        List<String> argList = new ArrayList<>();
        if (args.find()) {
            for (String a : args.group(1).split(",")) {
                argList.add(a.trim());
            }
        }
        return new Hook(entry.group(1), argList, Pattern.compile(files.group(1).trim()));
    }

    private int runHook(List<String> staged) throws IOException {
        return runHook("clawc", staged).exitCode();
    }

    private Cli.Run runHook(String id, List<String> staged) throws IOException {
        Hook hook = hook(id);
        List<String> selected = staged.stream().filter(f -> hook.files().matcher(f).find()).collect(Collectors.toList());
        if (selected.isEmpty()) {
            return new Cli.Run(0, "", ""); // pre-commit skips a hook with no matching files
        }
        List<String> argv = new ArrayList<>(hook.args());
        argv.add("--no-process-env");
        for (String file : selected) {
            argv.add(repo.resolve(file).toString());
        }
        return Cli.run(argv.toArray(new String[0]));
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertEquals(0, process.waitFor(), String.join(" ", command));
    }

    @Test
    void theEntryScriptIsTheLauncher() throws IOException {
        Path launcher = Path.of(hook().entry());
        assertTrue(Files.isExecutable(launcher), launcher + " must be an executable script at the repo root");
    }

    @Test
    void goodConfigPassesBadConfigFailsAndIncludesAreCheckedThroughTheirRoot() throws Exception {
        git("init", "-q");
        Files.createDirectories(repo.resolve("gateway/inc"));
        Files.writeString(repo.resolve("gateway/openclaw.json5"),
                "{ $include: './inc/agents.json5', models: { mode: 'merge' } }\n");
        Files.writeString(repo.resolve("gateway/inc/agents.json5"),
                "{ agents: { defaults: { model: 'anthropic/claude-sonnet-4-6' } } }\n");
        Files.writeString(repo.resolve("README.md"), "not a config\n");
        git("add", ".");
        assertEquals(0, runHook(List.of("gateway/openclaw.json5", "gateway/inc/agents.json5", "README.md")));

        Files.writeString(repo.resolve("gateway/inc/agents.json5"), "{ agents: { defaults: { modelz: {} } } }\n");
        git("add", ".");
        assertEquals(1, runHook(List.of("gateway/inc/agents.json5")), "a broken include fails through its root");

        Files.writeString(repo.resolve("gateway/inc/agents.json5"), "{ agents: { defaults: {} } }\n");
        Files.writeString(repo.resolve("gateway/openclaw.json5"), "{ agents: { defaults: { model: 'x' } }\n");
        git("add", ".");
        assertEquals(1, runHook(List.of("gateway/openclaw.json5")), "a syntax error fails the commit");
        assertEquals(0, runHook(List.of("README.md")), "no matching file: the hook does not run");
    }

    @Test
    void theInstalledAndTheFixHooksAreThere() throws IOException {
        Hook system = hook("clawc-system");
        assertEquals("clawc", system.entry());
        assertEquals(hook("clawc").args(), system.args());
        Hook fix = hook("clawc-fix");
        assertTrue(Files.isExecutable(Path.of(fix.entry())), fix.entry());
        assertTrue(fix.files().matcher(".openclaw/openclaw.json").find());
        assertFalse(fix.files().matcher("renovate.json5").find());
        assertTrue(Files.readString(Path.of(".pre-commit-hooks.yaml")).contains("language: system"));
    }

    @Test
    void dotfilesRepositoryUnrelatedJson5IsIgnoredGoodPassesBadFails() throws Exception {
        git("init", "-q");
        Files.createDirectories(repo.resolve(".openclaw"));
        Files.writeString(repo.resolve(".openclaw/openclaw.json"),
                "{ agents: { defaults: { model: 'anthropic/claude-sonnet-4-6' } } }\n");
        Files.writeString(repo.resolve("renovate.json5"), "{ extends: ['config:recommended'] }\n");
        git("add", ".");
        Cli.Run both = runHook("clawc", List.of(".openclaw/openclaw.json", "renovate.json5"));
        assertEquals(0, both.exitCode(), both.out() + both.err());
        assertFalse(both.out().contains("renovate"), both.out());

        Cli.Run unrelated = runHook("clawc", List.of("renovate.json5"));
        assertEquals(0, unrelated.exitCode(), unrelated.out() + unrelated.err());
        assertFalse(unrelated.out().contains("extends"), unrelated.out());

        Files.writeString(repo.resolve(".openclaw/openclaw.json"), "{ agents: { defaults: { modelz: {} } } }\n");
        git("add", ".");
        Cli.Run bad = runHook("clawc", List.of(".openclaw/openclaw.json", "renovate.json5"));
        assertEquals(1, bad.exitCode());
        // the hook prints one line per finding
        assertTrue(bad.out().matches("(?s).*\\.openclaw/openclaw\\.json:1:25: error\\[unknown-key] unknown key `modelz`.*"), bad.out());
    }

    @Test
    void aJson5BesideAConfigIsCheckedOnlyWhenTheConfigIncludesIt() throws Exception {
        git("init", "-q");
        Files.writeString(repo.resolve("openclaw.json5"), "{ agents: { defaults: { model: 'anthropic/claude-sonnet-4-6' } } }\n");
        Files.writeString(repo.resolve("renovate.json5"), "{ extends: ['config:recommended'] }\n");
        Files.writeString(repo.resolve("openclaw.json5.bad"), "");
        git("add", ".");
        Cli.Run run = runHook("clawc", List.of("renovate.json5"));
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertFalse(run.out().contains("openclaw.json5"), "the config that does not include it is not reported: " + run.out());
    }
}
