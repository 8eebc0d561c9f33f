package dev.clawc.payload;

import static dev.clawc.payload.NativeFixture.config;
import static dev.clawc.payload.NativeFixture.explain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** OpenAI Responses requests beyond the oracle captures: params, thinking levels, custom and xAI endpoints. */
class OpenAiResponsesBuilderTest {
    private static final String GPT54 = "openai/gpt-5.4";

    @Test
    void cacheRetentionLongAndNone() {
        JsonNode longBody = explain("2026.9.6", config(GPT54, "{ cacheRetention: \"long\" }", null), null).request().body();
        assertEquals("24h", longBody.get("prompt_cache_retention").asText());
        assertEquals("<id:prompt_cache_key>", longBody.get("prompt_cache_key").asText());
        JsonNode newer = explain("2026.9.6", config("openai/gpt-5.6-sol", "{ cacheRetention: \"long\" }", null), null).request().body();
        assertEquals("30m", newer.at("/prompt_cache_options/ttl").asText());
        JsonNode none = explain("2026.9.6", config(GPT54, "{ cacheRetention: \"none\" }", null), null).request().body();
        assertFalse(none.has("prompt_cache_key"));
    }

    @Test
    void thinkingOffDropsReasoningAndParamsOverrideTheGpt5Defaults() {
        Explanation e = explain("2026.9.6", config(GPT54, "{ textVerbosity: \"high\", parallel_tool_calls: false, maxTokens: 4000,"
                + " temperature: 0.3 }", null), "off");
        JsonNode body = e.request().body();
        assertFalse(body.has("reasoning"));
        assertFalse(body.has("include"));
        assertEquals("high", body.at("/text/verbosity").asText());
        assertFalse(body.get("parallel_tool_calls").asBoolean());
        assertEquals(4000, body.get("max_output_tokens").asInt());
        assertEquals(0.3, body.get("temperature").asDouble());
    }

    @Test
    void explicitLevelsMapToEfforts() {
        assertEquals("high", explain("2026.9.6", config(GPT54, null, null), "high").request().body().at("/reasoning/effort").asText());
        assertEquals("xhigh", explain("2026.9.6", config(GPT54, null, null), "xhigh").request().body().at("/reasoning/effort").asText());
        Explanation refused = explain("2026.9.6", config(GPT54, null, null), "adaptive");
        assertNull(refused.request());
        assertTrue(refused.refusal().startsWith("Thinking level \"adaptive\" is not supported for openai/gpt-5.4."), refused.refusal());
    }

    @Test
    void temperatureIsDroppedForModelsThatRejectIt() {
        JsonNode body = explain("2026.9.6", config("openai/gpt-5.6-sol", "{ temperature: 0.3 }", null), null).request().body();
        assertFalse(body.has("temperature"));
    }

    @Test
    void serverCompactionFollowsTheContextAndItsParams() {
        JsonNode mini = explain("2026.9.6", config("openai/gpt-5.4-mini", null, null), null).request().body();
        assertEquals(280000, mini.at("/context_management/0/compact_threshold").asLong(), "70% of 400000");
        JsonNode off = explain("2026.9.6", config(GPT54, "{ responsesServerCompaction: false }", null), null).request().body();
        assertFalse(off.has("context_management"));
        JsonNode set = explain("2026.9.6", config(GPT54, "{ responsesCompactThreshold: 50000 }", null), null).request().body();
        assertEquals(50000, set.at("/context_management/0/compact_threshold").asLong());
    }

    @Test
    void customEndpointGetsNoOpenAiShaping() {
        String providers = "models: { providers: { gw: { baseUrl: \"https://gw.example.test/v1\", api: \"openai-responses\","
                + " apiKey: \"${GW_KEY}\", models: [ { id: \"gpt-5.4\", name: \"GPT via gateway\", reasoning: true, maxTokens: 9000 } ] } } }";
        Explanation e = explain("2026.9.6", config("gw/gpt-5.4", null, providers), null);
        JsonNode body = e.request().body();
        assertEquals("https://gw.example.test/v1/responses", e.request().url());
        assertFalse(body.has("instructions"));
        assertEquals("developer", body.at("/input/0/role").asText());
        assertEquals("<text:developer:stable+dynamic>", body.at("/input/0/content/0/text").asText());
        assertFalse(body.get("store").asBoolean());
        assertFalse(body.has("prompt_cache_key"));
        assertFalse(body.has("metadata"));
        assertFalse(body.has("text"), "gpt-5 defaults belong to provider openai");
        assertEquals(9000, body.get("max_output_tokens").asInt());
        assertEquals("OpenAI/JS <v>", e.request().headers().get("user-agent"));
        assertFalse(e.request().headers().containsKey("originator"));
    }

    @Test
    void release20260206CapsOutputAndUsesTheJuiceItemForUnnamedGpt5() {
        JsonNode body = explain("2026.2.6-3", config(GPT54.replace("5.4", "5"), "{ temperature: 1 }", null), null).request().body();
        assertEquals(32000, body.get("max_output_tokens").asInt());
        assertEquals(1, body.get("temperature").asInt());
        assertEquals("low", body.at("/reasoning/effort").asText());
        assertFalse(body.get("store").asBoolean());

        String providers = "models: { providers: { gw: { baseUrl: \"https://gw.example.test/v1\", api: \"openai-responses\","
                + " apiKey: \"${GW_KEY}\", models: [ { id: \"gpt-5-mini\", name: \"gpt-5-mini\", reasoning: true, maxTokens: 9000 } ] } } }";
        JsonNode juice = explain("2026.2.6-3", config("gw/gpt-5-mini", null, providers), "off").request().body();
        JsonNode last = juice.get("input").get(juice.get("input").size() - 1);
        assertEquals("developer", last.get("role").asText(), "pi-ai appends a no-reasoning developer hint for gpt-5* names");
        assertFalse(juice.has("reasoning"));
    }

    @Test
    void longRetentionOnRelease20260206ComesFromTheEnvironment() {
        Map<String, String> env = new HashMap<>(NativeFixture.KEYS);
        env.put("PI_CACHE_RETENTION", "long");
        JsonNode body = explain("2026.2.6-3", config("openai/gpt-5.2", null, null), null, env).request().body();
        assertEquals("24h", body.get("prompt_cache_retention").asText());
    }

    @Test
    void xaiOnTheCurrentReleaseUsesInstructionsWithoutStore() {
        Explanation e = explain("2026.9.6", config("xai/grok-4.3", null, null), null);
        JsonNode body = e.request().body();
        assertEquals("https://api.x.ai/v1/responses", e.request().url());
        assertEquals("<text:system:stable+dynamic>", body.get("instructions").asText());
        assertFalse(body.get("store").asBoolean());
        assertFalse(body.has("prompt_cache_key"));
        assertEquals("openclaw", e.request().headers().get("originator"));
        assertEquals(64000, body.get("max_output_tokens").asInt());
    }

    @Test
    void xaiOnRelease20260206WentOverChatCompletions() {
        Explanation e = explain("2026.2.6-3", config("xai/grok-4", null, null), null);
        assertNull(e.request());
        assertFalse(e.modelled());
        assertTrue(e.refusal().contains("openai-completions"), e.refusal());
    }
}
