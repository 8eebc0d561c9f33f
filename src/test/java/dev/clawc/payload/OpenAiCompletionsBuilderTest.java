package dev.clawc.payload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.ConfigModel;
import dev.clawc.release.OpenClawVersion;
import dev.clawc.config.Route;
import dev.clawc.config.RoutePlanner;
import dev.clawc.core.AnalysisResult;
import dev.clawc.core.AnalysisSettings;
import dev.clawc.core.Analyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour of the openai-completions builder that the oracle captures do not cover. */
class OpenAiCompletionsBuilderTest {
    private static final String V9 = "2026.9.6";
    private static final String V2 = "2026.2.6-3";

    @TempDir
    static Path temp;
    private static OpenRouterModels list;

    /** A small model list in OpenRouter's format (test data, not OpenRouter's real numbers). */
    @BeforeAll
    static void modelList() throws IOException {
        Path file = temp.resolve("models.json");
        Files.writeString(file, """
                {"data": [
                  {"id": "anthropic/claude-sonnet-4", "architecture": {"modality": "text+image->text"},
                   "top_provider": {"max_completion_tokens": 64000},
                   "supported_parameters": ["max_tokens", "reasoning", "temperature", "tools"],
                   "reasoning": {"mandatory": false, "supported_efforts": ["minimal", "low", "medium", "high"]}},
                  {"id": "openai/gpt-5", "architecture": {"modality": "text+image->text"},
                   "top_provider": {"max_completion_tokens": 128000},
                   "supported_parameters": ["reasoning", "tools"],
                   "reasoning": {"mandatory": true, "supported_efforts": ["low", "medium", "high"]}},
                  {"id": "acme/on-off", "architecture": {"modality": "text->text"},
                   "top_provider": {"max_completion_tokens": 4096},
                   "supported_parameters": ["reasoning", "tools"],
                   "reasoning": {"mandatory": false, "supported_efforts": []}},
                  {"id": "openai/gpt-4o-mini", "architecture": {"modality": "text+image->text"},
                   "top_provider": {"max_completion_tokens": 16384},
                   "supported_parameters": ["temperature", "tools"]}
                ]}
                """);
        list = OpenRouterModels.read(file);
    }

    // ------------------------------------------------------------------ params

    @Test
    void temperatureAndMaxTokensOn2026_9_6AreSentAndClampedToTheModelLimit() {
        JsonNode body = body(V9, """
                { agents: { defaults: { model: { primary: "openrouter/anthropic/claude-sonnet-4" },
                  models: { "openrouter/anthropic/claude-sonnet-4": { params: { temperature: 0.2, maxTokens: 100000, topP: 0.9, seed: 7 } } } } } }
                """, null, false);
        assertEquals(0.2, body.get("temperature").asDouble());
        assertEquals(0.9, body.get("top_p").asDouble());
        assertEquals(7, body.get("seed").asInt());
        assertEquals(64000, body.get("max_completion_tokens").asInt(), "clamped to top_provider.max_completion_tokens");
    }

    @Test
    void maxTokensParamOn2026_2_6IsSentAsWrittenAndOnlyTemperatureFollows() {
        JsonNode body = body(V2, """
                { agents: { defaults: { model: { primary: "openrouter/anthropic/claude-sonnet-4" },
                  models: { "openrouter/anthropic/claude-sonnet-4": { params: { temperature: 0.5, maxTokens: 100000, topP: 0.9,
                    provider: { order: ["anthropic"] } } } } } } }
                """, null, false);
        assertEquals(100000, body.get("max_completion_tokens").asInt());
        assertEquals(0.5, body.get("temperature").asDouble());
        assertFalse(body.has("top_p"), "2026.2.6 forwards only temperature and maxTokens");
        assertFalse(body.has("provider"), "2026.2.6 does not forward params.provider");
    }

    @Test
    void providerRoutingIsMergedFromProviderAndModelParamsOnTheVerifiedRoute() {
        JsonNode body = body(V9, """
                { agents: { defaults: { model: { primary: "openrouter/anthropic/claude-sonnet-4" },
                  models: { "openrouter/anthropic/claude-sonnet-4": { params: { provider: { order: ["anthropic"] } } } } } },
                  models: { providers: { openrouter: { params: { provider: { allow_fallbacks: false, order: ["bedrock"] } } } } } }
                """, null, false);
        JsonNode routing = body.get("provider");
        assertNotNull(routing);
        assertFalse(routing.get("allow_fallbacks").asBoolean());
        assertEquals("anthropic", routing.get("order").get(0).asText(), "the model's params win over the provider's");
    }

    @Test
    void providerRoutingIsNotSentToARepointedBaseUrl() {
        JsonNode body = body(V9, """
                { agents: { defaults: { model: { primary: "openrouter/anthropic/claude-sonnet-4" },
                  models: { "openrouter/anthropic/claude-sonnet-4": { params: { provider: { order: ["anthropic"] } } } } } },
                  models: { providers: { openrouter: { baseUrl: "https://proxy.example.com/v1", models: [] } } } }
                """, null, false);
        assertFalse(body.has("provider"));
    }

    @Test
    void extraBodyAndParallelToolCallsAreMergedIntoTheBody() {
        JsonNode body = body(V9, """
                { agents: { defaults: { model: { primary: "mycustom/my-model" },
                  models: { "mycustom/my-model": { params: { extra_body: { top_k: 20 }, parallel_tool_calls: false,
                    stop: "END" } } } } },
                  models: { providers: { mycustom: { baseUrl: "https://llm.example.com/v1", api: "openai-completions", apiKey: "x",
                    models: [{ id: "my-model", name: "M" }] } } } }
                """, null, false);
        assertEquals(20, body.get("top_k").asInt());
        assertFalse(body.get("parallel_tool_calls").asBoolean());
        assertEquals("END", body.get("stop").get(0).asText());
    }

    // ------------------------------------------------------------------ custom providers

    @Test
    void customProviderHeadersAreSentWithCredentialsMasked() {
        HttpRequest request = request(V9, """
                { agents: { defaults: { model: { primary: "mycustom/my-model" } } },
                  models: { providers: { mycustom: { baseUrl: "https://llm.example.com/v1/", api: "openai-completions", apiKey: "x",
                    headers: { "X-Team": "alpha", "X-Api-Key": "sk-live-abcdefghijklmnopqrstuvwx" },
                    models: [{ id: "my-model", name: "M", headers: { "X-Team": "beta" } }] } } } }
                """, null, false);
        assertEquals("https://llm.example.com/v1/chat/completions", request.url());
        assertEquals("beta", request.headers().get("x-team"), "the model row's headers win");
        assertEquals("<auth>", request.headers().get("x-api-key"));
        assertFalse(request.headers().containsKey("http-referer"));
    }

    @Test
    void customModelWithoutMaxTokensUsesTheReleaseDefault() {
        String config = """
                { agents: { defaults: { model: { primary: "mycustom/my-model" } } },
                  models: { providers: { mycustom: { baseUrl: "https://llm.example.com/v1", api: "openai-completions", apiKey: "x",
                    models: [{ id: "my-model", name: "M" }] } } } }
                """;
        assertEquals(8192, body(V9, config, null, false).get("max_completion_tokens").asInt());
        assertEquals(16384, body(V2, config, null, false).get("max_completion_tokens").asInt());
        String providerMax = config.replace("apiKey: \"x\",", "apiKey: \"x\", maxTokens: 4000,");
        assertEquals(4000, body(V9, providerMax, null, false).get("max_completion_tokens").asInt());
    }

    @Test
    void reasoningCustomModelGetsDeveloperRoleAndLowEffortOn2026_2_6Only() {
        String config = """
                { agents: { defaults: { model: { primary: "mycustom/thinker" } } },
                  models: { providers: { mycustom: { baseUrl: "https://llm.example.com/v1", api: "openai-completions", apiKey: "x",
                    models: [{ id: "thinker", name: "T", reasoning: true, maxTokens: 50000 }] } } } }
                """;
        JsonNode old = body(V2, config, null, false);
        assertEquals("developer", old.get("messages").get(0).get("role").asText());
        assertEquals("<text:developer>", old.get("messages").get(0).get("content").asText());
        assertEquals("low", old.get("reasoning_effort").asText());
        assertEquals(32000, old.get("max_completion_tokens").asInt());

        JsonNode now = body(V9, config, null, false);
        assertEquals("system", now.get("messages").get(0).get("role").asText(), "proxy-like endpoints take no developer role");
        assertFalse(now.has("reasoning_effort"), "proxy-like endpoints get no reasoning_effort");
        assertFalse(now.has("store"));
        assertFalse(now.has("stream_options"));
        assertEquals("auto", now.get("tool_choice").asText());
    }

    @Test
    void localEndpointKeepsUsageReporting() {
        JsonNode body = body(V9, """
                { agents: { defaults: { model: { primary: "myvllm/qwen" } } },
                  models: { providers: { myvllm: { baseUrl: "http://127.0.0.1:8000/v1", api: "openai-completions", apiKey: "x",
                    models: [{ id: "qwen", name: "Q" }] } } } }
                """, null, false);
        assertTrue(body.get("stream_options").get("include_usage").asBoolean());
        assertFalse(body.has("store"));
    }

    @Test
    void compatOverridesOnTheModelRowWin() {
        JsonNode body = body(V9, """
                { agents: { defaults: { model: { primary: "mycustom/thinker" } } },
                  models: { providers: { mycustom: { baseUrl: "https://llm.example.com/v1", api: "openai-completions", apiKey: "x",
                    models: [{ id: "thinker", name: "T", reasoning: true,
                      compat: { supportsReasoningEffort: true, maxTokensField: "max_tokens", supportsTools: false } }] } } } }
                """, null, false);
        assertEquals("medium", body.get("reasoning_effort").asText(), "default level of a reasoning model");
        assertEquals(8192, body.get("max_tokens").asInt());
        assertFalse(body.has("max_completion_tokens"));
        assertFalse(body.has("tools"));
        assertFalse(body.has("tool_choice"));
        assertEquals(2, body.get("messages").size(), "no internal-context message without tools");
    }

    // ------------------------------------------------------------------ thinking on OpenRouter (2026.9.6)

    private static final String SONNET4 = """
            { agents: { defaults: { model: { primary: "openrouter/anthropic/claude-sonnet-4" } } } }
            """;

    @Test
    void warmGatewayRefusesALevelTheModelDoesNotAdvertise() {
        Explanation e = explain(V9, SONNET4, "xhigh", false);
        assertNull(e.request());
        assertTrue(e.refusal().contains("Thinking level \"xhigh\" is not supported for openrouter/anthropic/claude-sonnet-4."
                + " Use one of: off, minimal, low, medium, high."), e.refusal());
    }

    @Test
    void configuredLevelAboveTheModelsEffortsIsClamped() {
        JsonNode body = body(V9, """
                { agents: { defaults: { model: { primary: "openrouter/anthropic/claude-sonnet-4" }, thinkingDefault: "xhigh" } } }
                """, null, false);
        assertEquals("high", body.get("reasoning").get("effort").asText());
    }

    @Test
    void perModelThinkingParamBeatsTheDefaultsThinkingDefault() {
        JsonNode body = body(V9, """
                { agents: { defaults: { model: { primary: "openrouter/anthropic/claude-sonnet-4" }, thinkingDefault: "high",
                  models: { "openrouter/anthropic/claude-sonnet-4": { params: { thinking: "low" } } } } } }
                """, null, false);
        assertEquals("low", body.get("reasoning").get("effort").asText());
    }

    @Test
    void mandatoryReasoningModelDefaultsToMediumAndCannotBeTurnedOff() {
        String config = "{ agents: { defaults: { model: { primary: \"openrouter/openai/gpt-5\" } } } }";
        JsonNode body = body(V9, config, null, false);
        assertEquals("medium", body.get("reasoning").get("effort").asText());
        assertEquals(128000, body.get("max_completion_tokens").asInt());
        Explanation off = explain(V9, config, "off", false);
        assertNull(off.request());
        assertTrue(off.refusal().contains("Use one of: low, medium, high."), off.refusal());
    }

    @Test
    void modelWithoutAnEffortSelectorGetsAnOnOffReasoningObject() {
        JsonNode body = body(V9, "{ agents: { defaults: { model: { primary: \"openrouter/acme/on-off\" } } } }", null, false);
        assertTrue(body.get("reasoning").get("enabled").asBoolean());
        assertEquals(4096, body.get("max_completion_tokens").asInt());
    }

    @Test
    void nonReasoningModelOnAWarmGatewayRefusesThinkingHigh() {
        Explanation e = explain(V9, "{ agents: { defaults: { model: { primary: \"openrouter/openai/gpt-4o-mini\" } } } }", "high", false);
        assertNull(e.request());
        assertTrue(e.refusal().contains("Use one of: off."), e.refusal());
    }

    @Test
    void modelMissingFromTheListGetsDefaults() {
        JsonNode body = body(V9, "{ agents: { defaults: { model: { primary: \"openrouter/acme/brand-new\" } } } }", null, false);
        assertEquals(8192, body.get("max_completion_tokens").asInt());
        assertFalse(body.has("reasoning"));
        assertTrue(body.has("tools"));
    }

    // ------------------------------------------------------------------ 2026.2.6

    @Test
    void thinkingXhighIsSentAsHighOn2026_2_6() {
        JsonNode body = body(V2, SONNET4, "xhigh", false);
        assertEquals("high", body.get("reasoning_effort").asText());
    }

    @Test
    void unknownOpenRouterModelIsRefusedOn2026_2_6() {
        Explanation e = explain(V2, "{ agents: { defaults: { model: { primary: \"openrouter/acme/brand-new\" } } } }", null, false);
        assertNull(e.request());
        assertTrue(e.refusal().contains("Unknown model: openrouter/acme/brand-new"), e.refusal());
    }

    @Test
    void openRouterAttributionOn2026_2_6FollowsTheProviderIdNotTheHost() {
        HttpRequest request = request(V2, """
                { agents: { defaults: { model: { primary: "openrouter/anthropic/claude-sonnet-4" } } },
                  models: { providers: { openrouter: { baseUrl: "https://proxy.example.com/v1", models: [] } } } }
                """, null, false);
        assertEquals("OpenClaw", request.headers().get("x-title"));
        assertEquals("https://proxy.example.com/v1/chat/completions", request.url());
    }

    private static final String GROQ_QWEN3 = "{ agents: { defaults: { model: { primary: \"groq/qwen/qwen3-32b\" } } } }";

    @Test
    void groqHasItsBuiltInBaseUrl() {
        assertEquals("https://api.groq.com/openai/v1/chat/completions", request(V2, GROQ_QWEN3, null, false).url());
        assertEquals("https://api.groq.com/openai/v1/chat/completions", request(V9, GROQ_QWEN3, null, false).url());
    }

    @Test
    void groqQwen3EffortIsTheLevelBefore2026_3_8AndDefaultFromIt() {
        assertEquals("low", body(V2, GROQ_QWEN3, null, false).get("reasoning_effort").asText());
        JsonNode mapped = body("2026.3.8", GROQ_QWEN3, "high", false);
        assertEquals("default", mapped.get("reasoning_effort").asText());
        // 2026.9.6 treats Groq as a proxy-like endpoint: no effort at all
        String row = "{ agents: { defaults: { model: { primary: \"groq/qwen/qwen3-32b\" } } }, models: { providers: { groq: {"
                + " models: [{ id: \"qwen/qwen3-32b\", name: \"Qwen3\", reasoning: true }] } } } }";
        assertNull(body(V9, row, "high", false).get("reasoning_effort"));
    }

    // ------------------------------------------------------------------ harness

    private static JsonNode body(String version, String config, String thinking, boolean fresh) {
        return request(version, config, thinking, fresh).body();
    }

    private static HttpRequest request(String version, String config, String thinking, boolean fresh) {
        Explanation e = explain(version, config, thinking, fresh);
        assertNotNull(e.request(), () -> "no request: " + e.refusal());
        ObjectNode body = e.request().body();
        assertNotNull(body);
        return e.request();
    }

    private static Explanation explain(String version, String config, String thinking, boolean fresh) {
        Map<String, String> env = Map.of("OPENROUTER_API_KEY", "sk-or-test-123");
        AnalysisResult analyzed = Analyzer.analyzeText("openclaw.json", config,
                AnalysisSettings.defaults().withVersion(version).withEnvironment(env));
        assertFalse(analyzed.diagnostics().stream().anyMatch(d -> d.rule().equals("json5-syntax")),
                () -> analyzed.diagnostics().toString());
        ConfigModel model = analyzed.model();
        RoutePlanner planner = new RoutePlanner(model, env);
        Route route = planner.chain(planner.agentIds().get(0)).get(0);
        return new OpenAiCompletionsBuilder().build(new RequestContext(model, route, thinking, fresh, list, env));
    }
}
