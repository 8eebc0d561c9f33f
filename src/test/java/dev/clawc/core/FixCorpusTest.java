package dev.clawc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** `fix` on every real config of the corpus: what it would write never has a finding at warning or above that the original lacked. */
@Tag("conformance")
class FixCorpusTest {

    private static Map<String, Integer> countByRule(List<Diagnostic> diagnostics) {
        Map<String, Integer> out = new HashMap<>();
        for (Diagnostic d : diagnostics) {
            if (d.severity().atLeast(Severity.WARNING)) {
                out.merge(d.rule() + " " + d.severity().label(), 1, Integer::sum);
            }
        }
        return out;
    }

    @Test
    void fixNeverAddsAWarningOrWorse() throws IOException {
        Path corpus = SharedData.dir("corpus");
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(p -> p.toString().endsWith(".json5") || p.toString().endsWith(".json")).sorted()
                    .collect(Collectors.toList());
        }
        int fixed = 0;
        int refused = 0;
        List<String> worse = new ArrayList<>();
        for (Path file : files) {
            Fixer.Result result = Fixer.fix(file.toString(), Files.readAllBytes(file), AnalysisSettings.defaults(), rule -> true);
            if (!result.changed()) {
                continue;
            }
            if (result.refusal() != null) {
                refused++;
                continue; // nothing is written
            }
            fixed++;
            // what would be written, analysed afresh
            AnalysisResult written = Analyzer.analyze(file.toString(), result.bytes(), AnalysisSettings.defaults());
            Map<String, Integer> before = countByRule(result.before().diagnostics());
            countByRule(written.diagnostics()).forEach((rule, n) -> {
                if (n > before.getOrDefault(rule, 0)) {
                    worse.add(file.getFileName() + ": " + rule + " " + before.getOrDefault(rule, 0) + " -> " + n);
                }
            });
        }
        System.out.println("fix corpus: " + files.size() + " files, " + fixed + " fixed, " + refused + " refused");
        assertTrue(files.size() >= 100, "corpus files: " + files.size());
        assertTrue(fixed >= 20, "files fixed: " + fixed);
        assertEquals(List.of(), worse);
    }
}
