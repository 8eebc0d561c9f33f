package dev.clawc.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.testing.Cli;
import dev.clawc.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden `check` reports (human and JSON) for the configs under testdata/rules/&lt;rule-id&gt;/. A first line
 * {@code // clawc-args: ...} adds command-line options (for example {@code --openclaw-version 2026.2.6}).
 * Files in subfolders are include targets, not cases.
 */
class RulesGoldenTest {
    private static final Path ROOT = Path.of("testdata/rules");

    static Stream<Path> cases() throws IOException {
        if (!Files.isDirectory(ROOT)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(ROOT, 2)) {
            List<Path> found = files.filter(p -> p.toString().endsWith(".json5") && p.getParent().getParent().equals(ROOT))
                    .sorted().collect(Collectors.toList());
            return found.stream();
        }
    }

    private static String[] args(Path file, String... leading) throws IOException {
        List<String> args = new ArrayList<>(Arrays.asList(leading));
        String first = Files.readAllLines(file).stream().findFirst().orElse("");
        if (first.startsWith("// clawc-args:")) {
            args.addAll(Arrays.asList(first.substring("// clawc-args:".length()).trim().split("\\s+")));
        }
        args.add("--no-process-env");
        args.add(file.toString());
        return args.toArray(new String[0]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void humanReport(Path file) throws IOException {
        Cli.Run run = Cli.run(args(file, "check", "--no-color"));
        assertTrue(run.exitCode() <= 1, run.err());
        String name = file.getFileName().toString().replace(".json5", ".check");
        Golden.verify("exit: " + run.exitCode() + "\n" + run.out() + run.err(), file.getParent(), name, ".txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void jsonReport(Path file) throws IOException {
        Cli.Run run = Cli.run(args(file, "check", "--format", "json"));
        String name = file.getFileName().toString().replace(".json5", ".check");
        Golden.verify(run.out().replace(ClawcVersion.get(), "<version>"), file.getParent(), name, ".json");
    }
}
