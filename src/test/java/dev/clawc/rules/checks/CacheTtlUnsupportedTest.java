package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class CacheTtlUnsupportedTest {
    private final RuleTester tester = RuleTester.of(new CacheTtlUnsupported());

    private static String longOn(String ref) {
        return "{agents: {defaults: {model: '" + ref + "', models: {'" + ref + "': {params: {cacheRetention: 'long'}}}}}}";
    }

    @Test
    void openRouterSendsNoTtlBefore2026_6() {
        // 2026.2.6 ignores retention entirely there: that is cache-retention-ignored's finding, not a TTL one
        assertEquals(List.of(), tester.version("2026.2.6").check(longOn("openrouter/anthropic/claude-sonnet-4")));
        assertEquals(List.of(), tester.check(longOn("openrouter/anthropic/claude-sonnet-4")));
    }

    @Test
    void firesWhereMarkersGoOutWithoutTheHourTtl() {
        // an env-driven long is upgraded only on Anthropic's and Vertex's hosts; an explicit long always gets 1h,
        // so the route where `long` gives no TTL is a custom Anthropic-compatible endpoint on 2026.2.6 (param not passed)
        String config = "{agents: {defaults: {model: 'proxy/claude-sonnet-4-5', models: {'proxy/claude-sonnet-4-5':"
                + " {params: {cacheRetention: 'long'}}}}}, models: {providers: {proxy: {baseUrl: 'https://llm.example.test',"
                + " api: 'anthropic-messages', models: [{id: 'claude-sonnet-4-5', name: 'Sonnet'}]}}}}";
        assertEquals(List.of(), tester.check(config));
        List<Diagnostic> old = tester.version("2026.2.6").check(config);
        assertEquals(List.of(), old, "2026.2.6 does not pass the param at all: retention is short, not long");
    }

    @Test
    void directAnthropicLongGetsTheHour() {
        assertEquals(List.of(), tester.check(longOn("anthropic/claude-haiku-4-5")));
        assertEquals(List.of(), tester.version("2026.2.6").check(longOn("anthropic/claude-haiku-4-5")));
    }

    @Test
    void fireworksNeverGetsTheHour() {
        String config = "{agents: {defaults: {model: 'fireworks/claude-x', models: {'fireworks/claude-x':"
                + " {params: {cacheRetention: 'long'}}}}}, models: {providers: {fireworks: {api: 'anthropic-messages',"
                + " baseUrl: 'https://api.fireworks.ai/inference', models: [{id: 'claude-x', name: 'X'}]}}}}";
        List<Diagnostic> found = tester.check(config);
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("5-minute"), found.get(0).message());
    }

    @Test
    void aCustomCompletionsProxyNeedsSupportsLongCacheRetention() {
        String row = "{id: 'anthropic/claude-sonnet-4', name: 'S', compat: {cacheControlFormat: 'anthropic'%s}}";
        String config = "{agents: {defaults: {model: 'proxy/anthropic/claude-sonnet-4', models: {'proxy/anthropic/claude-sonnet-4':"
                + " {params: {cacheRetention: 'long'}}}}}, models: {providers: {proxy: {api: 'openai-completions',"
                + " baseUrl: 'https://llm.example.test/v1', models: [" + row + "]}}}}";
        assertEquals(1, tester.check(String.format(config, "")).size());
        assertEquals(List.of(), tester.check(String.format(config, ", supportsLongCacheRetention: true")));
    }
}
