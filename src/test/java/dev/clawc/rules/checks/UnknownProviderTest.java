package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnknownProviderTest {
    private final RuleTester tester = RuleTester.of(new UnknownProvider());

    @Test
    void aTypoGetsARenameFix() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {model: {primary: 'anthropc/claude-opus-4-6'}}}}");
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("unknown-provider", d.rule());
        assertEquals("agents.defaults.model.primary", d.path().toString());
        assertTrue(d.message().contains("`anthropc`"), d.message());
        assertTrue(d.notes().get(0).contains("Unknown model: anthropc/claude-opus-4-6"), d.notes().toString());
        assertEquals("did you mean `anthropic`?", d.help().get(0));
        assertEquals("'anthropic/claude-opus-4-6'", d.fix().edits().get(0).replacement());
    }

    @Test
    void checksModelKeysWildcardsAndAllowEntries() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {"
                + " models: {'opnai/gpt-4o': {}, 'gogle/*': {}},"
                + " modelPolicy: {allow: ['openai/gpt-4o', 'mistrall/mistral-large', 'openrouter:auto', 'fast']}},"
                + " entries: {ops: {modelPolicy: {allow: ['xai/*', 'deepsek/*']}}}}}");
        assertEquals(List.of("agents.defaults.models[\"opnai/gpt-4o\"]", "agents.defaults.models[\"gogle/*\"]",
                        "agents.defaults.modelPolicy.allow[1]", "agents.entries.ops.modelPolicy.allow[1]"),
                found.stream().map(d -> d.path().toString()).toList());
        assertEquals("'openai/gpt-4o'", found.get(0).fix().edits().get(0).replacement());
        assertEquals("'google/*'", found.get(1).fix().edits().get(0).replacement());
    }

    @Test
    void aFarOffNameGetsNoGuess() {
        Diagnostic d = tester.check("{agents: {defaults: {model: 'mimo/mimo-pro'}}}").get(0);
        assertNull(d.fix());
        assertTrue(d.help().get(0).contains("define `mimo` under `models.providers`"), d.help().toString());
    }

    @Test
    void aConfiguredProviderWithALongerIdIsSuggestedWithoutAFix() {
        Diagnostic d = tester.check("{models: {providers: {'alibaba-cloud-international': {baseUrl: 'https://x.test/v1',"
                + " models: [{id: 'q', name: 'q'}]}, minimax: {}}}, agents: {defaults: {model: 'alibaba-cloud/q'}}}").get(0);
        assertEquals("did you mean `alibaba-cloud-international`?", d.help().get(0));
        assertNull(d.fix());
    }

    @Test
    void builtInConfiguredLegacyAndPluginProvidersAreKnown() {
        assertEquals(List.of(), tester.check("{models: {providers: {MyProxy: {baseUrl: 'http://localhost:8080/v1',"
                + " api: 'openai-completions', models: [{id: 'm', name: 'm'}]}}},"
                + " plugins: {entries: {'acme-auth': {enabled: true}}},"
                + " agents: {defaults: {model: {primary: 'myproxy/m', fallbacks: ['Anthropic/claude-opus-4-6',"
                + " 'openai-codex/gpt-5.4', 'openrouter:auto', 'x-ai/grok-4', 'kilocode/kilo-auto', 'acme/big', 'gpt-4o', '${MODEL}']},"
                + " models: {'openrouter/*': {}, 'ollama/llama3.3:70b': {}}}}}"));
    }

    @Test
    void anAliasIsNotAProvider() {
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: 'team/fast',"
                + " models: {'anthropic/claude-haiku-4-5': {alias: 'team/fast'}}}}}"));
    }

    @Test
    void aDisabledProviderPluginIsNamed() {
        Diagnostic d = tester.check("{plugins: {entries: {'acme-auth': {enabled: false}}},"
                + " agents: {defaults: {model: 'acme/big'}}}").get(0);
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("plugin `acme-auth`") && n.contains("disabled")), d.notes().toString());
    }

    @Test
    void legacyProviderIdsDependOnTheVersion() {
        // 2026.2.6 rewrote `z.ai` to `zai`; a substituted ${VAR} is checked after substitution
        assertEquals(List.of(), tester.version("2026.2.6").check("{agents: {defaults: {model: 'z.ai/glm-4.7'}}}"));
        List<Diagnostic> found = tester.env(Map.of("PROVIDER", "antropic"))
                .check("{agents: {defaults: {model: '${PROVIDER}/claude-opus-4-6'}}}");
        assertEquals(1, found.size());
        assertNull(found.get(0).fix(), "the literal is a ${VAR} reference, not the value: no automatic edit");
    }

    @Test
    void anOpenRouterVendorAsProviderSuggestsOpenRouter() {
        String text = "{agents: {defaults: {model: {primary: 'meta-llama/llama-3.3-70b-instruct'}}}}";
        Diagnostic d = tester.check(text).get(0);
        assertTrue(d.help().get(0).startsWith("did you mean `openrouter/meta-llama/llama-3.3-70b-instruct`?"), d.help().toString());
        assertTrue(d.help().get(0).contains("OPENROUTER_API_KEY"), d.help().toString());
        assertNull(d.fix(), "no OpenRouter in the config or the environment: no automatic fix");
        Diagnostic withKey = RuleTester.of(new UnknownProvider()).env(Map.of("OPENROUTER_API_KEY", "k")).check(text).get(0);
        assertEquals("'openrouter/meta-llama/llama-3.3-70b-instruct'", withKey.fix().edits().get(0).replacement());
    }

    @Test
    void anAllowlistKeyOfAnUndefinedProviderQuotesOpenClawsHint() {
        Diagnostic d = tester.check("{agents: {defaults: {models: {'myllm/big-model': {alias: 'big'}}}}}").get(0);
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("Found agents.defaults.models[\"myllm/big-model\"], but no matching"
                + " models.providers[\"myllm\"].models[] entry")), d.notes().toString());
        assertTrue(d.help().get(0).contains("models: [{ id: \"big-model\""), d.help().toString());
        Diagnostic old = RuleTester.of(new UnknownProvider()).version("2026.5.7").check("{agents: {defaults: {models: {'myllm/big-model': {}}}}}").get(0);
        assertTrue(old.notes().stream().noneMatch(n -> n.contains("Found agents.defaults.models")), old.notes().toString());
    }
}
