package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class NonCanonicalModelKeyTest {
    private final RuleTester tester = RuleTester.of(new NonCanonicalModelKey());

    @Test
    void aCapitalisedProviderLosesItsParams() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {models: {"
                + "'OpenRouter/anthropic/claude-3.5-sonnet': {alias: 'sonnet', params: {cacheRetention: 'none'}}}}}}");
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("non-canonical-model-key", d.rule());
        assertEquals("agents.defaults.models[\"OpenRouter/anthropic/claude-3.5-sonnet\"]", d.path().toString());
        assertTrue(d.label().contains("`openrouter/anthropic/claude-3.5-sonnet`"), d.label());
        String note = d.notes().get(0);
        assertTrue(note.contains("provider ids are lower-cased"), note);
        assertTrue(note.contains("`params` (`cacheRetention`) is silently ignored"), note);
        assertTrue(note.contains("alias `sonnet` still works"), note);
        assertEquals("'openrouter/anthropic/claude-3.5-sonnet'", d.fix().edits().get(0).replacement());
    }

    @Test
    void aShortNameIsNormalizedSoTheKeyNeverMatches() {
        Diagnostic d = tester.check("{agents: {entries: {ops: {models: {\"anthropic/opus\": {params: {temperature: 0.2},"
                + " codeMode: true, agentRuntime: {id: 'pi'}}}}}}}").get(0);
        assertEquals("agents.entries.ops.models[\"anthropic/opus\"]", d.path().toString());
        assertTrue(d.label().contains("`anthropic/claude-opus-5`"), d.label());
        assertTrue(d.notes().get(0).contains("`params` (`temperature`) and `codeMode` and `agentRuntime` are silently ignored"),
                d.notes().get(0));
        assertEquals("\"anthropic/claude-opus-5\"", d.fix().edits().get(0).replacement());
    }

    @Test
    void whenTheCanonicalKeyExistsTooItAsksForAMerge() {
        Diagnostic d = tester.check("{agents: {defaults: {models: {'anthropic/claude-opus-5': {alias: 'o'},"
                + " 'Anthropic/claude-opus-5': {params: {maxTokens: 2000}}}}}}").get(0);
        assertEquals("agents.defaults.models[\"Anthropic/claude-opus-5\"]", d.path().toString());
        assertNull(d.fix());
        assertEquals(1, d.labels().size());
        assertTrue(d.help().get(0).startsWith("move these settings into `anthropic/claude-opus-5`"), d.help().toString());
    }

    @Test
    void aKeyWithoutAProviderIsReported() {
        Diagnostic d = tester.version("2026.3.2").check("{agents: {defaults: {models: {'claude-opus-4-6': {alias: 'big'}}}}}").get(0);
        assertTrue(d.message().contains("has no provider"), d.message());
        assertTrue(d.label().contains("`anthropic/claude-opus-4-6`"), d.label());
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("alias `big` points to `anthropic/claude-opus-4-6`")), d.notes().toString());
        assertNull(d.fix());
    }

    @Test
    void canonicalLegacyWildcardAndSettingFreeKeysAreFine() {
        assertEquals(List.of(), tester.check("{agents: {defaults: {models: {"
                + "'openrouter/anthropic/claude-3.5-sonnet': {params: {cacheRetention: 'none'}},"
                + "'openrouter/Anthropic/Claude-3.5-Sonnet': {params: {cacheRetention: 'none'}},"
                + "'openrouter/auto': {params: {temperature: 1}}, 'openrouter/openrouter/free': {params: {temperature: 1}},"
                + "'OpenRouter/*': {}, 'anthropic/sonnet': {alias: 'snt'}, 'Google/gemini-2.5-flash': {},"
                + "'ollama/qwen3:8b@q4_K_M': {params: {temperature: 0}}}}}}"));
    }

    @Test
    void anAuthProfileSuffixIsNotPartOfTheKey() {
        Diagnostic d = tester.check("{agents: {defaults: {models: {'openai/gpt-5.4@work': {params: {serviceTier: 'flex'}}}}}}").get(0);
        assertTrue(d.notes().get(0).contains("`@work` auth-profile suffix"), d.notes().get(0));
        assertEquals("'openai/gpt-5.4'", d.fix().edits().get(0).replacement());
    }
}
