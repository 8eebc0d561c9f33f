package dev.clawc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzerTest {

    private static List<String> rules(AnalysisResult result) {
        return result.diagnostics().stream().map(Diagnostic::rule).toList();
    }

    @Test
    void everyStageReportsInOneRunInFileOrder() {
        String text = "{\n  agents: { defaults: { model: { primary: 'gpt-4o' } } },\n  bogus: 1,\n}\n";
        AnalysisResult result = Analyzer.analyzeText("openclaw.json", text, AnalysisSettings.defaults().withVersion("2026.9.6"));
        assertTrue(rules(result).contains("bare-model-ref"), rules(result).toString());
        assertTrue(rules(result).contains("unknown-key"), rules(result).toString());
        assertTrue(rules(result).indexOf("bare-model-ref") < rules(result).indexOf("unknown-key"), "sorted by position");
        assertEquals("2026.9.6", result.version().version().toString());
        assertNotNull(result.model());
        assertTrue(result.hasErrors());
        assertFalse(result.ioFailure());
    }

    @Test
    void findingsOnTextThatDidNotParseAreDropped() {
        AnalysisResult result = Analyzer.analyzeText("openclaw.json", "{ agents: { defaults: { model: } } }",
                AnalysisSettings.defaults());
        assertEquals(List.of("json5-syntax"), rules(result).stream().distinct().toList());
    }

    @Test
    void overridesRelevelOrSilenceARule() {
        String text = "{ agents: { defaults: { model: { primary: 'gpt-4o' } } } }";
        Map<String, Severity> overrides = new HashMap<>();
        overrides.put("bare-model-ref", Severity.ERROR);
        AnalysisResult raised = Analyzer.analyzeText("openclaw.json", text, AnalysisSettings.defaults().withRuleOverrides(overrides));
        assertEquals(Severity.ERROR, raised.diagnostics().stream().filter(d -> d.rule().equals("bare-model-ref"))
                .findFirst().orElseThrow().severity());
        overrides.put("bare-model-ref", null);
        AnalysisResult off = Analyzer.analyzeText("openclaw.json", text, AnalysisSettings.defaults().withRuleOverrides(overrides));
        assertFalse(rules(off).contains("bare-model-ref"));
    }

    @Test
    void onlyTheChosenSemanticRulesRun() {
        String text = "{ agents: { defaults: { model: { primary: 'gpt-4o' } } }, bogus: 1 }";
        AnalysisResult result = Analyzer.analyzeText("openclaw.json", text, AnalysisSettings.defaults().withRules(List.of()));
        assertFalse(rules(result).contains("bare-model-ref"));
        assertTrue(rules(result).contains("unknown-key"), "stage findings always run");
        assertEquals(RuleRegistry.semanticRules().size(), AnalysisSettings.defaults().rules().size());
    }

    @Test
    void includesResolveBesideTheFileAndTheEnvironmentSubstitutes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("models.json5"), "{ primary: '${PRIMARY}' }");
        Path root = dir.resolve("openclaw.json");
        Files.writeString(root, "{ agents: { defaults: { model: { $include: './models.json5' } } } }");
        AnalysisResult result = Analyzer.analyzeFile(root,
                AnalysisSettings.defaults().withEnvironment(Map.of("PRIMARY", "anthropic/claude-sonnet-4-5")));
        assertEquals(2, result.load().files().size());
        assertEquals("anthropic/claude-sonnet-4-5", result.model().slots().get(0).text());
    }

    @Test
    void anUnreadableFileIsAnIoFailureNotAnException(@TempDir Path dir) {
        AnalysisResult result = Analyzer.analyzeFile(dir.resolve("missing.json"), AnalysisSettings.defaults());
        assertTrue(result.ioFailure());
        assertEquals(List.of("io-error"), rules(result));
        assertNull(result.model());
    }
}
