package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.Nodes;
import dev.clawc.config.Route;
import dev.clawc.config.Route.Marker;
import dev.clawc.config.Route.Where;
import dev.clawc.config.VersionProfile;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first-turn request of an {@code anthropic-messages} route: direct Anthropic, MiniMax and custom
 * Anthropic-compatible providers. Cache markers are placed where the route's {@link Route.CachePlan} says; the
 * release decides the rest through its profile switches and {@code rules/payload/anthropic-messages.json5}.
 */
public final class AnthropicMessagesBuilder implements BodyBuilder {
    private static final String DATA = "anthropic-messages.json5";
    private static final Pattern CLAUDE_TAIL = Pattern.compile("(?:^|[-/])(claude-[^/]+)$");

    @Override
    public Explanation build(RequestContext context) {
        Route route = context.route();
        VersionProfile profile = context.profile();
        if ("anthropic-vertex".equals(route.provider()) || (route.baseUrl() != null && route.baseUrl().contains("{"))) {
            return Explanation.notModelled(route, "Claude on Vertex AI (rawPredict URL, Google credentials) is not modelled yet;"
                    + " clawc shows the route but no body");
        }
        String oauth = context.env() == null ? null : context.env().get("ANTHROPIC_OAUTH_TOKEN");
        if (route.provider().equals("anthropic") && oauth != null && !oauth.isBlank()) {
            return Explanation.notModelled(route, "ANTHROPIC_OAUTH_TOKEN is set: OpenClaw then sends Claude Code OAuth requests"
                    + " (bearer token, Claude Code identity), which clawc does not model");
        }
        JsonNode lib = NativePayloadData.library(DATA, profile);
        boolean oc = NativePayloadData.openClawLibrary(profile);
        NativeModels.ModelInfo model = NativeModels.resolve(context);
        JsonNode family = oc ? family(route.upstreamId()) : NativePayloadData.NODES.objectNode();
        boolean direct = isDirect(route);
        List<FieldNoteBuilder> notes = new ArrayList<>();

        // ---- thinking level
        List<String> releaseLevels = NativePayloadData.strings(lib.path("levels"));
        boolean mandatoryAdaptive = family.path("mandatoryAdaptive").asBoolean(false);
        List<String> supported;
        String profileDefault = null;
        if (!oc) {
            supported = releaseLevels;
        } else if (!model.reasoning() && !mandatoryAdaptive) {
            supported = List.of("off");
        } else {
            supported = NativePayloadData.strings(family.path("levels"));
            profileDefault = family.path("defaultLevel").isTextual() ? family.path("defaultLevel").asText() : null;
        }
        ThinkingChoice thinking = ThinkingChoice.resolve(context, model, supported, profileDefault, releaseLevels);
        if (thinking.refusal() != null) {
            return Explanation.refused(route, thinking.refusal());
        }

        // ---- token limits and thinking shape
        Route.Param maxParam = oc ? NativePayloadData.param(route, "maxTokens", "max_tokens", "maxOutputTokens", "max_output_tokens",
                "maxCompletionTokens", "max_completion_tokens") : NativePayloadData.param(route, "maxTokens");
        BigDecimal maxValue = maxParam == null ? null : NativePayloadData.number(route, maxParam.name());
        Integer requestedMax = maxValue == null || maxValue.signum() <= 0 ? null : maxValue.intValue();
        int outputCap = lib.path("outputCap").asInt(32000);
        int base;
        String maxSource;
        if (requestedMax != null) {
            base = requestedMax;
            maxSource = "from " + NativePayloadData.source(maxParam);
        } else if (model.maxTokens() != null) {
            boolean full = oc && family.path("fullMaxTokens").asBoolean(false);
            base = full ? model.maxTokens() : Math.min(model.maxTokens(), outputCap);
            maxSource = full ? "the model's full output limit (" + model.maxTokens() + ", " + model.source() + ")"
                    : "min(model limit " + model.maxTokens() + ", " + outputCap + ")" + " (" + model.source()
                            + (model.maxTokensDefaulted() ? ", which sets no maxTokens: OpenClaw's default for configured models" : "") + ")";
        } else if (oc) {
            int fallback = lib.path("defaultMaxTokens").asInt(4096);
            base = model.contextWindow() == null ? fallback : Math.max(1, Math.min(fallback, model.contextWindow() / 4));
            maxSource = "no model limit is known, so the transport default (" + base + ")";
        } else {
            base = outputCap;
            maxSource = "no model limit is known; clawc assumes " + outputCap;
        }
        int maxTokens = base;
        int modelMax = model.maxTokens() != null ? model.maxTokens() : base;
        boolean thinkingOn;
        boolean adaptive;
        Integer budget = null;
        String effort = null;
        String level = thinking.level();
        if (oc) {
            if (level.equals("off") && mandatoryAdaptive) {
                level = "low";
            }
            adaptive = family.path("adaptive").asBoolean(false);
            if (level.equals("off")) {
                thinkingOn = false;
            } else if (adaptive) {
                thinkingOn = true;
                effort = claudeEffort(family, level);
            } else {
                String budgetLevel = level.equals("max") || level.equals("xhigh") ? "high" : level.equals("adaptive") ? "high" : level;
                int b = lib.path("thinkingBudgets").path(budgetLevel).asInt(1024);
                maxTokens = Math.min(base + b, modelMax);
                if (maxTokens <= b) {
                    b = Math.max(0, maxTokens - 1024);
                }
                thinkingOn = b >= 1024;
                budget = thinkingOn ? b : null;
            }
        } else {
            adaptive = containsAny(route.upstreamId(), NativePayloadData.strings(lib.path("adaptiveIdContains")));
            thinkingOn = !level.equals("off");
            if (thinkingOn && adaptive) {
                effort = lib.path("adaptiveEffort").path(level).asText("high");
            } else if (thinkingOn) {
                String budgetLevel = level.equals("xhigh") ? "high" : level;
                int b = lib.path("thinkingBudgets").path(budgetLevel).asInt(1024);
                maxTokens = Math.min(base + b, modelMax);
                if (maxTokens <= b) {
                    b = Math.max(0, maxTokens - 1024);
                }
                budget = b;
            }
        }

        // ---- body
        ObjectNode body = NativePayloadData.NODES.objectNode();
        String modelId = route.upstreamId();
        if (oc && direct && modelId.toLowerCase(Locale.ROOT).startsWith("anthropic/")) {
            modelId = modelId.substring("anthropic/".length());
        }
        body.put("model", modelId);
        ArrayNode messages = body.putArray("messages");
        ObjectNode marker = marker(route, Where.LAST_USER);
        boolean split = profile.systemPromptSplit();
        ObjectNode prompt = messages.addObject().put("role", "user");
        if (marker != null || !split) {
            ObjectNode part = prompt.putArray("content").addObject().put("type", "text").put("text", "<text:user:prompt>");
            if (marker != null) {
                part.set("cache_control", marker);
            }
        } else {
            prompt.put("content", "<text:user:prompt>");
        }
        if (profile.internalContextMessage()) {
            messages.addObject().put("role", "user").putArray("content").addObject().put("type", "text")
                    .put("text", "<text:user:internal-context>");
        }
        body.put("max_tokens", maxTokens);
        body.put("stream", true);
        boolean serverFallback = oc && direct && family.path("serverFallback").asBoolean(false);
        if (serverFallback) {
            body.put("fallbacks", "default");
        }
        ArrayNode system = body.putArray("system");
        ObjectNode systemMarker = marker(route, Where.SYSTEM);
        if (!split) {
            ObjectNode block = system.addObject().put("type", "text").put("text", "<text:system>");
            if (systemMarker != null) {
                block.set("cache_control", systemMarker);
            }
        } else if (systemMarker != null) {
            system.addObject().put("type", "text").put("text", "<text:system:stable>").set("cache_control", systemMarker);
            system.addObject().put("type", "text").put("text", "<text:system:dynamic>");
        } else {
            system.addObject().put("type", "text").put("text", "<text:system:stable+dynamic>");
        }
        BigDecimal temperature = NativePayloadData.number(route, "temperature");
        boolean defaultSampling = oc && (family.path("defaultSampling").asBoolean(false));
        if (temperature != null && (!oc || (!thinkingOn && !family.path("nativeXhigh").asBoolean(false) && !defaultSampling))) {
            body.set("temperature", NativePayloadData.numberNode(temperature));
        }
        if (oc) {
            JsonNode stop = NativePayloadData.stopSequences(route.param("stop") == null ? null : route.param("stop").value());
            if (stop != null) {
                body.set("stop_sequences", stop);
            }
        }
        body.set("tools", MessagesTools.anthropic(profile, marker(route, Where.LAST_TOOL)));
        boolean thinkingBlock = oc ? (mandatoryAdaptive || model.reasoning() || adaptive) : model.reasoning() && thinkingOn;
        boolean bindingControls = false;
        if (thinkingBlock) {
            if (thinkingOn && adaptive) {
                ObjectNode t = body.putObject("thinking").put("type", "adaptive");
                if (oc) {
                    t.put("display", "summarized");
                    if (direct && profile.anthropicThinkingBinding()) {
                        t.putObject("block_binding").put("prefix_mismatch_behavior", "drop_block");
                        bindingControls = true;
                    }
                }
                if (effort != null) {
                    body.putObject("output_config").put("effort", effort);
                }
            } else if (thinkingOn) {
                body.putObject("thinking").put("type", "enabled").put("budget_tokens", budget == null || budget == 0 ? 1024 : budget);
            } else if (oc) {
                body.putObject("thinking").put("type", "disabled");
            }
        }
        boolean contextManagement = oc && direct && profile.anthropicContextManagement() && contextPruningOn(context);
        if (contextManagement) {
            JsonNode tc = lib.path("toolClearing");
            long cw = model.contextWindow() == null ? 0 : model.contextWindow();
            ObjectNode edit = body.putObject("context_management").putArray("edits").addObject();
            edit.put("type", "clear_tool_uses_20250919");
            edit.putObject("trigger").put("type", "input_tokens")
                    .put("value", Math.max(tc.path("triggerMin").asLong(), cw * tc.path("triggerPercent").asLong() / 100));
            edit.putObject("keep").put("type", "tool_uses").put("value", tc.path("keepToolUses").asInt(3));
            edit.putObject("clear_at_least").put("type", "input_tokens")
                    .put("value", Math.max(tc.path("clearAtLeastMin").asLong(), cw * tc.path("clearAtLeastPercent").asLong() / 100));
            ArrayNode exclude = edit.putArray("exclude_tools");
            for (String name : excludedTools(context)) {
                exclude.add(name);
            }
            edit.put("clear_tool_inputs", false);
        }
        String serviceTier = null;
        boolean fastSpeed = false;
        if (oc && direct && profile.anthropicStandardOnlyTier()) {
            String kind = family.path("serviceTier").asText("priority");
            String configured = NativePayloadData.text(route, "serviceTier", "service_tier");
            configured = configured == null ? null : configured.trim().toLowerCase(Locale.ROOT);
            boolean validTier = "auto".equals(configured) || "standard_only".equals(configured);
            Boolean fast = fastMode(route);
            if (kind.equals("priority")) {
                serviceTier = validTier ? configured : Boolean.TRUE.equals(fast) ? "auto" : "standard_only";
            } else if (kind.equals("native-fast") && !validTier && Boolean.TRUE.equals(fast)) {
                fastSpeed = true;
            }
        }
        if (fastSpeed) {
            body.put("speed", "fast");
        }
        if (serviceTier != null) {
            body.put("service_tier", serviceTier);
        }

        // ---- URL and headers
        String url = messagesUrl(route, oc, context);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("accept", "application/json");
        headers.put("anthropic-dangerous-direct-browser-access", "true");
        headers.put("anthropic-version", "2023-06-01");
        headers.put("content-type", "application/json");
        headers.put("user-agent", lib.path("userAgent").asText());
        headers.put("x-api-key", "<auth>");
        String betaNote;
        List<String> betas = new ArrayList<>();
        boolean betasApply = (!oc || direct || !profile.anthropicBetasDirectOnly()) && profile.anthropicTransportBetas();
        if (betasApply) {
            betas.addAll(NativePayloadData.strings(lib.path("betas")));
            if (oc && !adaptive) {
                betas.add(lib.path("interleavedBeta").asText());
            }
            if (serverFallback) {
                betas.add(lib.path("serverFallbackBeta").asText());
            }
        }
        headers.putAll(model.headers());
        List<String> configuredBetas = oc ? configuredBetas(route) : List.of();
        if (!configuredBetas.isEmpty()) {
            Set<String> merged = new LinkedHashSet<>(List.of("fine-grained-tool-streaming-2025-05-14", "interleaved-thinking-2025-05-14"));
            merged.addAll(configuredBetas);
            betas = new ArrayList<>(merged);
        } else if (model.headers().containsKey("anthropic-beta")) {
            betas = new ArrayList<>(List.of(model.headers().get("anthropic-beta").split("\\s*,\\s*")));
        }
        if (contextManagement) {
            betas.add(lib.path("contextManagementBeta").asText());
        }
        if (bindingControls) {
            betas.add(lib.path("thinkingBindingBeta").asText());
        }
        if (fastSpeed) {
            betas.add("fast-mode-2026-02-01");
        }
        if (!profile.anthropicFineGrainedBeta() && configuredBetas.isEmpty()) {
            betas.remove("fine-grained-tool-streaming-2025-05-14"); // pi-ai 0.69+ streams tool input without it
        }
        betas = new ArrayList<>(new LinkedHashSet<>(betas));
        if (!betas.isEmpty()) {
            headers.put("anthropic-beta", String.join(",", betas));
            betaNote = (oc ? (direct ? "direct Anthropic requests carry the transport's betas"
                    : "OpenClaw " + profile.version() + " sends implicit betas to custom endpoints too")
                    : "OpenClaw " + profile.version() + " (pi-ai) sends these betas on every Anthropic Messages request")
                    + (contextManagement ? "; context-management because of `context_management`" : "")
                    + (bindingControls ? "; thinking-binding-controls because of adaptive thinking" : "")
                    + (!configuredBetas.isEmpty() ? "; merged with params.anthropicBeta" : "");
        } else {
            headers.remove("anthropic-beta");
            betaNote = null;
        }

        // ---- notes
        notes.add(new FieldNoteBuilder("url", urlNote(route, oc, url) + (!oc && route.baseUrl() != null
                && route.baseUrl().trim().replaceAll("/+$", "").endsWith("/v1") && context.profile().anthropicBaseUrlV1Stripped()
                ? " (OpenClaw " + context.profile().version() + " drops the base URL's trailing `/v1` first)" : "")));
        notes.add(new FieldNoteBuilder("header:x-api-key", route.provider().equals("anthropic")
                ? "ANTHROPIC_API_KEY (or an auth profile); never shown" : "the provider's API key; never shown"));
        if (betaNote != null) {
            notes.add(new FieldNoteBuilder("header:anthropic-beta", betaNote));
        } else if (oc && !direct) {
            notes.add(new FieldNoteBuilder("header:anthropic-beta", "none: OpenClaw " + profile.version()
                    + " sends implicit betas only to api.anthropic.com; set models.providers." + route.provider()
                    + ".headers[\"anthropic-beta\"] if the endpoint needs them"));
        }
        notes.add(new FieldNoteBuilder("/max_tokens", maxTokens == base ? maxSource
                : maxSource + " plus the thinking budget, capped at the model limit " + modelMax));
        notes.add(new FieldNoteBuilder("/thinking", thinkingNote(thinking, level, thinkingOn, adaptive, budget, effort, model, oc)));
        cacheNotes(route, notes);
        if (temperature != null && !body.has("temperature")) {
            notes.add(new FieldNoteBuilder("/temperature", "not sent: " + NativePayloadData.source(route.param("temperature"))
                    + (thinkingOn ? " is dropped while extended thinking is on" : " is not accepted by this model")));
        } else if (temperature != null) {
            notes.add(new FieldNoteBuilder("/temperature", "from " + NativePayloadData.source(route.param("temperature"))));
        }
        if (contextManagement) {
            notes.add(new FieldNoteBuilder("/context_management", "server-side tool-result clearing: agents.defaults.contextPruning"
                    + " defaults to mode `cache-ttl` for Anthropic API keys; thresholds from the context window ("
                    + (model.contextWindow() == null ? "unknown" : model.contextWindow()) + " tokens)"));
        }
        if (serviceTier != null) {
            notes.add(new FieldNoteBuilder("/service_tier", NativePayloadData.text(route, "serviceTier", "service_tier") != null
                    ? "from params.serviceTier" : serviceTier.equals("auto") ? "fast mode is on (params.fastMode): priority tier allowed"
                    : "fast mode is off (the default), so OpenClaw asks for the standard tier only"));
        }
        if (serverFallback) {
            notes.add(new FieldNoteBuilder("/fallbacks", "Anthropic's server-side refusal fallback, sent for this model family on"
                    + " direct requests (UNCERTAIN: not in the oracle captures)"));
        }
        if (route.provider().startsWith("minimax")) {
            notes.add(new FieldNoteBuilder("/", "MiniMax's own OpenClaw plugin may reshape thinking and fast mode; clawc shows the"
                    + " Anthropic transport's request (UNCERTAIN)"));
        }
        if (!model.known()) {
            notes.add(new FieldNoteBuilder("/model", "clawc does not know this model's limits; max_tokens and thinking are estimates"));
        }
        return new Explanation(route, new HttpRequest("POST", url, headers, body), FieldNoteBuilder.build(notes), null, true, List.of());
    }

    // ------------------------------------------------------------------ helpers

    /** The cache_control object for a plan marker, or null when the plan has none there. */
    static ObjectNode marker(Route route, Where where) {
        for (Marker m : route.cache().markers()) {
            if (m.where() == where) {
                ObjectNode cc = NativePayloadData.NODES.objectNode().put("type", "ephemeral");
                if (m.ttl() != null) {
                    cc.put("ttl", m.ttl());
                }
                return cc;
            }
        }
        return null;
    }

    static JsonNode family(String modelId) {
        String normalized = modelId.trim().toLowerCase(Locale.ROOT);
        if (normalized.startsWith("anthropic/")) {
            normalized = normalized.substring("anthropic/".length());
        }
        normalized = normalized.replaceAll("[._\\s]+", "-");
        Matcher tail = CLAUDE_TAIL.matcher(normalized);
        String identity = tail.find() ? tail.group(1) : normalized;
        for (JsonNode f : NativePayloadData.file(DATA).path("families")) {
            String pattern = f.path("pattern").asText();
            if (pattern.isEmpty() || Pattern.compile(pattern).matcher(identity).find()) {
                return f;
            }
        }
        return NativePayloadData.NODES.objectNode();
    }

    /** OpenClaw's resolveAnthropicThinkingEffort: a thinking level as output_config.effort. */
    static String claudeEffort(JsonNode family, String level) {
        boolean xhigh = family.path("nativeXhigh").asBoolean(false);
        boolean max = family.path("nativeMax").asBoolean(false);
        List<String> levels = NativePayloadData.strings(family.path("levels"));
        String resolved = levels.isEmpty() || levels.contains(level) ? level : ThinkingChoice.nearest(level, levels, null);
        switch (resolved) {
            case "off":
            case "minimal":
            case "low":
                return "low";
            case "medium":
                return "medium";
            case "xhigh":
                return xhigh ? "xhigh" : "high";
            case "max":
                return max ? "max" : "high";
            default:
                return "high";
        }
    }

    /** Provider anthropic on api.anthropic.com (OpenClaw's isDirectAnthropicModel). */
    static boolean isDirect(Route route) {
        return route.provider().equals("anthropic") && (route.host() == null || route.host().equals("api.anthropic.com"));
    }

    private static String messagesUrl(Route route, boolean oc, RequestContext context) {
        String base = route.baseUrl();
        if (base == null || base.isBlank()) {
            String env = context.env() == null ? null : context.env().get("ANTHROPIC_BASE_URL");
            base = env != null && !env.isBlank() ? env.trim() : "https://api.anthropic.com";
        }
        String trimmed = base.trim().replaceAll("/+$", "");
        if (oc && trimmed.endsWith("/v1")) {
            return trimmed + "/messages";
        }
        if (trimmed.endsWith("/v1") && context.profile().anthropicBaseUrlV1Stripped()) {
            return trimmed.substring(0, trimmed.length() - 3) + "/v1/messages"; // normalizeAnthropicBaseUrl drops the `/v1`
        }
        return trimmed + "/v1/messages";
    }

    private static String urlNote(Route route, boolean oc, String url) {
        String from = route.customBaseUrl() ? "the configured base URL" : "the provider's default base URL";
        return from + " + " + (oc && url.endsWith("/v1/messages") && route.baseUrl() != null
                && route.baseUrl().replaceAll("/+$", "").endsWith("/v1") ? "/messages" : "/v1/messages");
    }

    private static boolean contextPruningOn(RequestContext context) {
        Json5Object pruning = Nodes.object(context.config().root(), "agents", "defaults", "contextPruning");
        String mode = pruning == null ? null : Nodes.string(pruning.get("mode"));
        return mode == null || mode.equals("cache-ttl");
    }

    /** Literal tool names of agents.defaults.contextPruning.tools.deny (patterns are not expanded). */
    private static Set<String> excludedTools(RequestContext context) {
        Set<String> out = new TreeSet<>();
        Json5Value deny = Nodes.at(context.config().root(), "agents", "defaults", "contextPruning", "tools", "deny");
        if (deny instanceof Json5Array a) {
            for (Json5Value v : a.elements()) {
                if (v instanceof Json5String s && !s.value().isBlank() && !s.value().contains("*")) {
                    out.add(s.value().trim());
                }
            }
        }
        return out;
    }

    private static Boolean fastMode(Route route) {
        Route.Param p = NativePayloadData.param(route, "fastMode", "fast_mode");
        if (p == null) {
            return null;
        }
        if (p.value() instanceof dev.clawc.json5.Json5Boolean b) {
            return b.value();
        }
        if (p.value() instanceof Json5String s) {
            String v = s.value().trim().toLowerCase(Locale.ROOT);
            return v.equals("on") || v.equals("true") || v.equals("fast") ? Boolean.TRUE
                    : v.equals("off") || v.equals("false") ? Boolean.FALSE : null;
        }
        return null;
    }

    private static List<String> configuredBetas(Route route) {
        Route.Param p = route.param("anthropicBeta");
        List<String> out = new ArrayList<>();
        if (p == null) {
            return out;
        }
        List<Json5Value> values = p.value() instanceof Json5Array a ? a.elements() : List.of(p.value());
        for (Json5Value v : values) {
            if (v instanceof Json5String s) {
                for (String beta : s.value().split(",")) {
                    String b = beta.trim();
                    if (!b.isEmpty() && !b.equals("context-1m-2025-08-07")) {
                        out.add(b);
                    }
                }
            }
        }
        return out;
    }


    private static boolean containsAny(String id, List<String> needles) {
        for (String n : needles) {
            if (id.contains(n)) {
                return true;
            }
        }
        return false;
    }

    private static String thinkingNote(ThinkingChoice t, String level, boolean on, boolean adaptive, Integer budget,
            String effort, NativeModels.ModelInfo model, boolean oc) {
        if (!on) {
            if (!model.reasoning() && !adaptive) {
                return "no thinking: " + model.id() + " is not marked as a reasoning model (" + model.source() + ")";
            }
            return "thinking off (" + t.source() + ")" + (oc ? ": OpenClaw sends {type: disabled}" : "");
        }
        if (adaptive) {
            return "adaptive thinking at effort `" + effort + "` for level `" + level + "` (" + t.source() + ")";
        }
        return "a thinking budget of " + budget + " tokens for level `" + level + "` (" + t.source() + ")";
    }

    static void cacheNotes(Route route, List<FieldNoteBuilder> notes) {
        Route.Retention r = route.retention();
        String why = String.join("; ", route.cache().reasons());
        if (route.cache().sendsMarkers()) {
            String ttl = route.cache().markers().get(0).ttl();
            Where first = route.cache().markers().get(0).where();
            notes.add(new FieldNoteBuilder(first == Where.SYSTEM ? "/system/0/cache_control"
                    : first == Where.LAST_USER ? "/messages/0/content/0/cache_control" : "/tools", route.cache().markers().size() + " cache marker(s)"
                    + (ttl != null ? " with ttl " + ttl : "") + ": " + why
                    + (r != null && r.value() != null ? "; retention `" + r.value() + "` from " + retentionSource(r) : "")));
        } else {
            notes.add(new FieldNoteBuilder("/system", "no cache markers" + (why.isEmpty() ? "" : ": " + why)));
        }
    }

    private static String retentionSource(Route.Retention r) {
        return r.param() != null ? NativePayloadData.source(r.param()) : r.source();
    }

    /** Collects margin notes in order; one note per field (later notes on the same field are appended). */
    record FieldNoteBuilder(String field, String reason) {
        static List<Explanation.FieldNote> build(List<FieldNoteBuilder> notes) {
            Map<String, String> merged = new LinkedHashMap<>();
            for (FieldNoteBuilder n : notes) {
                if (n.reason() == null || n.reason().isBlank()) {
                    continue;
                }
                merged.merge(n.field(), n.reason(), (a, b) -> a + "; " + b);
            }
            List<Explanation.FieldNote> out = new ArrayList<>();
            merged.forEach((f, r) -> out.add(new Explanation.FieldNote(f, r)));
            return out;
        }
    }
}
