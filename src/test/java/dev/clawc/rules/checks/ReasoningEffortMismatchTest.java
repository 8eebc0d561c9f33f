package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReasoningEffortMismatchTest {
    private final RuleTester tester = RuleTester.of(new ReasoningEffortMismatch());

    private static final String BUILTIN_GROQ = "{agents: {defaults: {model: {primary: 'groq/qwen/qwen3-32b'}%s}}}";
    private static final String GROQ_ROW = "{models: {providers: {groq: {baseUrl: 'https://api.groq.com/openai/v1', api: 'openai-completions',"
            + " models: [{id: '%s', name: 'm', reasoning: true%s}]}}}, agents: {defaults: {model: {primary: 'groq/%s'}%s}}}";

    @Test
    void groqQwen3GetsTheThinkingLevelAsIsBefore2026_3_8() {
        List<Diagnostic> found = tester.version("2026.3.2").check(String.format(BUILTIN_GROQ, ""));
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("agents.defaults.model.primary", d.path().toString());
        assertTrue(d.message().contains("`reasoning_effort: \"low\"`"), d.message());
        assertTrue(String.join("\n", d.notes()).contains("2026.3.8"), d.notes().toString());
        // 2026.3.8 maps every level to `default` for qwen/qwen3-32b
        assertEquals(List.of(), tester.version("2026.3.8").check(String.format(BUILTIN_GROQ, "")));
    }

    @Test
    void aConfiguredLevelAndTheRowsOwnMapCount() {
        String high = String.format(GROQ_ROW, "qwen/qwen3-32b", "", "qwen/qwen3-32b", ", thinkingDefault: 'high'");
        assertTrue(tester.version("2026.2.6").check(high).get(0).message().contains("\"high\""));
        String mapped = String.format(GROQ_ROW, "qwen/qwen3-32b", ", compat: {reasoningEffortMap: {high: 'default'}}",
                "qwen/qwen3-32b", ", thinkingDefault: 'high'");
        assertEquals(List.of(), tester.version("2026.2.6").check(mapped));
        String off = String.format(GROQ_ROW, "qwen/qwen3-32b", "", "qwen/qwen3-32b", ", thinkingDefault: 'off'");
        assertEquals(List.of(), tester.version("2026.2.6").check(off));
    }

    @Test
    void newerReleasesSendNoEffortToGroqUnlessTheRowAsksAndThenTheLevelIsRefused() {
        String plain = String.format(GROQ_ROW, "qwen/qwen3-32b", "", "qwen/qwen3-32b", ", thinkingDefault: 'high'");
        assertEquals(List.of(), tester.version("2026.9.6").check(plain));
        String asks = String.format(GROQ_ROW, "qwen/qwen3-32b", ", compat: {supportsReasoningEffort: true}", "qwen/qwen3-32b",
                ", thinkingDefault: 'medium'");
        assertTrue(tester.version("2026.9.6").check(asks).get(0).message().contains("\"medium\""));
    }

    @Test
    void gptOssOnGroqTakesLowMediumHigh() {
        String minimal = String.format(GROQ_ROW, "openai/gpt-oss-120b", "", "openai/gpt-oss-120b", ", thinkingDefault: 'minimal'");
        assertTrue(tester.version("2026.2.6").check(minimal).get(0).message().contains("\"minimal\""));
        String medium = String.format(GROQ_ROW, "openai/gpt-oss-120b", "", "openai/gpt-oss-120b", ", thinkingDefault: 'medium'");
        assertEquals(List.of(), tester.version("2026.2.6").check(medium));
    }

    @Test
    void aThinkingDefaultOnACustomEndpointThatGetsNoEffortIsAWarning() {
        String config = "{models: {providers: {lab: {baseUrl: 'http://10.0.0.5:8000/v1', api: 'openai-completions',"
                + " models: [{id: 'qwq', name: 'QwQ', reasoning: true%s}]}}}, agents: {defaults: {model: {primary: 'lab/qwq'},"
                + " thinkingDefault: 'high'}}}";
        Diagnostic d = tester.version("2026.9.6").check(String.format(config, "")).get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.help().get(0).contains("supportsReasoningEffort: true"), d.help().toString());
        assertEquals(List.of(), tester.version("2026.9.6").check(String.format(config, ", compat: {supportsReasoningEffort: true}")));
        assertEquals(List.of(), tester.version("2026.2.6").check(String.format(config, ""))); // sent there
    }
}
