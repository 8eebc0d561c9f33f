package dev.clawc.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.testing.Cli;
import dev.clawc.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden diagnostics for broken (and a few tricky valid) inputs under testdata/syntax: the exact
 * human report with its exit code, and the JSON report.
 */
class SyntaxGoldenTest {
    private static final Path DIR = Path.of("testdata/syntax");

    static Stream<String> inputs() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json5"))
                    .sorted()
                    .collect(Collectors.toList());
            return names.stream();
        }
    }

    @Test
    void atLeastFifteenBrokenInputs() throws IOException {
        assertTrue(inputs().count() >= 15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void humanReport(String name) {
        Cli.Run run = Cli.run("check", "--no-color", DIR.resolve(name).toString());
        Golden.verify("exit: " + run.exitCode() + "\n" + run.out() + run.err(), DIR, name.replace(".json5", ".check"), ".txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void jsonReport(String name) {
        Cli.Run run = Cli.run("check", "--format", "json", DIR.resolve(name).toString());
        String normalized = run.out().replace(ClawcVersion.get(), "<version>");
        Golden.verify(normalized, DIR, name.replace(".json5", ".check"), ".json");
    }
}
