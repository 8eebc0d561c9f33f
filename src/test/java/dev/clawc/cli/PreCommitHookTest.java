package dev.clawc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        String yaml = Files.readString(Path.of(".pre-commit-hooks.yaml"));
        Matcher entry = Pattern.compile("(?m)^\\s+entry:\\s*(\\S+)").matcher(yaml);
        Matcher args = Pattern.compile("(?m)^\\s+args:\\s*\\[(.*)]").matcher(yaml);
        Matcher files = Pattern.compile("(?m)^\\s+files:\\s*(.+)$").matcher(yaml);
        assertTrue(entry.find() && args.find() && files.find(), "hook fields");
        List<String> argList = new ArrayList<>();
        for (String a : args.group(1).split(",")) {
            argList.add(a.trim());
        }
        return new Hook(entry.group(1), argList, Pattern.compile(files.group(1).trim()));
    }

    private int runHook(List<String> staged) throws IOException {
        Hook hook = hook();
        List<String> selected = staged.stream().filter(f -> hook.files().matcher(f).find()).collect(Collectors.toList());
        if (selected.isEmpty()) {
            return 0; // pre-commit skips a hook with no matching files
        }
        List<String> argv = new ArrayList<>(hook.args());
        argv.add("--no-process-env");
        for (String file : selected) {
            argv.add(repo.resolve(file).toString());
        }
        return Cli.run(argv.toArray(new String[0])).exitCode();
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
}
