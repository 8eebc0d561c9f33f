package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class CacheRetentionIgnoredTest {
    private static final String SEED = "{agents: {defaults: {model: {primary: 'openrouter/anthropic/claude-3.5-sonnet'},"
            + " models: {'openrouter/anthropic/claude-3.5-sonnet': {params: {cacheRetention: 'none'}}}}}}";
    private final RuleTester tester = RuleTester.of(new CacheRetentionIgnored());

    @Test
    void openRouterIgnoresRetentionUpTo2026_5_7() {
        List<Diagnostic> found = tester.version("2026.2.6").check(SEED);
        assertEquals(1, found.size());
        assertEquals("agents.defaults.models[\"openrouter/anthropic/claude-3.5-sonnet\"].params.cacheRetention",
                found.get(0).path().toString());
        assertTrue(found.get(0).notes().get(0).contains("2026.5.12"), found.get(0).notes().toString());
        assertEquals(1, tester.version("2026.5.7").check(SEED).size());
    }

    @Test
    void honouredFrom2026_5_12() {
        assertEquals(List.of(), tester.version("2026.5.28").check(SEED));
        assertEquals(List.of(), tester.version("2026.6.1").check(SEED));
        assertEquals(List.of(), tester.version("2026.9.6").check(SEED));
    }

    @Test
    void directAnthropicHonoursItOnEveryRelease() {
        String config = "{agents: {defaults: {model: 'anthropic/claude-haiku-4-5',"
                + " models: {'anthropic/claude-haiku-4-5': {params: {cacheRetention: 'none'}}}}}}";
        assertEquals(List.of(), tester.version("2026.2.6").check(config));
        assertEquals(List.of(), tester.check(config));
    }

    @Test
    void aRouteWithoutPromptCachingOptionsIgnoresIt() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {model: 'openrouter/meta-llama/llama-3.3-70b-instruct',"
                + " models: {'openrouter/meta-llama/llama-3.3-70b-instruct': {params: {cacheRetention: 'long'}}}}}}");
        assertEquals(1, found.size());
        assertTrue(found.get(0).notes().get(0).contains("no cache options are sent"), found.get(0).notes().toString());
    }

    private static final String LITELLM = "{models: {providers: {litellm: {baseUrl: 'https://llm.corp.example/v1',"
            + " api: 'openai-completions', models: [{id: 'anthropic/claude-sonnet-4-5', name: 'Sonnet'}]}}},"
            + " agents: {defaults: {model: 'litellm/anthropic/claude-sonnet-4-5',"
            + " models: {'litellm/anthropic/claude-sonnet-4-5': {params: {cacheRetention: 'long'}}}}}}";

    @Test
    void aProxyRouteNamesCompatCacheControlFormatNotAnUpgrade() {
        Diagnostic d = tester.check(LITELLM).get(0);
        assertTrue(d.notes().get(0).contains("compat.cacheControlFormat"), d.notes().toString());
        assertTrue(d.help().get(0).contains("compat: { cacheControlFormat: \"anthropic\" }"), d.help().toString());
        assertTrue(d.help().stream().noneMatch(h -> h.contains("upgrade")), d.help().toString());
        Diagnostic old = tester.version("2026.5.20").check(LITELLM).get(0);
        assertTrue(old.help().get(0).contains("from 2026.5.28"), old.help().toString());
    }

    @Test
    void theOpenRouterIdOnAProxyIsNotCalledOpenRouter() {
        String text = "{models: {providers: {openrouter: {baseUrl: 'http://litellm.internal:4000/v1'}}},"
                + " agents: {defaults: {model: 'openrouter/anthropic/claude-3.5-sonnet',"
                + " models: {'openrouter/anthropic/claude-3.5-sonnet': {params: {cacheRetention: 'none'}}}}}}";
        Diagnostic d = tester.version("2026.2.6").check(text).get(0);
        assertTrue(d.notes().get(0).contains("a proxy rather than OpenRouter"), d.notes().toString());
        assertTrue(d.help().get(0).contains("its own provider id"), d.help().toString());
        assertTrue(d.help().stream().noneMatch(h -> h.contains("upgrade OpenClaw")), d.help().toString());
    }
}
