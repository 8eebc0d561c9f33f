package dev.clawc.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Golden `compile` output and `explain` reports (human and JSON) for the configs under testdata/explain.
 * {@code // clawc-args: ...} applies to both commands, {@code // clawc-explain-args: ...} to explain only.
 */
class CompileExplainGoldenTest {
    private static final Path DIR = Path.of("testdata/explain");

    static Stream<String> inputs() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json5")).sorted()
                    .collect(Collectors.toList());
            return names.stream();
        }
    }

    private static List<String> header(String name, String marker) throws IOException {
        List<String> args = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve(name))) {
            if (line.startsWith(marker)) {
                args.addAll(Arrays.asList(line.substring(marker.length()).trim().split("\\s+")));
            }
        }
        return args;
    }

    private static Cli.Run run(String command, String name, List<String> extra) throws IOException {
        List<String> args = new ArrayList<>(List.of(command, "--no-process-env"));
        args.addAll(header(name, "// clawc-args:"));
        args.addAll(extra);
        args.add(DIR.resolve(name).toString());
        return Cli.run(args.toArray(new String[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void compile(String name) throws IOException {
        Cli.Run run = run("compile", name, List.of());
        assertTrue(run.exitCode() <= 1, run.err());
        assertFalse(run.out().contains("0123456789abcdef"), "a secret leaked");
        Golden.verify("exit: " + run.exitCode() + "\n" + run.out() + "---- stderr ----\n" + run.err(), DIR,
                name.replace(".json5", ".compile"), ".txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void explainHuman(String name) throws IOException {
        List<String> extra = new ArrayList<>(List.of("--no-color"));
        extra.addAll(header(name, "// clawc-explain-args:"));
        Cli.Run run = run("explain", name, extra);
        assertTrue(run.exitCode() <= 1, run.err());
        assertFalse(run.out().contains("0123456789abcdef"), "a secret leaked");
        Golden.verify("exit: " + run.exitCode() + "\n" + run.out() + run.err(), DIR, name.replace(".json5", ".explain"), ".txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void explainJson(String name) throws IOException {
        List<String> extra = new ArrayList<>(List.of("--format", "json"));
        extra.addAll(header(name, "// clawc-explain-args:"));
        Cli.Run run = run("explain", name, extra);
        Golden.verify(run.out().replace(ClawcVersion.get(), "<version>"), DIR, name.replace(".json5", ".explain"), ".json");
    }
}
