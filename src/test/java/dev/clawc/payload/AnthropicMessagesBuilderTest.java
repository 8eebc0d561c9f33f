package dev.clawc.payload;

import static dev.clawc.payload.NativeFixture.config;
import static dev.clawc.payload.NativeFixture.explain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Anthropic Messages requests beyond the oracle captures: params, thinking levels, custom endpoints. */
class AnthropicMessagesBuilderTest {
    private static final String HAIKU = "anthropic/claude-haiku-4-5";

    @Test
    void maxTokensParamIsTheBaseOfTheThinkingBudgetAndThinkingDropsTemperature() {
        Explanation e = explain("2026.9.6", config(HAIKU, "{ maxTokens: 20000, temperature: 0.2 }", null), null);
        JsonNode body = e.request().body();
        assertEquals(28192, body.get("max_tokens").asInt(), "20000 + the medium budget 8192");
        assertEquals(8192, body.at("/thinking/budget_tokens").asInt());
        assertFalse(body.has("temperature"), "2026.9.6 drops temperature while thinking is on");
    }

    @Test
    void thinkingOffSendsDisabledAndKeepsTemperature() {
        Explanation e = explain("2026.9.6", config(HAIKU, "{ temperature: 0.2 }", null), "off");
        JsonNode body = e.request().body();
        assertEquals("disabled", body.at("/thinking/type").asText());
        assertEquals(0.2, body.get("temperature").asDouble());
        assertEquals(32000, body.get("max_tokens").asInt());
    }

    @Test
    void release20260206SendsTemperatureWithThinkingAndUsesItsOwnBudgets() {
        Explanation e = explain("2026.2.6-3", config(HAIKU, "{ temperature: 0.5 }", null), "high");
        JsonNode body = e.request().body();
        assertEquals(0.5, body.get("temperature").asDouble());
        assertEquals(16384, body.at("/thinking/budget_tokens").asInt());
        assertEquals(48384, body.get("max_tokens").asInt(), "min(32000 + 16384, 64000)");
        assertEquals("Anthropic/JS <v>", e.request().headers().get("user-agent"));
    }

    @Test
    void release20260206IgnoresTheMaxTokensAliases() {
        Explanation e = explain("2026.2.6-3", config(HAIKU, "{ max_tokens: 1000 }", null), null);
        assertEquals(34048, e.request().body().get("max_tokens").asInt(), "only `maxTokens` reaches pi-ai");
        Explanation current = explain("2026.9.6", config(HAIKU, "{ max_tokens: 1000 }", null), "off");
        assertEquals(1000, current.request().body().get("max_tokens").asInt(), "2026.9.6 folds max_tokens into maxTokens");
    }

    @Test
    void unsupportedExplicitLevelIsRefusedOnTheCurrentRelease() {
        Explanation e = explain("2026.9.6", config(HAIKU, null, null), "max");
        assertNull(e.request());
        assertEquals("Thinking level \"max\" is not supported for anthropic/claude-haiku-4-5. Use one of: off, minimal, low, medium, high.",
                e.refusal());
    }

    @Test
    void sonnet5MapsXhighToItsNativeEffortAndOffDisablesThinking() {
        String cfg = config("anthropic/claude-sonnet-5", null, null);
        JsonNode xhigh = explain("2026.9.6", cfg, "xhigh").request().body();
        assertEquals("adaptive", xhigh.at("/thinking/type").asText());
        assertEquals("xhigh", xhigh.at("/output_config/effort").asText());
        assertEquals(128000, xhigh.get("max_tokens").asInt(), "Sonnet 5 defaults to its full output limit");
        Explanation off = explain("2026.9.6", cfg, "off");
        assertEquals("disabled", off.request().body().at("/thinking/type").asText());
        assertFalse(off.request().body().has("output_config"));
        assertFalse(off.request().headers().get("anthropic-beta").contains("thinking-binding-controls"));
        assertFalse(off.request().body().has("service_tier"), "the Sonnet 5 request contract drops service_tier");
    }

    @Test
    void fastModeAndServiceTierParams() {
        assertEquals("auto", explain("2026.9.6", config(HAIKU, "{ fastMode: true }", null), null)
                .request().body().get("service_tier").asText());
        assertEquals("standard_only", explain("2026.9.6", config(HAIKU, "{ serviceTier: \"standard_only\", fastMode: true }", null), null)
                .request().body().get("service_tier").asText());
        assertFalse(explain("2026.2.6-3", config(HAIKU, null, null), null).request().body().has("service_tier"));
    }

    @Test
    void contextPruningOffRemovesContextManagementAndItsBeta() {
        String cfg = "{ agents: { defaults: { model: { primary: \"" + HAIKU + "\" }, contextPruning: { mode: \"off\" } } } }";
        Explanation e = explain("2026.9.6", cfg, null);
        assertFalse(e.request().body().has("context_management"));
        assertEquals("fine-grained-tool-streaming-2025-05-14,interleaved-thinking-2025-05-14", e.request().headers().get("anthropic-beta"));
    }

    @Test
    void configuredBetasMergeWithTheDefaults() {
        Explanation e = explain("2026.9.6", config(HAIKU, "{ anthropicBeta: [\"files-api-2025-04-14\", \"context-1m-2025-08-07\"] }", null), null);
        assertEquals("fine-grained-tool-streaming-2025-05-14,interleaved-thinking-2025-05-14,files-api-2025-04-14,"
                + "context-management-2025-06-27", e.request().headers().get("anthropic-beta"));
    }

    @Test
    void customEndpointWithV1BaseUrlHeadersAndReasoningRow() {
        String providers = "models: { providers: { proxy: { baseUrl: \"https://llm.example.test/v1/\", api: \"anthropic-messages\","
                + " apiKey: \"${PROXY_KEY}\", headers: { \"X-Team\": \"core\" }, models: [ { id: \"claude-opus-4-6\", name: \"Opus\","
                + " reasoning: true, maxTokens: 64000, contextWindow: 200000 } ] } } }";
        Explanation current = explain("2026.9.6", config("proxy/claude-opus-4-6", null, providers), null);
        assertEquals("https://llm.example.test/v1/messages", current.request().url());
        assertEquals("core", current.request().headers().get("x-team"));
        assertNull(current.request().headers().get("anthropic-beta"), "no implicit betas off api.anthropic.com");
        JsonNode body = current.request().body();
        assertEquals("adaptive", body.at("/thinking/type").asText(), "Opus 4.6 defaults to adaptive thinking");
        assertEquals("high", body.at("/output_config/effort").asText());
        assertFalse(body.at("/thinking").has("block_binding"), "binding controls are for direct Anthropic only");
        assertFalse(body.has("context_management"));

        Explanation old = explain("2026.2.6-3", config("proxy/claude-opus-4-6", null, providers), null);
        assertEquals("https://llm.example.test/v1/v1/messages", old.request().url(), "the Anthropic SDK always appends /v1/messages");
        assertEquals("fine-grained-tool-streaming-2025-05-14,interleaved-thinking-2025-05-14", old.request().headers().get("anthropic-beta"));
        assertEquals("adaptive", old.request().body().at("/thinking/type").asText());
        assertEquals("low", old.request().body().at("/output_config/effort").asText(), "2026.2.6 thinks at low by default");

        Explanation stripped = explain("2026.3.2", config("proxy/claude-opus-4-6", null, providers), null);
        assertEquals("https://llm.example.test/v1/messages", stripped.request().url(), "2026.2.23 on drop a trailing /v1 first");
    }

    @Test
    void customRowWithoutMaxTokensUsesTheReleaseDefault() {
        String providers = "models: { providers: { proxy: { baseUrl: \"https://llm.example.test\", api: \"anthropic-messages\","
                + " apiKey: \"${PROXY_KEY}\", models: [ { id: \"claude-x\", name: \"X\" } ] } } }";
        JsonNode body = explain("2026.9.6", config("proxy/claude-x", null, providers), null).request().body();
        assertEquals(8192, body.get("max_tokens").asInt());
        assertFalse(body.has("thinking"), "not a reasoning model and no adaptive family: no thinking field at all");
    }

    @Test
    void noMarkersMeansPlainStringsAndOneSystemBlock() {
        JsonNode body = explain("2026.9.6", config(HAIKU, "{ cacheRetention: \"none\" }", null), null).request().body();
        assertEquals("<text:user:prompt>", body.at("/messages/0/content").asText());
        assertEquals(1, body.get("system").size());
        assertEquals("<text:system:stable+dynamic>", body.at("/system/0/text").asText());
        for (JsonNode tool : body.get("tools")) {
            assertFalse(tool.has("cache_control"));
        }
    }

    @Test
    void oauthTokenIsNotModelled() {
        Explanation e = explain("2026.9.6", config(HAIKU, null, null), null, Map.of("ANTHROPIC_OAUTH_TOKEN", "sk-ant-oat-x"));
        assertNull(e.request());
        assertFalse(e.modelled());
    }

    @Test
    void notesExplainTheNotableFields() {
        Explanation e = explain("2026.9.6", config(HAIKU, "{ cacheRetention: \"long\" }", null), null);
        Map<String, String> notes = new java.util.HashMap<>();
        e.notes().forEach(n -> notes.put(n.field(), n.reason()));
        assertNotNull(notes.get("/max_tokens"));
        assertTrue(notes.get("/system/0/cache_control").contains("ttl 1h"), notes.get("/system/0/cache_control"));
        assertTrue(notes.get("/system/0/cache_control").contains("cacheRetention"), notes.get("/system/0/cache_control"));
        assertTrue(notes.get("/thinking").contains("8192 tokens"), notes.get("/thinking"));
    }
}
