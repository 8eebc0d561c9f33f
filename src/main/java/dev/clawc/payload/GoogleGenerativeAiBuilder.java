package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.Route;
import dev.clawc.config.VersionProfile;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The first-turn request of a {@code google-generative-ai} route (Gemini API on generativelanguage.googleapis.com or
 * a compatible endpoint): {@code POST .../models/<id>:streamGenerateContent?alt=sse}. The release decides the layout
 * through its profile switches and {@code rules/payload/google-generative-ai.json5}.
 */
public final class GoogleGenerativeAiBuilder implements BodyBuilder {
    private static final String DATA = "google-generative-ai.json5";

    @Override
    public Explanation build(RequestContext context) {
        Route route = context.route();
        VersionProfile profile = context.profile();
        if (route.baseUrl() == null || route.baseUrl().isBlank()) {
            return Explanation.notModelled(route, "provider `" + route.provider() + "` reaches Gemini through its own OAuth"
                    + " backend (no base URL in the config), which clawc does not model");
        }
        JsonNode lib = NativePayloadData.library(DATA, profile);
        boolean oc = NativePayloadData.openClawLibrary(profile);
        boolean sdk = "genai-sdk".equals(profile.googleTransport());
        NativeModels.ModelInfo model = NativeModels.resolve(context);
        String id = route.upstreamId();
        String lowerId = id.toLowerCase(Locale.ROOT);
        FieldNotes notes = new FieldNotes();

        // ---- thinking level
        List<String> releaseLevels = NativePayloadData.strings(lib.path("levels"));
        List<String> supported = releaseLevels;
        if (oc) {
            supported = model.reasoning() ? List.of("off", "minimal", "low", "medium", "high", "adaptive") : List.of("off");
        }
        ThinkingChoice thinking = ThinkingChoice.resolve(context, model, supported, null, releaseLevels);
        if (thinking.refusal() != null) {
            return Explanation.refused(route, thinking.refusal());
        }

        // ---- body
        ObjectNode body = NativePayloadData.NODES.objectNode();
        ArrayNode contents = body.putArray("contents");
        ObjectNode prompt = contents.addObject();
        prompt.put("role", "user").putArray("parts").addObject().put("text", "<text:user:prompt>");
        if (profile.internalContextMessage()) {
            contents.addObject().put("role", "user").putArray("parts").addObject().put("text", "<text:user:internal-context>");
        }
        ObjectNode generation = NativePayloadData.NODES.objectNode();
        BigDecimal temperature = NativePayloadData.number(route, "temperature");
        if (temperature != null) {
            generation.set("temperature", NativePayloadData.numberNode(temperature));
        }
        Route.Param maxParam = oc ? NativePayloadData.param(route, "maxTokens", "max_tokens", "maxOutputTokens", "max_output_tokens",
                "maxCompletionTokens", "max_completion_tokens") : NativePayloadData.param(route, "maxTokens");
        BigDecimal maxValue = maxParam == null ? null : NativePayloadData.number(route, maxParam.name());
        Integer maxTokens = null;
        String maxNote;
        if (maxValue != null && maxValue.signum() > 0) {
            maxTokens = maxValue.intValue();
            maxNote = "from " + NativePayloadData.source(maxParam);
        } else if (sdk) {
            int cap = lib.path("outputCap").asInt(32000);
            maxTokens = model.maxTokens() == null ? cap : Math.min(model.maxTokens(), cap);
            maxNote = "min(model limit " + (model.maxTokens() == null ? "unknown" : model.maxTokens()) + ", " + cap + ") ("
                    + model.source() + ")";
        } else {
            maxNote = "not sent: OpenClaw " + profile.version() + " sends maxOutputTokens only when params.maxTokens is set"
                    + " (Gemini then uses the model's own limit)";
        }
        if (maxTokens != null) {
            generation.put("maxOutputTokens", maxTokens);
        }
        if (oc) {
            ArrayNode stop = NativePayloadData.stopSequences(route.param("stop") == null ? null : route.param("stop").value());
            if (stop != null) {
                generation.set("stopSequences", stop);
            }
        }
        String thinkingNote;
        ObjectNode thinkingConfig = oc ? openClawThinking(lib, model, lowerId, thinking) : piAiThinking(lib, model, lowerId, thinking);
        if (thinkingConfig != null) {
            generation.set("thinkingConfig", thinkingConfig);
            thinkingNote = thinkingConfig.has("thinkingBudget")
                    ? (thinkingConfig.path("thinkingBudget").asInt() == 0 ? "thinking turned off with a zero budget"
                    : thinkingConfig.path("thinkingBudget").asInt() < 0 ? "dynamic thinking budget"
                    : "a thinking budget of " + thinkingConfig.path("thinkingBudget").asInt() + " tokens")
                    + " for level `" + thinking.level() + "` (" + thinking.source() + ")"
                    : thinkingConfig.has("thinkingLevel") ? "Gemini 3 thinking level " + thinkingConfig.path("thinkingLevel").asText()
                    + " for level `" + thinking.level() + "` (" + thinking.source() + ")"
                    : "thinking at the model's own default (" + thinking.source() + ")";
        } else {
            thinkingNote = !model.reasoning() ? "none: " + id + " is not marked as a reasoning model (" + model.source() + ")"
                    : "none: thinking is off (" + thinking.source() + ")"
                    + (oc && lowerId.contains("gemini-2.5-pro") ? "; gemini-2.5-pro cannot turn thinking off, so nothing is sent" : "");
        }
        if (generation.size() > 0) {
            body.set("generationConfig", generation);
        }
        ObjectNode systemInstruction = body.putObject("systemInstruction");
        systemInstruction.putArray("parts").addObject().put("text", profile.systemPromptSplit()
                ? "<text:system:stable+dynamic>" : "<text:system>");
        if (sdk) {
            systemInstruction.put("role", "user");
        }
        body.set("tools", MessagesTools.gemini(profile, profile.googleToolSchemaField()));

        // ---- URL and headers
        String base = route.baseUrl().trim().replaceAll("/+$", "");
        String modelPath = id.startsWith("models/") || id.startsWith("tunedModels/") ? id : "models/" + id;
        String url = base + "/" + modelPath + ":streamGenerateContent?alt=sse";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        for (Iterator<Map.Entry<String, JsonNode>> it = lib.path("headers").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> h = it.next();
            headers.put(h.getKey(), h.getValue().asText());
        }
        headers.put("x-goog-api-key", "<auth>");
        boolean attribution = oc && profile.googleClientHeader() && "generativelanguage.googleapis.com".equals(route.host());
        if (attribution) {
            for (Iterator<Map.Entry<String, JsonNode>> it = lib.path("attributionHeader").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> h = it.next();
                headers.put(h.getKey(), h.getValue().asText());
            }
        }
        headers.putAll(model.headers());

        // ---- notes
        notes.add("url", (route.customBaseUrl() ? "the configured base URL"
                : "the provider's default base URL") + " + /models/<id>:streamGenerateContent (server-sent events)");
        notes.add("header:x-goog-api-key", "GEMINI_API_KEY (or GOOGLE_API_KEY);"
                + " never shown");
        if (attribution) {
            notes.add("header:x-goog-api-client", "OpenClaw's partner attribution on"
                    + " generativelanguage.googleapis.com");
        }
        notes.add("/generationConfig/thinkingConfig", thinkingNote);
        notes.add("/generationConfig/maxOutputTokens", maxNote);
        notes.add("/systemInstruction", sdk
                ? "the system prompt; the Google SDK tags it with role `user`" : "the system prompt, without a role");
        notes.add("/tools", "function declarations with their schema in `"
                + profile.googleToolSchemaField() + "`");
        if (temperature != null) {
            notes.add("/generationConfig/temperature",
                    "from " + NativePayloadData.source(route.param("temperature")));
        }
        String explicitRetention = NativePayloadData.text(route, "cacheRetention");
        if (oc && ("short".equals(explicitRetention) || "long".equals(explicitRetention))
                && (lowerId.startsWith("gemini-2.5") || lowerId.startsWith("gemini-3"))) {
            notes.add("/cachedContent", "cacheRetention `" + explicitRetention
                    + "`: OpenClaw first creates a cachedContents resource (ttl " + ("long".equals(explicitRetention) ? "3600s" : "300s")
                    + ") holding the stable system prompt and tools, then sends `cachedContent` instead of them; clawc shows the"
                    + " request without that cache (not modelled)");
        }
        if (!model.known()) {
            notes.add("/", "clawc does not know this model's limits");
        }
        return new Explanation(route, new HttpRequest("POST", url, headers, body),
                notes.list(), null, true, List.of());
    }

    /** pi-ai 0.52.7 streamSimpleGoogle + buildParams. */
    private static ObjectNode piAiThinking(JsonNode lib, NativeModels.ModelInfo model, String id, ThinkingChoice thinking) {
        if (thinking.off() || !model.reasoning()) {
            return null;
        }
        String effort = thinking.level().equals("xhigh") ? "high" : thinking.level();
        ObjectNode config = NativePayloadData.NODES.objectNode().put("includeThoughts", true);
        if (id.contains(lib.path("gemini3Pro").asText()) || id.contains(lib.path("gemini3Flash").asText())) {
            JsonNode levels = id.contains(lib.path("gemini3Pro").asText()) ? lib.path("gemini3ProLevels") : lib.path("gemini3FlashLevels");
            config.put("thinkingLevel", levels.path(effort).asText("HIGH"));
            return config;
        }
        for (JsonNode b : lib.path("budgets")) {
            if (id.contains(b.path("idContains").asText())) {
                config.put("thinkingBudget", b.path(effort).asInt());
                return config;
            }
        }
        config.put("thinkingBudget", lib.path("otherBudget").asInt(-1));
        return config;
    }

    /** OpenClaw 2026.9.6 resolveGoogleThinkingConfig. */
    private static ObjectNode openClawThinking(JsonNode lib, NativeModels.ModelInfo model, String id, ThinkingChoice thinking) {
        if (!model.reasoning()) {
            return null;
        }
        boolean pro3 = Pattern.compile(lib.path("gemini3ProPattern").asText()).matcher(id).find();
        boolean flash3 = !pro3 && Pattern.compile(lib.path("gemini3FlashPattern").asText()).matcher(id).find();
        String level = thinking.level();
        ObjectNode config = NativePayloadData.NODES.objectNode();
        if (level.equals("off")) {
            if (pro3 || flash3) {
                return config.put("thinkingLevel", (pro3 ? lib.path("gemini3ProLevels") : lib.path("gemini3FlashLevels")).path("off").asText());
            }
            if (id.contains(lib.path("thinkingRequired").asText())) {
                return null;
            }
            return config.put("thinkingBudget", 0);
        }
        config.put("includeThoughts", true);
        if (level.equals("adaptive")) {
            if (pro3 || flash3) {
                return config;
            }
            if (Pattern.compile(lib.path("gemini25Pattern").asText()).matcher(id).find()) {
                return config.put("thinkingBudget", -1);
            }
        }
        if (pro3 || flash3) {
            return config.put("thinkingLevel", (pro3 ? lib.path("gemini3ProLevels") : lib.path("gemini3FlashLevels")).path(level).asText("HIGH"));
        }
        String effort = level.equals("xhigh") || level.equals("max") ? "high" : level;
        for (JsonNode b : lib.path("budgets")) {
            if (id.contains(b.path("idContains").asText())) {
                JsonNode budget = b.path(effort);
                if (budget.isNumber()) {
                    config.put("thinkingBudget", budget.asInt());
                }
                return config;
            }
        }
        return config;
    }

}
