package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.Route;
import dev.clawc.config.VersionProfile;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5Null;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JSON body of an {@code openai-responses} request, fields in the order the transport writes them. */
final class ResponsesBody {
    private static final Pattern GPT_VERSION = Pattern.compile("^gpt-(\\d+)(?:\\.(\\d+))?(?:-|$)");

    private ResponsesBody() {
    }

    static ObjectNode build(NativeInputs in, ResponsesHost host, ResponsesOptions options, ResponsesThinking thinking) {
        VersionProfile profile = in.profile();
        boolean gpt5 = in.oc() && in.route().provider().equals("openai") && profile.openaiGpt5Defaults()
                && Pattern.compile(in.lib().path("gpt5Pattern").asText()).matcher(in.route().upstreamId().toLowerCase(Locale.ROOT)).find();
        ObjectNode body = NativePayloadData.NODES.objectNode();
        body.put("model", in.route().upstreamId());
        ArrayNode input = input(body.putArray("input"), in, options);
        body.put("stream", true);
        promptCache(body, in, host, options.retention());
        if (options.instructions()) {
            body.put("instructions", "<text:system" + systemText(profile) + ">");
        }
        if (options.turnMetadata()) {
            body.putObject("metadata").put("openclaw_session_id", "<id:openclaw_session_id>")
                    .put("openclaw_turn_id", "<id:openclaw_turn_id>").put("openclaw_turn_attempt", "1")
                    .put("openclaw_transport", "stream");
        }
        if (!in.oc()) {
            body.put("store", false);
        }
        if (options.limit().tokens() != null) {
            body.put("max_output_tokens", options.limit().tokens());
        }
        sampling(body, in, options);
        serviceTier(body, in, host);
        body.set("tools", MessagesTools.responses(profile, false));
        reasoning(body, input, in, thinking);
        if (in.oc() && !"false".equals(in.model().compat().path("supportsStore").asText())) {
            body.put("store", host.nativeOpenAi() && profile.responsesNativeStore());
        }
        verbosity(body, in, gpt5);
        if (options.compaction()) {
            BigDecimal configured = NativePayloadData.number(in.route(), "responsesCompactThreshold");
            long threshold = configured != null && configured.signum() > 0 ? configured.longValue() : compactThreshold(in);
            body.putArray("context_management").addObject().put("type", "compaction").put("compact_threshold", threshold);
        }
        parallelToolCalls(body, in, gpt5);
        return body;
    }

    private static String systemText(VersionProfile profile) {
        return profile.systemPromptSplit() ? ":stable+dynamic" : "";
    }

    /** The system prompt (unless it goes in `instructions`), the prompt, and the internal context. */
    private static ArrayNode input(ArrayNode input, NativeInputs in, ResponsesOptions options) {
        String role = options.systemRole();
        String system = "<text:" + role + systemText(in.profile()) + ">";
        if (!options.instructions()) {
            if (in.oc()) {
                input.addObject().put("type", "message").put("role", role).putArray("content").addObject()
                        .put("type", "input_text").put("text", system);
            } else {
                input.addObject().put("role", role).put("content", system);
            }
        }
        ObjectNode prompt = input.addObject();
        if (in.oc()) {
            prompt.put("type", "message");
        }
        prompt.put("role", "user").putArray("content").addObject().put("type", "input_text").put("text", "<text:user:prompt>");
        if (in.profile().internalContextMessage()) {
            input.addObject().put("type", "message").put("role", "user").putArray("content").addObject()
                    .put("type", "input_text").put("text", "<text:user:internal-context>");
        }
        return input;
    }

    /** prompt_cache_key, and for a long retention the extended retention (or, for gpt-5.6 on, a 30-minute ttl). */
    private static void promptCache(ObjectNode body, NativeInputs in, ResponsesHost host, String retention) {
        Route route = in.route();
        JsonNode compat = in.model().compat();
        boolean cacheKey = !in.oc() || (compat.path("supportsPromptCacheKey").isBoolean()
                ? compat.path("supportsPromptCacheKey").asBoolean() : host.openAi() && host.httpsOrDefault());
        if (cacheKey && !"none".equals(retention)) {
            body.put("prompt_cache_key", "<id:prompt_cache_key>");
        }
        if (!"long".equals(retention)) {
            return;
        }
        if (!in.oc()) {
            if (route.baseUrl() != null && route.baseUrl().contains("api.openai.com")) {
                body.put("prompt_cache_retention", "24h");
            }
        } else if (cacheKey && in.profile().responsesPromptCacheLifetime()) {
            Matcher v = GPT_VERSION.matcher(route.upstreamId());
            int major = v.find() ? Integer.parseInt(v.group(1)) : 0;
            int minor = major > 0 && v.group(2) != null ? Integer.parseInt(v.group(2)) : 0;
            if (major > 5 || (major == 5 && minor >= 6)) {
                body.putObject("prompt_cache_options").put("ttl", "30m");
            } else if (!host.openAi() || NativePayloadData.strings(NativePayloadData.file(OpenAiResponsesBuilder.DATA)
                    .path("extendedRetentionModels")).contains(route.upstreamId().replaceAll("-\\d{4}-\\d{2}-\\d{2}$", ""))) {
                body.put("prompt_cache_retention", "24h");
            }
        }
    }

    private static void sampling(ObjectNode body, NativeInputs in, ResponsesOptions options) {
        BigDecimal temperature = NativePayloadData.number(in.route(), "temperature");
        if (temperature != null && options.temperatureOk()) {
            body.set("temperature", NativePayloadData.numberNode(temperature));
        }
        if (in.oc()) {
            BigDecimal topP = NativePayloadData.number(in.route(), "topP", "top_p");
            if (topP != null) {
                body.set("top_p", NativePayloadData.numberNode(topP));
            }
        }
    }

    /** service_tier: OpenClaw's library on native OpenAI (a valid params.serviceTier, or priority in fast mode); pi-ai as configured. */
    private static void serviceTier(ObjectNode body, NativeInputs in, ResponsesHost host) {
        Route route = in.route();
        if (in.oc() && host.nativeOpenAi()) {
            String configured = NativePayloadData.text(route, "serviceTier", "service_tier");
            Route.Param fast = NativePayloadData.param(route, "fastMode", "fast_mode");
            if (configured != null && List.of("auto", "default", "flex", "priority").contains(configured.trim().toLowerCase(Locale.ROOT))) {
                body.put("service_tier", configured.trim().toLowerCase(Locale.ROOT));
            } else if (fast != null && fast.value() instanceof Json5Boolean b && b.value()) {
                body.put("service_tier", "priority");
            }
        } else if (!in.oc()) {
            String configured = NativePayloadData.text(route, "serviceTier");
            if (configured != null) {
                body.put("service_tier", configured);
            }
        }
    }

    /** reasoning and its encrypted content; pi-ai asks gpt-5 models not to reason with a developer line instead. */
    private static void reasoning(ObjectNode body, ArrayNode input, NativeInputs in, ResponsesThinking thinking) {
        if (thinking.effort() != null) {
            body.putObject("reasoning").put("effort", thinking.effort()).put("summary", "auto");
            body.putArray("include").add("reasoning.encrypted_content");
        } else if (!in.oc() && in.model().reasoning() && in.model().name().startsWith(in.lib().path("juiceNamePrefix").asText("gpt-5"))) {
            input.addObject().put("role", "developer").putArray("content").addObject().put("type", "input_text")
                    .put("text", "<text:developer>");
        }
    }

    /** text.verbosity: params.textVerbosity (low, medium or high), else OpenClaw's default for gpt-5 on provider openai. */
    private static void verbosity(ObjectNode body, NativeInputs in, boolean gpt5) {
        if (!in.oc() || !in.route().provider().equals("openai")) {
            return;
        }
        String verbosity = NativePayloadData.text(in.route(), "textVerbosity", "text_verbosity");
        verbosity = verbosity == null ? null : verbosity.trim().toLowerCase(Locale.ROOT);
        if (verbosity != null && !List.of("low", "medium", "high").contains(verbosity)) {
            verbosity = null; // OpenClaw warns and ignores an invalid value
        }
        if (verbosity == null && gpt5) {
            verbosity = in.lib().path("gpt5TextVerbosity").asText("low");
        }
        if (verbosity != null) {
            body.putObject("text").put("verbosity", verbosity);
        }
    }

    /** 70% of the model's context (or token budget), at least the release's minimum. */
    private static long compactThreshold(NativeInputs in) {
        JsonNode lib = in.lib();
        Integer cw = in.model().contextWindow();
        Integer ct = in.model().contextTokens();
        Integer budget = cw != null && ct != null ? Integer.valueOf(Math.min(cw, ct)) : ct != null ? ct : cw;
        if (budget == null) {
            return lib.path("compactionDefault").asLong(80000);
        }
        return Math.max(lib.path("compactionMin").asLong(1000), (long) budget * lib.path("compactionPercent").asLong(70) / 100);
    }

    private static void parallelToolCalls(ObjectNode body, NativeInputs in, boolean gpt5) {
        Route.Param parallel = NativePayloadData.param(in.route(), "parallel_tool_calls", "parallelToolCalls");
        if (in.oc() && parallel != null) {
            if (parallel.value() instanceof Json5Boolean b) {
                body.put("parallel_tool_calls", b.value());
            } else if (!(parallel.value() instanceof Json5Null)) {
                body.set("parallel_tool_calls", NativePayloadData.toJson(parallel.value()));
            }
        } else if (gpt5) {
            body.put("parallel_tool_calls", true);
        }
    }
}
