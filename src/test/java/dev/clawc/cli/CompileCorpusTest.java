package dev.clawc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.testing.Cli;
import dev.clawc.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus config that OpenClaw 2026.9.6 accepted compiles; the result passes `clawc check`
 * with no schema finding (it validates against schema/openclaw.schema.json), and compiling it again
 * gives the same bytes.
 */
@Tag("conformance")
class CompileCorpusTest {
    @TempDir
    Path temp;

    static Stream<Path> accepted() throws IOException {
        Path corpus = SharedData.dir("corpus");
        try (Stream<Path> files = Files.list(corpus)) {
            List<Path> found = files.filter(p -> p.toString().endsWith(".json5")).sorted().filter(p -> {
                try {
                    String id = p.getFileName().toString().substring(0, 3);
                    return Files.readAllLines(corpus.resolve("verdicts").resolve(id + ".txt")).get(0).trim().equals("0");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.toList());
            return found.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void compiledOutputValidatesAndIsAFixedPoint(Path file) throws IOException {
        Cli.Run first = Cli.run("compile", "--no-process-env", "--openclaw-version", "2026.9.6", file.toString());
        assertEquals(0, first.exitCode(), first.err());
        Path compiled = temp.resolve("openclaw.json");
        Files.writeString(compiled, first.out());

        Cli.Run check = Cli.run("check", "--format", "json", "--no-process-env", "--openclaw-version", "2026.9.6", compiled.toString());
        for (String rule : List.of("unknown-key", "invalid-type", "invalid-value", "missing-key", "json5-syntax")) {
            assertTrue(!check.out().contains("\"rule\": \"" + rule + "\""), rule + " in the compiled output:\n" + check.out());
        }
        Cli.Run second = Cli.run("compile", "--no-process-env", "--openclaw-version", "2026.9.6", compiled.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertEquals(first.out(), second.out(), "compile is not idempotent");
    }
}
