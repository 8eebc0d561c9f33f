package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.Nodes;
import dev.clawc.config.Route;
import dev.clawc.config.Route.Where;
import dev.clawc.config.VersionProfile;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The JSON body of an {@code anthropic-messages} request, fields in the order the transport writes them. */
final class AnthropicBody {

    private AnthropicBody() {
    }

    static ObjectNode build(AnthropicInputs in, AnthropicThinking thinking, AnthropicOptions options) {
        ObjectNode body = NativePayloadData.NODES.objectNode();
        body.put("model", modelId(in));
        messages(body.putArray("messages"), in);
        body.put("max_tokens", thinking.maxTokens());
        body.put("stream", true);
        if (options.serverFallback()) {
            body.put("fallbacks", "default");
        }
        system(body.putArray("system"), in);
        sampling(body, in, thinking);
        body.set("tools", MessagesTools.anthropic(in.common().profile(), CacheControl.at(in.route(), Where.LAST_TOOL)));
        if (sendsThinking(in, thinking)) {
            thinking(body, in, thinking, options);
        }
        if (options.contextManagement()) {
            toolClearing(body, in);
        }
        if (options.fastSpeed()) {
            body.put("speed", "fast");
        }
        if (options.serviceTier() != null) {
            body.put("service_tier", options.serviceTier());
        }
        return body;
    }

    /** OpenClaw's library sends direct Anthropic ids without their `anthropic/` prefix. */
    private static String modelId(AnthropicInputs in) {
        String modelId = in.route().upstreamId();
        if (in.oc() && in.direct() && modelId.toLowerCase(Locale.ROOT).startsWith("anthropic/")) {
            return modelId.substring("anthropic/".length());
        }
        return modelId;
    }

    private static void messages(ArrayNode messages, AnthropicInputs in) {
        VersionProfile profile = in.common().profile();
        ObjectNode marker = CacheControl.at(in.route(), Where.LAST_USER);
        // 9.3 marks the last user content, which is the internal-context message after the prompt
        boolean onContext = profile.internalContextMessage() && profile.promptMarkerOnInternalContext();
        ObjectNode promptMarker = onContext ? null : marker;
        ObjectNode prompt = messages.addObject().put("role", "user");
        if (promptMarker != null || !profile.systemPromptSplit()) {
            ObjectNode part = prompt.putArray("content").addObject().put("type", "text").put("text", "<text:user:prompt>");
            if (promptMarker != null) {
                part.set("cache_control", promptMarker);
            }
        } else {
            prompt.put("content", "<text:user:prompt>");
        }
        if (profile.internalContextMessage()) {
            ObjectNode context = messages.addObject().put("role", "user").putArray("content").addObject().put("type", "text")
                    .put("text", "<text:user:internal-context>");
            if (onContext && marker != null) {
                context.set("cache_control", marker);
            }
        }
    }

    /** One system block, or, on releases that split the prompt, a cached stable block and a per-turn block. */
    private static void system(ArrayNode system, AnthropicInputs in) {
        ObjectNode marker = CacheControl.at(in.route(), Where.SYSTEM);
        if (!in.common().profile().systemPromptSplit()) {
            ObjectNode block = system.addObject().put("type", "text").put("text", "<text:system>");
            if (marker != null) {
                block.set("cache_control", marker);
            }
        } else if (marker != null) {
            system.addObject().put("type", "text").put("text", "<text:system:stable>").set("cache_control", marker);
            system.addObject().put("type", "text").put("text", "<text:system:dynamic>");
        } else {
            system.addObject().put("type", "text").put("text", "<text:system:stable+dynamic>");
        }
    }

    /** temperature (OpenClaw's library drops it while thinking and for some families) and stop_sequences. */
    private static void sampling(ObjectNode body, AnthropicInputs in, AnthropicThinking thinking) {
        Route route = in.route();
        BigDecimal temperature = NativePayloadData.number(route, "temperature");
        boolean defaultSampling = in.oc() && in.family().defaultSampling();
        if (temperature != null && (!in.oc() || (!thinking.on() && !in.family().nativeXhigh() && !defaultSampling))) {
            body.set("temperature", NativePayloadData.numberNode(temperature));
        }
        if (in.oc()) {
            JsonNode stop = NativePayloadData.stopSequences(route);
            if (stop != null) {
                body.set("stop_sequences", stop);
            }
        }
    }

    /** OpenClaw's library always says how reasoning models think ({type: disabled} too); pi-ai only when it is on. */
    private static boolean sendsThinking(AnthropicInputs in, AnthropicThinking thinking) {
        return in.oc() ? in.family().mandatoryAdaptive() || in.model().reasoning() || thinking.adaptive()
                : in.model().reasoning() && thinking.on();
    }

    private static void thinking(ObjectNode body, AnthropicInputs in, AnthropicThinking thinking, AnthropicOptions options) {
        if (thinking.on() && thinking.adaptive()) {
            ObjectNode t = body.putObject("thinking").put("type", "adaptive");
            if (in.oc()) {
                t.put("display", "summarized");
                if (options.bindingControls()) {
                    t.putObject("block_binding").put("prefix_mismatch_behavior", "drop_block");
                }
            }
            if (thinking.effort() != null) {
                body.putObject("output_config").put("effort", thinking.effort());
            }
        } else if (thinking.on()) {
            Integer budget = thinking.budget();
            body.putObject("thinking").put("type", "enabled").put("budget_tokens", budget == null || budget == 0 ? 1024 : budget);
        } else if (in.oc()) {
            body.putObject("thinking").put("type", "disabled");
        }
    }

    /** context_management: clear old tool results past a share of the context window. */
    private static void toolClearing(ObjectNode body, AnthropicInputs in) {
        JsonNode tc = in.common().lib().path("toolClearing");
        Integer window = in.model().contextWindow();
        long cw = window == null ? 0 : window;
        ObjectNode edit = body.putObject("context_management").putArray("edits").addObject();
        edit.put("type", "clear_tool_uses_20250919");
        edit.putObject("trigger").put("type", "input_tokens")
                .put("value", Math.max(tc.path("triggerMin").asLong(), cw * tc.path("triggerPercent").asLong() / 100));
        edit.putObject("keep").put("type", "tool_uses").put("value", tc.path("keepToolUses").asInt(3));
        edit.putObject("clear_at_least").put("type", "input_tokens")
                .put("value", Math.max(tc.path("clearAtLeastMin").asLong(), cw * tc.path("clearAtLeastPercent").asLong() / 100));
        ArrayNode exclude = edit.putArray("exclude_tools");
        for (String name : excludedTools(in.common().context())) {
            exclude.add(name);
        }
        edit.put("clear_tool_inputs", false);
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
}
