package dev.clawc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.testing.Cli;
import dev.clawc.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real-world corpus (shared/corpus): `check` never fails to run on any file (exit 0 or 1, no
 * internal error), reports a syntax error exactly where OpenClaw's own JSON5 parse failed.
 */
@Tag("conformance")
class CorpusSyntaxTest {

    static Stream<Path> corpus() throws IOException {
        return SharedData.corpusConfigs().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void syntaxVerdictAgreesWithOpenClaw(Path file) throws IOException {
        String id = file.getFileName().toString().substring(0, 3);
        String verdict = Files.readString(file.getParent().resolve("verdicts").resolve(id + ".txt"));
        boolean openClawParseFailed = verdict.contains("JSON5 parse failed");

        Cli.Run run = Cli.run("check", "--format", "json", file.toString());
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, "exit " + run.exitCode() + ": " + run.err());
        assertFalse(run.err().contains("internal error"), run.err());
        boolean weReportSyntax = run.out().contains("\"rule\": \"json5-syntax\"");
        assertEquals(openClawParseFailed, weReportSyntax, run.out());
    }
}
