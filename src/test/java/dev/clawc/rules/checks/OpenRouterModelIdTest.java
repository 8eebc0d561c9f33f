package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenRouterModelIdTest {
    private final RuleTester tester = RuleTester.of(new OpenRouterModelId());

    @Test
    void firesOnAMissingVendorAndInsertsIt() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {model: {primary: 'openrouter/claude-3.5-sonnet'}}}}");
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("openrouter-model-id", d.rule());
        assertEquals("agents.defaults.model.primary", d.path().toString());
        assertTrue(d.label().contains("`openrouter/claude-3.5-sonnet`"), d.label());
        assertEquals("'openrouter/anthropic/claude-3.5-sonnet'", d.fix().edits().get(0).replacement());
    }

    @Test
    void vendorsComeFromTheDataFile() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {model: {primary: 'openrouter/gpt-4o-mini',"
                + " fallbacks: ['openrouter/gemini-2.5-flash', 'openrouter/llama-3.2-3b-instruct:free', 'OpenRouter/o3',"
                + " 'openrouter/deepseek-chat@work', 'openrouter/grok-4']}}}}");
        assertEquals(List.of("'openrouter/openai/gpt-4o-mini'", "'openrouter/google/gemini-2.5-flash'",
                        "'openrouter/meta-llama/llama-3.2-3b-instruct:free'", "'OpenRouter/openai/o3'",
                        "'openrouter/deepseek/deepseek-chat@work'", "'openrouter/x-ai/grok-4'"),
                found.stream().map(d -> d.fix().edits().get(0).replacement()).toList());
    }

    @Test
    void checksModelKeysAndAllowEntries() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {models: {'openrouter/claude-sonnet-4': {alias: 's'}},"
                + " modelPolicy: {allow: ['openrouter/claude-opus-4.1']}}}}");
        assertEquals(List.of("agents.defaults.models[\"openrouter/claude-sonnet-4\"]", "agents.defaults.modelPolicy.allow[0]"),
                found.stream().map(d -> d.path().toString()).toList());
    }

    @Test
    void routerIdsVendoredIdsAndUnknownFamiliesAreFine() {
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: {primary: 'openrouter/auto', fallbacks: ["
                + " 'openrouter:auto', 'openrouter:free', 'openrouter/openrouter/auto', 'openrouter/free', 'openrouter/fusion',"
                + " 'openrouter/anthropic/claude-3.5-sonnet', 'openrouter/hunter-alpha', 'anthropic/claude-3-5-sonnet-latest',"
                + " 'openrouter/meta-llama/llama-3.2-3b-instruct:free']},"
                + " models: {'openrouter/*': {}, 'openrouter/anthropic/*': {}}}}}"));
    }

    @Test
    void anOpenRouterOverlayOnAnotherHostIsLeftAlone() {
        assertEquals(List.of(), tester.check("{models: {providers: {openrouter: {baseUrl: 'https://llm-proxy.internal.test/v1'}}},"
                + " agents: {defaults: {model: 'openrouter/claude-3.5-sonnet'}}}"));
        assertEquals(1, tester.check("{models: {providers: {openrouter: {baseUrl: 'https://openrouter.ai/api/v1'}}},"
                + " agents: {defaults: {model: 'openrouter/claude-3.5-sonnet'}}}").size());
    }

    @Test
    void noRenameOntoAKeyThatExists() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {models: {'openrouter/claude-sonnet-4': {},"
                + " 'openrouter/anthropic/claude-sonnet-4': {}}}}}");
        assertEquals(1, found.size());
        assertEquals(null, found.get(0).fix());
    }

    @Test
    void theVendorTableParses() {
        OpenRouterModelId.Vendors vendors = OpenRouterModelId.vendors();
        assertTrue(vendors.routerIds().contains("auto"));
        assertEquals("anthropic", vendors.vendorOf("claude-3.5-sonnet"));
        assertEquals("mistralai", vendors.vendorOf("Mistral-large"));
        assertEquals(null, vendors.vendorOf("hunter-alpha"));
        assertEquals(null, vendors.vendorOf("o5x"));
    }

    @Test
    void anthropicsDashStyleIdsAreNotOpenRoutersIds() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {model: {primary: 'openrouter/anthropic/claude-sonnet-4-5',"
                + " fallbacks: ['openrouter/anthropic/claude-sonnet-4.5', 'openrouter/anthropic/claude-3-5-sonnet-20241022']}}}}");
        assertEquals(2, found.size());
        assertEquals(dev.clawc.diag.Severity.WARNING, found.get(0).severity());
        assertEquals("'openrouter/anthropic/claude-sonnet-4.5'", found.get(0).fix().edits().get(0).replacement());
        assertEquals("'openrouter/anthropic/claude-3.5-sonnet'", found.get(1).fix().edits().get(0).replacement());
    }

    @Test
    void openRouterClaudeIds() {
        assertEquals("claude-sonnet-4.5", OpenRouterModelId.openRouterClaudeId("claude-sonnet-4-5"));
        assertEquals("claude-sonnet-4.5", OpenRouterModelId.openRouterClaudeId("claude-sonnet-4-5-20250929"));
        assertEquals("claude-opus-4.1", OpenRouterModelId.openRouterClaudeId("claude-opus-4-1"));
        assertEquals("claude-sonnet-4", OpenRouterModelId.openRouterClaudeId("claude-sonnet-4-20250514"));
        assertEquals("claude-3.7-sonnet", OpenRouterModelId.openRouterClaudeId("claude-3-7-sonnet-latest"));
        assertEquals(null, OpenRouterModelId.openRouterClaudeId("claude-sonnet-4"));
        assertEquals(null, OpenRouterModelId.openRouterClaudeId("gpt-4o"));
    }
}
