package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownModelTest {
    private final RuleTester tester = RuleTester.of(new UnknownModel());

    @Test
    void openAiIsClosedOn2026_9_6AsTheOracleShows() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {model: {primary: 'openai/gpt-4o'}}}}");
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("unknown-model", d.rule());
        assertEquals(Severity.INFO, d.severity());
        assertEquals("agents.defaults.model.primary", d.path().toString());
        assertTrue(d.label().contains("`Unknown model: openai/gpt-4o`"), d.label());
        assertTrue(d.notes().stream().anyMatch(n -> n.startsWith("NO REQUEST IS SENT") && n.contains("primary model")),
                d.notes().toString());
        assertTrue(d.help().get(0).contains("`openai/gpt-5.5`"), d.help().toString()); // doctor's rewrite
    }

    @Test
    void openRouterIsClosedOn2026_2_6ButKnowsClaude35Sonnet() {
        RuleTester old = tester.version("2026.2.6-3");
        List<Diagnostic> found = old.check("{agents: {defaults: {model: {primary: 'openrouter/meta-llama/llama-3.2-3b-instruct:free',"
                + " fallbacks: ['openrouter/anthropic/claude-3.5-sonnet', 'openai/gpt-4o']}}}}");
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("`openrouter/meta-llama/llama-3.2-3b-instruct:free`"), found.get(0).message());
        assertTrue(found.get(0).message().contains("OpenClaw 2026.2.6-3"), found.get(0).message());
    }

    @Test
    void theResolvedRefOfABareSlotIsChecked() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {model: {fallbacks: ['claude-sonnet-4-6']}}}}");
        assertEquals(1, found.size());
        assertTrue(found.get(0).label().contains("resolves to `openai/claude-sonnet-4-6`"), found.get(0).label());
    }

    @Test
    void neverFiresForDynamicCatalogsOrUnrecordedReleases() {
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: {primary: 'openrouter/meta-llama/llama-3.2-3b-instruct:free',"
                + " fallbacks: ['anthropic/claude-opus-9', 'google/gemini-9-ultra', 'ollama/qwen3:8b', 'openai/gpt-5.4']}}}}"));
        assertEquals(List.of(), tester.version("2026.5.2").check("{agents: {defaults: {model: 'openai/gpt-4o'}}}"));
    }

    @Test
    void configuredProvidersCustomRuntimesAndUnresolvedVariablesAreLeftAlone() {
        assertEquals(List.of(), tester.check("{models: {providers: {openai: {models: [{id: 'gpt-4o', name: 'GPT-4o'}]}}},"
                + " agents: {defaults: {model: 'openai/gpt-4o'}}}"));
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: 'openai/gpt-5.3-codex',"
                + " models: {'openai/gpt-5.3-codex': {agentRuntime: {id: 'codex'}}}}}}"));
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: 'openai/${MODEL}'}}}"));
    }

    @Test
    void retiredModelsAreLeftToRetiredModel() {
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: 'google/gemini-2.0-flash'}}}"));
    }

    @Test
    void aFallbackIsReportedWithoutThePrimaryWording() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {model: {primary: 'openai/gpt-5.4', fallbacks: ['openai/gpt-4o-mini']}}}}");
        assertEquals(1, found.size());
        assertTrue(found.get(0).notes().stream().noneMatch(n -> n.contains("primary model")), found.get(0).notes().toString());
        assertTrue(found.get(0).help().get(0).contains("`openai/gpt-5.4-mini`"), found.get(0).help().toString());
    }
}
