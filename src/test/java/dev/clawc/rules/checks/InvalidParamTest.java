package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidParamTest {
    private final RuleTester tester = RuleTester.of(new InvalidParam());

    private List<Diagnostic> params(String body) {
        return tester.check("{agents: {defaults: {params: {" + body + "}}}}");
    }

    @Test
    void aNumberWrittenAsAStringIsSkippedByOpenClaw() {
        List<Diagnostic> found = params("temperature: '0.7'");
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("agents.defaults.params.temperature", d.path().toString());
        assertTrue(d.message().contains("is the string `\"0.7\"`, not a number"), d.message());
        assertTrue(d.notes().get(0).contains("skipped without a warning"), d.notes().toString());
        assertEquals("0.7", d.fix().edits().get(0).replacement());
    }

    @Test
    void cacheRetentionOutsideItsWords() {
        Diagnostic forever = params("cacheRetention: 'forever'").get(0);
        assertTrue(forever.help().get(0).contains("\"long\""), forever.help().toString());
        assertNull(forever.fix()); // a guess, not certain
        Diagnostic ttl = params("cacheRetention: '1h'").get(0);
        assertEquals("'long'", ttl.fix().edits().get(0).replacement()); // the quote style is kept
        Diagnostic caps = params("cacheRetention: \"Short\"").get(0);
        assertEquals("\"short\"", caps.fix().edits().get(0).replacement());
        assertTrue(params("cacheRetention: 'standard'").get(0).help().get(0).contains("\"short\""));
        assertEquals(List.of(), params("cacheRetention: 'none'"));
    }

    @Test
    void everyLayerIsChecked() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {models: {'openai/gpt-5.4': {params: {maxTokens: 0}}}},"
                + " entries: {ops: {params: {transport: 'websockets'}, models: {'openai/gpt-5.4': {params: {seed: 1.5}}}}}},"
                + " models: {providers: {openrouter: {params: {provider: 'anthropic'}}, local: {baseUrl: 'http://x', api:"
                + " 'openai-completions', models: [{id: 'm', name: 'm', params: {thinking: 'extreme'}}]}}}}");
        assertEquals(java.util.Set.of("agents.defaults.models[\"openai/gpt-5.4\"].params.maxTokens",
                "agents.entries.ops.params.transport",
                "agents.entries.ops.models[\"openai/gpt-5.4\"].params.seed",
                "models.providers.openrouter.params.provider",
                "models.providers.local.models[0].params.thinking"),
                found.stream().map(d -> d.path().toString()).collect(java.util.stream.Collectors.toSet()));
        Diagnostic transport = found.stream().filter(d -> d.path().toString().endsWith("transport")).findFirst().orElseThrow();
        assertTrue(transport.help().get(0).contains("\"websocket\""), transport.help().toString());
    }

    @Test
    void cacheControlTtlTakesOnlyItsTwoValues() {
        Diagnostic d = params("cacheControlTtl: '30m'").get(0);
        assertTrue(d.help().get(0).contains("cacheRetention"), d.help().toString());
        assertTrue(params("cacheControlTtl: 'long'").get(0).help().get(0).contains("cacheRetention: \"long\""));
        assertEquals(List.of(), params("cacheControlTtl: '5m'"));
    }

    @Test
    void aSubstitutedValueGetsNoTextFix() {
        List<Diagnostic> found = tester.env(Map.of("TEMP", "0.2")).check("{agents: {defaults: {params: {temperature: '${TEMP}'}}}}");
        assertEquals(1, found.size());
        assertNull(found.get(0).fix());
    }

    @Test
    void doesNotFireOnGoodValuesOrUnknownKeys() {
        assertEquals(List.of(), params("temperature: 0.2, topP: 1, maxTokens: 4096, max_tokens: 2000, seed: 42, frequency_penalty: -0.5,"
                + " transport: 'websocket-cached', thinking: 'Think-Hard', provider: {order: ['anthropic']}, parallel_tool_calls: null,"
                + " extra_body: {foo: 1}, stop: ['END'], cacheRetention: 'long', text_verbosity: 'low', whatever: 'x'"));
        assertEquals(List.of(), params("thinking: false, stop: 'END', responseFormat: {type: 'json_object'}"));
    }

    @Test
    void booleansWrittenAsStrings() {
        Diagnostic d = params("parallel_tool_calls: 'false'").get(0);
        assertEquals("false", d.fix().edits().get(0).replacement());
    }
}
