package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.BuiltinRows;
import dev.clawc.config.Route;
import dev.clawc.config.VersionProfile;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5Null;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The first-turn request of an {@code openai-responses} route: OpenAI (api.openai.com), xAI (api.x.ai) and custom
 * Responses endpoints. The release decides the layout through its profile switches and
 * {@code rules/payload/openai-responses.json5}.
 */
public final class OpenAiResponsesBuilder implements BodyBuilder {
    private static final String DATA = "openai-responses.json5";

    @Override
    public Explanation build(RequestContext context) {
        Route route = context.route();
        VersionProfile profile = context.profile();
        JsonNode builtin = NativeModels.catalogEntry(profile, route.provider(), route.upstreamId());
        if (builtin != null && builtin.path("api").isTextual() && !builtin.path("api").asText().equals(route.api())
                && context.config().providers().get(route.provider()) == null) {
            return Explanation.notModelled(route, "OpenClaw " + profile.version() + "'s catalog sends " + route.provider() + "/"
                    + route.upstreamId() + " over `" + builtin.path("api").asText() + "`, not `" + route.api()
                    + "`; clawc's route planner does not model that yet");
        }
        if (BuiltinRows.fate(context.config(), route.provider(), route.upstreamId()) == BuiltinRows.Fate.REFUSED) {
            return Explanation.refused(route, "OpenClaw " + profile.version() + " sends no request: `Provider \"" + route.provider()
                    + "\" requires an explicit base URL before using an OpenAI-compatible API` (a model row under the built-in"
                    + " provider without `api` or `baseUrl`)");
        }
        JsonNode lib = NativePayloadData.library(DATA, profile);
        boolean oc = NativePayloadData.openClawLibrary(profile);
        NativeModels.ModelInfo model = NativeModels.resolve(context);
        FieldNotes notes = new FieldNotes();
        String host = route.host();
        boolean openAiHost = host == null ? route.provider().equals("openai") : host.equals("api.openai.com") || host.endsWith(".api.openai.com");
        boolean nativeOpenAi = route.provider().equals("openai") && openAiHost;
        boolean xaiNative = (route.provider().equals("xai") || route.provider().equals("x-ai"))
                && (host == null || host.equals("api.x.ai"));

        // ---- thinking level
        List<String> releaseLevels = NativePayloadData.strings(lib.path("levels"));
        List<String> supported = releaseLevels;
        if (oc) {
            supported = model.reasoning() ? openAiLevels(lib, model) : List.of("off");
        }
        ThinkingChoice thinking = ThinkingChoice.resolve(context, model, supported, null, releaseLevels);
        if (thinking.refusal() != null) {
            return Explanation.refused(route, thinking.refusal());
        }

        // ---- body
        ObjectNode body = NativePayloadData.NODES.objectNode();
        body.put("model", route.upstreamId());
        ArrayNode input = body.putArray("input");
        boolean split = profile.systemPromptSplit();
        String systemText = split ? ":stable+dynamic" : "";
        String role = model.reasoning() && !"false".equals(model.compat().path("supportsDeveloperRole").asText()) ? "developer" : "system";
        boolean verifiedInstructions = route.provider().equals("openai") && openAiHost || xaiNative;
        JsonNode supportsInstructions = model.compat().path("supportsInstructions");
        boolean instructions = oc && profile.responsesInstructions()
                && (supportsInstructions.isBoolean() ? supportsInstructions.asBoolean() : verifiedInstructions);
        if (!instructions) {
            if (oc) {
                input.addObject().put("type", "message").put("role", role).putArray("content").addObject()
                        .put("type", "input_text").put("text", "<text:" + role + systemText + ">");
            } else {
                input.addObject().put("role", role).put("content", "<text:" + role + systemText + ">");
            }
        }
        ObjectNode prompt = input.addObject();
        if (oc) {
            prompt.put("type", "message");
        }
        prompt.put("role", "user").putArray("content").addObject().put("type", "input_text").put("text", "<text:user:prompt>");
        if (profile.internalContextMessage()) {
            input.addObject().put("type", "message").put("role", "user").putArray("content").addObject()
                    .put("type", "input_text").put("text", "<text:user:internal-context>");
        }
        body.put("stream", true);

        // prompt caching
        String retention = retention(context, oc);
        boolean cacheKey = oc ? (model.compat().path("supportsPromptCacheKey").isBoolean()
                ? model.compat().path("supportsPromptCacheKey").asBoolean() : openAiHost && hostIsHttpsOrDefault(route))
                : true;
        if (cacheKey && !"none".equals(retention)) {
            body.put("prompt_cache_key", "<id:prompt_cache_key>");
        }
        if ("long".equals(retention)) {
            if (!oc) {
                if (route.baseUrl() != null && route.baseUrl().contains("api.openai.com")) {
                    body.put("prompt_cache_retention", "24h");
                }
            } else if (cacheKey && profile.responsesPromptCacheLifetime()) {
                java.util.regex.Matcher v = Pattern.compile("^gpt-(\\d+)(?:\\.(\\d+))?(?:-|$)").matcher(route.upstreamId());
                int major = v.find() ? Integer.parseInt(v.group(1)) : 0;
                int minor = major > 0 && v.group(2) != null ? Integer.parseInt(v.group(2)) : 0;
                if (major > 5 || (major == 5 && minor >= 6)) {
                    body.putObject("prompt_cache_options").put("ttl", "30m");
                } else if (!openAiHost || NativePayloadData.strings(NativePayloadData.file(DATA).path("extendedRetentionModels"))
                        .contains(route.upstreamId().replaceAll("-\\d{4}-\\d{2}-\\d{2}$", ""))) {
                    body.put("prompt_cache_retention", "24h");
                }
            }
        }
        if (instructions) {
            body.put("instructions", "<text:system" + systemText + ">");
        }
        boolean turnMetadata = oc && nativeOpenAi && profile.openaiTurnMetadata();
        if (turnMetadata) {
            body.putObject("metadata").put("openclaw_session_id", "<id:openclaw_session_id>")
                    .put("openclaw_turn_id", "<id:openclaw_turn_id>").put("openclaw_turn_attempt", "1")
                    .put("openclaw_transport", "stream");
        }
        if (!oc) {
            body.put("store", false);
        }

        // max output tokens
        Route.Param maxParam = oc ? NativePayloadData.param(route, "maxTokens", "max_tokens", "maxOutputTokens", "max_output_tokens",
                "maxCompletionTokens", "max_completion_tokens") : NativePayloadData.param(route, "maxTokens");
        BigDecimal maxValue = maxParam == null ? null : NativePayloadData.number(route, maxParam.name());
        Integer requested = maxValue == null || maxValue.signum() <= 0 ? null : maxValue.intValue();
        Integer maxTokens;
        String maxNote;
        if (requested != null) {
            maxTokens = oc ? Math.max(requested, 16) : requested;
            maxNote = "from " + NativePayloadData.source(maxParam);
        } else if (model.maxTokens() != null) {
            int cap = lib.path("outputCap").asInt(0);
            maxTokens = oc || cap == 0 ? Math.max(model.maxTokens(), 16) : Math.min(model.maxTokens(), cap);
            maxNote = oc ? "the model's output limit (" + model.source() + ")"
                    : "min(model limit " + model.maxTokens() + ", " + cap + ") (" + model.source() + ")";
        } else {
            maxTokens = null;
            maxNote = "not sent: no output limit is known for this model";
        }
        if (maxTokens != null) {
            body.put("max_output_tokens", maxTokens);
        }
        BigDecimal temperature = NativePayloadData.number(route, "temperature");
        boolean temperatureOk = !oc || supportsTemperature(lib, model);
        if (temperature != null && temperatureOk) {
            body.set("temperature", NativePayloadData.numberNode(temperature));
        }
        if (oc) {
            BigDecimal topP = NativePayloadData.number(route, "topP", "top_p");
            if (topP != null) {
                body.set("top_p", NativePayloadData.numberNode(topP));
            }
        }
        String serviceTier = null;
        if (oc && nativeOpenAi) {
            String configured = NativePayloadData.text(route, "serviceTier", "service_tier");
            Route.Param fast = NativePayloadData.param(route, "fastMode", "fast_mode");
            if (configured != null && List.of("auto", "default", "flex", "priority").contains(configured.trim().toLowerCase(Locale.ROOT))) {
                serviceTier = configured.trim().toLowerCase(Locale.ROOT);
            } else if (fast != null && fast.value() instanceof Json5Boolean b && b.value()) {
                serviceTier = "priority";
            }
            if (serviceTier != null) {
                body.put("service_tier", serviceTier);
            }
        } else if (!oc) {
            String configured = NativePayloadData.text(route, "serviceTier");
            if (configured != null) {
                serviceTier = configured;
                body.put("service_tier", configured);
            }
        }
        body.set("tools", MessagesTools.responses(profile, false));

        // reasoning
        String effort = null;
        String level = thinking.level();
        if (model.reasoning()) {
            if (!oc) {
                if (!thinking.off()) {
                    effort = level.equals("xhigh") && !containsAny(route.upstreamId(),
                            NativePayloadData.strings(lib.path("xhighIdContains"))) ? "high" : level;
                    body.putObject("reasoning").put("effort", effort).put("summary", "auto");
                    body.putArray("include").add("reasoning.encrypted_content");
                } else if (model.name().startsWith(lib.path("juiceNamePrefix").asText("gpt-5"))) {
                    input.addObject().put("role", "developer").putArray("content").addObject().put("type", "input_text")
                            .put("text", "<text:developer>");
                }
            } else if (!thinking.off()) {
                effort = lib.path("effortForLevel").path(level).asText(level);
                effort = clampEffort(effort, model);
                body.putObject("reasoning").put("effort", effort).put("summary", "auto");
                body.putArray("include").add("reasoning.encrypted_content");
            }
        }
        if (oc) {
            boolean allowsStore = !"false".equals(model.compat().path("supportsStore").asText());
            if (allowsStore) {
                body.put("store", nativeOpenAi && profile.responsesNativeStore());
            }
        }
        boolean gpt5 = oc && route.provider().equals("openai") && profile.openaiGpt5Defaults()
                && Pattern.compile(lib.path("gpt5Pattern").asText()).matcher(route.upstreamId().toLowerCase(Locale.ROOT)).find();
        String verbosity = NativePayloadData.text(route, "textVerbosity", "text_verbosity");
        verbosity = verbosity == null ? null : verbosity.trim().toLowerCase(Locale.ROOT);
        if (verbosity != null && !List.of("low", "medium", "high").contains(verbosity)) {
            verbosity = null; // OpenClaw warns and ignores an invalid value
        }
        if (oc && route.provider().equals("openai") && verbosity == null && gpt5) {
            verbosity = lib.path("gpt5TextVerbosity").asText("low");
        }
        if (oc && route.provider().equals("openai") && verbosity != null) {
            body.putObject("text").put("verbosity", verbosity);
        }
        boolean compaction = false;
        if (oc && nativeOpenAi && profile.responsesServerCompaction() && !isFalse(route.param("responsesServerCompaction"))) {
            BigDecimal configured = NativePayloadData.number(route, "responsesCompactThreshold");
            long threshold = configured != null && configured.signum() > 0 ? configured.longValue() : compactThreshold(lib, model);
            body.putArray("context_management").addObject().put("type", "compaction").put("compact_threshold", threshold);
            compaction = true;
        }
        Route.Param parallel = NativePayloadData.param(route, "parallel_tool_calls", "parallelToolCalls");
        if (oc && parallel != null) {
            if (parallel.value() instanceof Json5Boolean b) {
                body.put("parallel_tool_calls", b.value());
            } else if (!(parallel.value() instanceof Json5Null)) {
                body.set("parallel_tool_calls", NativePayloadData.toJson(parallel.value()));
            }
        } else if (gpt5) {
            body.put("parallel_tool_calls", true);
        }

        // ---- URL and headers
        String base = route.baseUrl() == null ? "https://api.openai.com/v1" : route.baseUrl().trim().replaceAll("/+$", "");
        String url = base + "/responses";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("accept", "application/json");
        headers.put("authorization", "Bearer <auth>");
        headers.put("content-type", "application/json");
        headers.put("user-agent", lib.path("userAgent").asText());
        headers.putAll(model.headers());
        boolean attribution = oc && profile.openaiTurnMetadata() && (nativeOpenAi || xaiNative);
        if (attribution) {
            headers.put("originator", "openclaw");
            headers.put("version", context.config().version().toString());
            headers.put("user-agent", lib.path("attributionUserAgent").asText());
        }
        if (turnMetadata) {
            headers.put("x-client-request-id", "<id>");
            headers.put("x-openclaw-session-id", "<id>");
            headers.put("x-openclaw-turn-attempt", "1");
            headers.put("x-openclaw-turn-id", "<id>");
        }

        // ---- notes
        notes.add("url", (route.customBaseUrl() ? "the configured base URL"
                : "the provider's default base URL") + " + /responses");
        notes.add("header:authorization", (route.provider().equals("openai")
                ? "OPENAI_API_KEY" : route.provider().equals("xai") ? "XAI_API_KEY" : "the provider's API key") + "; never shown");
        if (attribution) {
            notes.add("header:originator", "OpenClaw's attribution headers (originator,"
                    + " version, user-agent) on " + (nativeOpenAi ? "api.openai.com" : "api.x.ai"));
        }
        if (turnMetadata) {
            notes.add("/metadata", "session and turn ids (also as x-openclaw-* headers)"
                    + " on native OpenAI routes; new ids every turn");
        }
        notes.add("/input", instructions
                ? "the system prompt goes in `instructions` on " + (nativeOpenAi ? "api.openai.com" : xaiNative ? "api.x.ai" : "this endpoint")
                : "the system prompt is the first input item, role `" + role + "`" + (model.reasoning() ? " (reasoning model)" : ""));
        notes.add("/max_output_tokens", maxNote);
        if (body.has("prompt_cache_key")) {
            notes.add("/prompt_cache_key", "the session id, for OpenAI's prompt cache"
                    + ("long".equals(retention) ? "; cacheRetention long extends it" : ""));
        } else if ("none".equals(retention)) {
            notes.add("/prompt_cache_key", "not sent: cacheRetention is `none`");
        }
        notes.add("/reasoning", !model.reasoning()
                ? "none: " + model.id() + " is not a reasoning model (" + model.source() + ")"
                : thinking.off() ? "none: thinking is off (" + thinking.source() + ")"
                : "effort `" + effort + "` for thinking level `" + level + "` (" + thinking.source() + ")");
        if (body.has("store")) {
            notes.add("/store", body.path("store").asBoolean()
                    ? "native OpenAI route: OpenClaw keeps responses stored for server-side continuation"
                    : "OpenClaw " + profile.version() + " does not store responses on this route");
        }
        if (body.has("text")) {
            notes.add("/text", route.param("textVerbosity") != null
                    || route.param("text_verbosity") != null ? "from params.textVerbosity" : "OpenClaw's default verbosity for gpt-5 models");
        }
        if (compaction) {
            notes.add("/context_management", "server-side compaction at 70% of the"
                    + " model's context (" + model.contextWindow() + " tokens); params.responsesCompactThreshold overrides it");
        }
        if (temperature != null) {
            notes.add("/temperature", temperatureOk
                    ? "from " + NativePayloadData.source(route.param("temperature"))
                    : "not sent: " + route.upstreamId() + " rejects temperature");
        }
        if (xaiNative) {
            notes.add("/", "xAI's OpenClaw plugin may reshape reasoning and"
                    + " compaction; clawc shows the generic Responses request (UNCERTAIN)");
        }
        if (!model.known()) {
            notes.add("/model", "clawc does not know this model's limits");
        }
        return new Explanation(route, new HttpRequest("POST", url, headers, body),
                notes.list(), null, true, List.of());
    }

    /** The retention the transport sees: params where the release passes them on, else the env default. */
    private static String retention(RequestContext context, boolean oc) {
        Route.Retention r = context.route().retention();
        if (r != null && r.value() != null && !r.ignored()) {
            return r.value();
        }
        String envName = context.profile().cacheRetentionEnv();
        String env = context.env() == null || envName == null ? null : context.env().get(envName);
        return "long".equals(env) ? "long" : "short";
    }

    private static boolean hostIsHttpsOrDefault(Route route) {
        return route.baseUrl() == null || route.baseUrl().trim().toLowerCase(Locale.ROOT).startsWith("https:");
    }

    private static List<String> openAiLevels(JsonNode lib, NativeModels.ModelInfo model) {
        List<String> levels = new ArrayList<>(List.of("off", "minimal", "low", "medium", "high"));
        JsonNode efforts = model.compat().path("supportedReasoningEfforts");
        boolean xhigh = Pattern.compile(lib.path("xhighPattern").asText("$^")).matcher(model.id().toLowerCase(Locale.ROOT)).find();
        boolean max = false;
        if (efforts.isArray()) {
            xhigh = false;
            for (JsonNode e : efforts) {
                xhigh |= e.asText().equals("xhigh");
                max |= e.asText().equals("max");
            }
        }
        JsonNode map = model.thinkingLevelMap();
        if (map.path("off").isNull()) {
            levels.remove("off");
        }
        if (xhigh) {
            levels.add("xhigh");
        }
        if (max) {
            levels.add("max");
        }
        return levels;
    }

    /** Clamps an effort to the model's listed efforts (the highest one not above it), when the catalog lists them. */
    private static String clampEffort(String effort, NativeModels.ModelInfo model) {
        JsonNode efforts = model.compat().path("supportedReasoningEfforts");
        if (!efforts.isArray() || model.supportsEffort(effort)) {
            return effort;
        }
        List<String> order = List.of("none", "minimal", "low", "medium", "high", "xhigh", "max");
        int want = order.indexOf(effort);
        String best = null;
        for (JsonNode e : efforts) {
            int at = order.indexOf(e.asText());
            if (at >= 0 && at <= want && (best == null || at > order.indexOf(best))) {
                best = e.asText();
            }
        }
        return best != null ? best : efforts.get(0).asText();
    }

    private static boolean supportsTemperature(JsonNode lib, NativeModels.ModelInfo model) {
        JsonNode declared = model.compat().path("supportsTemperature");
        if (declared.isBoolean()) {
            return declared.asBoolean();
        }
        return !Pattern.compile(lib.path("noTemperaturePattern").asText("$^")).matcher(model.id().toLowerCase(Locale.ROOT)).find();
    }

    private static long compactThreshold(JsonNode lib, NativeModels.ModelInfo model) {
        Integer cw = model.contextWindow();
        Integer ct = model.contextTokens();
        Integer budget = cw != null && ct != null ? Integer.valueOf(Math.min(cw, ct)) : ct != null ? ct : cw;
        if (budget == null) {
            return lib.path("compactionDefault").asLong(80000);
        }
        return Math.max(lib.path("compactionMin").asLong(1000), (long) budget * lib.path("compactionPercent").asLong(70) / 100);
    }

    private static boolean isFalse(Route.Param p) {
        return p != null && p.value() instanceof Json5Boolean b && !b.value();
    }

    private static boolean containsAny(String id, List<String> needles) {
        for (String n : needles) {
            if (id.contains(n)) {
                return true;
            }
        }
        return false;
    }
}
