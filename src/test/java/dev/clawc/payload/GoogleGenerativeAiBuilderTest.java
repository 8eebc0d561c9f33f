package dev.clawc.payload;

import static dev.clawc.payload.NativeFixture.config;
import static dev.clawc.payload.NativeFixture.explain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Gemini requests beyond the oracle captures: params, thinking levels per family, releases. */
class GoogleGenerativeAiBuilderTest {

    @Test
    void paramsReachGenerationConfig() {
        JsonNode body = explain("2026.9.6", config("google/gemini-2.5-flash", "{ maxTokens: 1000, temperature: 0.7, stop: \"END\" }", null),
                null).request().body();
        assertEquals(1000, body.at("/generationConfig/maxOutputTokens").asInt());
        assertEquals(0.7, body.at("/generationConfig/temperature").asDouble());
        assertEquals("END", body.at("/generationConfig/stopSequences/0").asText());
        assertEquals(8192, body.at("/generationConfig/thinkingConfig/thinkingBudget").asInt());
    }

    @Test
    void thinkingOffPerFamily() {
        JsonNode flash = explain("2026.9.6", config("google/gemini-2.5-flash", null, null), "off").request().body();
        assertEquals(0, flash.at("/generationConfig/thinkingConfig/thinkingBudget").asInt());
        assertFalse(flash.at("/generationConfig/thinkingConfig").has("includeThoughts"));
        JsonNode pro = explain("2026.9.6", config("google/gemini-2.5-pro", null, null), "off").request().body();
        assertFalse(pro.has("generationConfig"), "gemini-2.5-pro cannot turn thinking off: nothing is sent");
        JsonNode flash3 = explain("2026.9.6", config("google/gemini-3-flash-preview", null, null), "off").request().body();
        assertEquals("MINIMAL", flash3.at("/generationConfig/thinkingConfig/thinkingLevel").asText());
    }

    @Test
    void gemini3UsesThinkingLevels() {
        JsonNode body = explain("2026.9.6", config("google/gemini-3-flash-preview", null, null), "low").request().body();
        assertEquals("LOW", body.at("/generationConfig/thinkingConfig/thinkingLevel").asText());
        assertTrue(body.at("/generationConfig/thinkingConfig/includeThoughts").asBoolean());
        assertFalse(body.at("/generationConfig/thinkingConfig").has("thinkingBudget"));
    }

    @Test
    void release20260206UsesTheSdkShape() {
        Explanation e = explain("2026.2.6-3", config("google/gemini-2.5-pro", null, null), "high");
        JsonNode body = e.request().body();
        assertEquals(32768, body.at("/generationConfig/thinkingConfig/thinkingBudget").asInt());
        assertEquals(32000, body.at("/generationConfig/maxOutputTokens").asInt());
        assertEquals("user", body.at("/systemInstruction/role").asText());
        assertTrue(body.at("/tools/0/functionDeclarations/0").has("parameters"));
        assertEquals("*/*", e.request().headers().get("accept"));
    }

    @Test
    void customEndpointHasNoAttributionHeader() {
        String providers = "models: { providers: { gem: { baseUrl: \"https://gemini-proxy.example.test/v1beta\","
                + " api: \"google-generative-ai\", apiKey: \"${GEM_KEY}\", models: [ { id: \"gemini-2.5-flash\", name: \"Flash\" } ] } } }";
        Explanation e = explain("2026.9.6", config("gem/gemini-2.5-flash", null, providers), null);
        assertEquals("https://gemini-proxy.example.test/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse", e.request().url());
        assertFalse(e.request().headers().containsKey("x-goog-api-client"));
        assertFalse(e.request().body().has("generationConfig"), "the row sets no reasoning: no thinking config");
    }
}
