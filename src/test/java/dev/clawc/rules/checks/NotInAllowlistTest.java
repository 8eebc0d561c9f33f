package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotInAllowlistTest {
    private final RuleTester tester = RuleTester.of(new NotInAllowlist());

    @Test
    void firesOnAFallbackOutsideModelPolicyAllow() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {model: {primary: 'anthropic/claude-opus-4-6',"
                + " fallbacks: ['openai/gpt-5.4']}, modelPolicy: {allow: ['anthropic/*']}}}}");
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("not-in-allowlist", d.rule());
        assertEquals("agents.defaults.model.fallbacks[0]", d.path().toString());
        assertTrue(d.message().contains("`openai/gpt-5.4`"), d.message());
        assertTrue(d.notes().get(0).contains("still runs"), d.notes().toString());
        assertTrue(d.help().get(0).contains("agents.defaults.modelPolicy.allow"), d.help().toString());
        assertNull(d.fix()); // widening a policy is the author's call
    }

    @Test
    void wildcardsMatchAtSegmentBoundariesAndAliasesResolve() {
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: {primary: 'openrouter/anthropic/claude-sonnet-4-6',"
                + " fallbacks: ['fast']}, models: {'anthropic/claude-haiku-4-5': {alias: 'fast'}},"
                + " modelPolicy: {allow: ['OpenRouter/anthropic/*', 'fast']}}}}"));
        List<Diagnostic> found = tester.check("{agents: {defaults: {model: {primary: 'openrouter/anthropic-x/m'},"
                + " modelPolicy: {allow: ['openrouter/anthropic/*']}}}}");
        assertEquals(1, found.size(), "`anthropic/*` must not match `anthropic-x/`");
    }

    @Test
    void modelIdsCompareCaseSensitively() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {model: {primary: 'openai/GPT-5.4'},"
                + " modelPolicy: {allow: ['openai/gpt-5.4']}}}}");
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("primary model"), found.get(0).message());
    }

    @Test
    void theLegacyMapRestrictsWithoutMarkerOrPolicy() {
        String config = "{agents: {defaults: {model: {primary: 'openai/gpt-5.4'}, models: {'openai/gpt-4o': {alias: 'old'}}}}}";
        List<Diagnostic> found = tester.check(config);
        assertEquals(1, found.size());
        assertTrue(found.get(0).label().contains("legacy allowlist"), found.get(0).label());
        assertEquals(List.of(), tester.check("{meta: {migrations: {modelPolicyAllowlist: true}}, agents: {defaults: {model:"
                + " {primary: 'openai/gpt-5.4'}, models: {'openai/gpt-4o': {alias: 'old'}}}}}"), "the marker lifts the legacy rule");
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: {primary: 'openai/gpt-5.4'}, modelPolicy: {},"
                + " models: {'openai/gpt-4o': {}}}}}"), "a modelPolicy object without allow lifts it too");
    }

    @Test
    void anEmptyAllowListAllowsAnything() {
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: {primary: 'openai/gpt-5.4'}, modelPolicy: {allow: []},"
                + " models: {'openai/gpt-4o': {}}}}}"));
    }

    @Test
    void anAgentsOwnPolicyAppliesToWhatItInherits() {
        List<Diagnostic> found = tester.check("{agents: {ownership: 'explicit', defaults: {model: {primary: 'anthropic/claude-opus-4-6'}},"
                + " entries: {ops: {modelPolicy: {allow: ['openai/*']}}, main: {}}}}");
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().endsWith("for agent `ops`"), found.get(0).message());
        assertEquals("agents.defaults.model.primary", found.get(0).path().toString());
    }

    @Test
    void anAgentAllowOfItsOwnOverridesTheDefaults() {
        assertEquals(List.of(), tester.check("{agents: {defaults: {modelPolicy: {allow: ['anthropic/*']}},"
                + " entries: {ops: {model: 'openai/gpt-5.4', modelPolicy: {allow: []}}}}}"));
        List<Diagnostic> found = tester.check("{agents: {defaults: {modelPolicy: {allow: ['anthropic/*']}},"
                + " entries: {ops: {model: 'openai/gpt-5.4'}}}}");
        assertEquals("agents.entries.ops.model", found.get(0).path().toString());
    }

    @Test
    void beforeModelPolicyTheMapKeysRuleAndTheConfiguredDefaultIsAlwaysAllowed() {
        RuleTester old = RuleTester.of(new NotInAllowlist()).version("2026.2.6");
        List<Diagnostic> found = old.check("{agents: {defaults: {model: {primary: 'anthropic/claude-opus-4-6',"
                + " fallbacks: ['openai/gpt-5.2']}, models: {'anthropic/claude-sonnet-4-5': {}}}}}");
        assertEquals(1, found.size(), found.toString());
        assertEquals("agents.defaults.model.fallbacks[0]", found.get(0).path().toString());
        assertTrue(found.get(0).notes().stream().anyMatch(n -> n.contains("on OpenClaw 2026.2.6")), found.get(0).notes().toString());
    }

    @Test
    void aGmailHookModelOutsideTheListIsNotUsed() {
        List<Diagnostic> found = tester.check("{hooks: {gmail: {model: 'openai/gpt-5.4'}},"
                + " agents: {defaults: {modelPolicy: {allow: ['anthropic/*']}}}}");
        assertEquals(1, found.size());
        assertTrue(found.get(0).notes().get(0).contains("primary model instead") || found.get(0).notes().get(0).contains("fall back"),
                found.get(0).notes().toString());
    }

    @Test
    void doesNotFireOnOtherSlotsOrBareFallbacks() {
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: {primary: 'anthropic/claude-opus-4-6',"
                + " fallbacks: ['claude-haiku-4-5']}, imageModel: 'openai/gpt-5.4', utilityModel: 'openai/gpt-5.4-mini',"
                + " modelPolicy: {allow: ['anthropic/*']}}}}"));
    }

    @Test
    void perAgentModelsDoNotInheritDefaultFallbacksSoTheyAreNotChecked() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {model: {primary: 'anthropic/claude-opus-4-6',"
                + " fallbacks: ['openai/gpt-5.4']}, modelPolicy: {allow: ['anthropic/*']}},"
                + " entries: {ops: {model: 'anthropic/claude-sonnet-4-6', modelPolicy: {allow: ['anthropic/*']}}}}}");
        assertEquals(1, found.size(), found.toString()); // only the defaults' own fallback
        assertEquals("agents.defaults.model.fallbacks[0]", found.get(0).path().toString());
    }

    @Test
    void declaredModelsOutsideTheLegacyAllowlistAreRefusedByModelCommand() {
        String text = "{models: {providers: {box: {baseUrl: 'https://llm.example/v1', api: 'openai-completions',"
                + " models: [{id: 'a', name: 'a'}, {id: 'b', name: 'b'}]}}},"
                + " agents: {defaults: {model: 'anthropic/claude-opus-4-6', models: {'anthropic/claude-opus-4-6': {alias: 'opus'}}}}}";
        List<Diagnostic> found = RuleTester.of(new NotInAllowlist()).version("2026.3.13").check(text);
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals(dev.clawc.diag.Severity.WARNING, d.severity());
        assertEquals("models.providers.box.models", d.path().toString());
        assertTrue(d.message().contains("2 models declared under `models.providers.box`"), d.message());
        assertTrue(d.notes().get(0).contains("`box/a`, `box/b`"), d.notes().toString());
        // one listed: info for the other
        Diagnostic partly = RuleTester.of(new NotInAllowlist()).version("2026.3.13").check(text.replace("{alias: 'opus'}", "{alias: 'opus'}, 'box/a': {}")).get(0);
        assertEquals(dev.clawc.diag.Severity.INFO, partly.severity());
        // modelPolicy declared (2026.8.1+): not the legacy rule
        assertEquals(List.of(), tester.check(text.replace("models: {'anthropic", "modelPolicy: {allow: ['anthropic/*']}, models: {'anthropic")));
        // no allowlist at all
        assertEquals(List.of(), RuleTester.of(new NotInAllowlist()).version("2026.3.13").check(text.replace(", models: {'anthropic/claude-opus-4-6': {alias: 'opus'}}", "")));
    }
}
