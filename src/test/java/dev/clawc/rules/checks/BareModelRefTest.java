package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class BareModelRefTest {
    private final RuleTester tester = RuleTester.of(new BareModelRef());

    @Test
    void firesOnABareRefAndSaysWhatItResolvesTo() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {model: {primary: 'claude-opus-4-6'}}}}");
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("bare-model-ref", d.rule());
        assertEquals("agents.defaults.model.primary", d.path().toString());
        assertTrue(d.label().contains("`openai/claude-opus-4-6`"), d.label());
        // resolves to openai/ on this release, but the fix writes the provider that serves the model
        assertEquals("'anthropic/claude-opus-4-6'", d.fix().edits().get(0).replacement()); // quote style kept
    }

    @Test
    void theDefaultProviderDependsOnTheVersion() {
        List<Diagnostic> found = tester.version("2026.3.2").check("{agents: {defaults: {model: 'claude-opus-4-6'}}}");
        assertTrue(found.get(0).label().contains("`anthropic/claude-opus-4-6`"), found.get(0).label());
    }

    @Test
    void aUniqueConfiguredProviderIsInferred() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {model: {fallbacks: ['claude-haiku-4-5']},"
                + " models: {'anthropic/claude-haiku-4-5': {}}}}}");
        assertTrue(found.get(0).label().contains("`anthropic/claude-haiku-4-5`"), found.get(0).label());
        assertTrue(found.get(0).notes().get(0).contains("infers `anthropic`"), found.get(0).notes().toString());
    }

    @Test
    void doesNotFireOnExplicitRefsOrAliases() {
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: {primary: 'openai/gpt-4o', fallbacks: ['fast']},"
                + " models: {'anthropic/claude-haiku-4-5': {alias: 'fast'}}, utilityModel: ''}}}"));
    }

    @Test
    void checksPerAgentAndOtherSlots() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {imageModel: 'gpt-4o'},"
                + " entries: {ops: {model: 'gpt-5'}}}}");
        assertEquals(2, found.size());
        assertEquals("agents.defaults.imageModel", found.get(0).path().toString());
        assertEquals("agents.entries.ops.model", found.get(1).path().toString());
    }

    @Test
    void theFixWritesTheProviderThatServesTheModel() {
        Diagnostic gemini = tester.check("{agents: {defaults: {model: {primary: 'gemini-3-pro-preview'}}}}").get(0);
        assertTrue(gemini.label().contains("openai/gemini-3-pro-preview"), gemini.label());
        assertEquals("'google/gemini-3-pro-preview'".replace('\'', '"'), gemini.fix().edits().get(0).replacement().replace('\'', '"'));
        assertTrue(gemini.notes().stream().anyMatch(n -> n.contains("model of `google`, not of `openai`")), gemini.notes().toString());
        Diagnostic claude = tester.version("2026.3.13").check("{agents: {defaults: {model: 'claude-opus-4-6'}}}").get(0);
        assertTrue(claude.fix().edits().get(0).replacement().contains("anthropic/claude-opus-4-6"));
        Diagnostic unknown = tester.check("{agents: {defaults: {model: 'my-house-model'}}}").get(0);
        assertEquals(null, unknown.fix());
        assertTrue(unknown.help().get(0).contains("does not know which provider"), unknown.help().toString());
    }
}
