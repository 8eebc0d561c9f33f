package dev.clawc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.testing.Cli;
import dev.clawc.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * `clawc fix` on files with comments and odd formatting (testdata/fix): the fixed file is approved
 * byte for byte, and every line the fixes did not touch is byte-identical to the original.
 */
class FixGoldenTest {
    private static final Path DIR = Path.of("testdata/fix");

    @TempDir
    Path temp;

    static Stream<String> inputs() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json5")).sorted()
                    .collect(Collectors.toList());
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void fixesOnlyWhatIsBroken(String name) throws IOException {
        byte[] original = Files.readAllBytes(DIR.resolve(name));
        Path copy = temp.resolve(name);
        Files.write(copy, original);
        // unsafe-*.json5 are fixed with --unsafe-fixes, every other input without it
        Cli.Run run = name.startsWith("unsafe-")
                ? Cli.run("fix", "--no-process-env", "--unsafe-fixes", "--openclaw-version", "2026.9.6", copy.toString())
                : Cli.run("fix", "--no-process-env", "--openclaw-version", "2026.9.6", copy.toString());
        byte[] fixed = Files.readAllBytes(copy);
        String report = "exit: " + run.exitCode() + "\n" + run.out().replace(temp.toString(), "<tmp>")
                + run.err().replace(temp.toString(), "<tmp>") + "---- fixed file ----\n"
                + new String(fixed, StandardCharsets.UTF_8).replace("\r", "\\r");
        Golden.verify(report, DIR, name.replace(".json5", ".fix"), ".txt");

        String[] before = new String(original, StandardCharsets.UTF_8).split("\n", -1);
        String[] after = new String(fixed, StandardCharsets.UTF_8).split("\n", -1);
        if (before.length == after.length) {
            int changed = 0;
            for (int i = 0; i < before.length; i++) {
                changed += before[i].equals(after[i]) ? 0 : 1;
            }
            assertTrue(changed <= 2, "a fix touched " + changed + " lines in " + name);
        }
        if (Files.exists(temp.resolve(name + ".bak"))) {
            assertArrayEquals(original, Files.readAllBytes(temp.resolve(name + ".bak")), "the backup is the original");
        }
    }

    @Test
    void aFixThatWouldAddAnErrorIsRefusedAndTheFileIsUntouched() throws IOException {
        byte[] original = Files.readAllBytes(DIR.resolve("refused-unsafe.json5"));
        Path copy = temp.resolve("openclaw.json5");
        Files.write(copy, original);
        Cli.Run run = Cli.run("fix", "--no-process-env", copy.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("would introduce a new error"), run.err());
        assertArrayEquals(original, Files.readAllBytes(copy));
        assertTrue(!Files.exists(temp.resolve("openclaw.json5.bak")));
    }

    @Test
    void dryRunPrintsADiffAndWritesNothing() throws IOException {
        byte[] original = Files.readAllBytes(DIR.resolve("typo-key-comments.json5"));
        Path copy = temp.resolve("openclaw.json5");
        Files.write(copy, original);
        Cli.Run run = Cli.run("fix", "--dry-run", "--no-process-env", copy.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("-      modelz: {}, // typo for models"), run.out());
        assertTrue(run.out().contains("+      models: {}, // typo for models"), run.out());
        assertArrayEquals(original, Files.readAllBytes(copy));
    }
}
