package dev.clawc.payload;

import dev.clawc.config.Nodes;
import dev.clawc.config.Route;
import dev.clawc.config.VersionProfile;
import dev.clawc.json5.Json5Object;
import java.util.Locale;
import java.util.Set;

/**
 * The server-side options of an {@code anthropic-messages} request, all direct-Anthropic features of OpenClaw's own
 * library; each adds a body field and some a beta.
 *
 * @param serverFallback    Anthropic's refusal fallback ({@code fallbacks: "default"})
 * @param contextManagement server-side tool-result clearing ({@code context_management})
 * @param bindingControls   {@code thinking.block_binding} of adaptive thinking
 * @param serviceTier       the service_tier sent, or null
 * @param fastSpeed         {@code speed: "fast"} (fast mode of families with a native fast speed)
 */
record AnthropicOptions(boolean serverFallback, boolean contextManagement, boolean bindingControls, String serviceTier,
        boolean fastSpeed) {

    static AnthropicOptions decide(AnthropicInputs in, AnthropicThinking thinking) {
        VersionProfile profile = in.common().profile();
        boolean directOc = in.oc() && in.direct();
        boolean serverFallback = directOc && in.family().serverFallback();
        boolean bindingControls = directOc && thinking.on() && thinking.adaptive() && profile.anthropicThinkingBinding();
        boolean contextManagement = directOc && profile.anthropicContextManagement() && contextPruningOn(in.common().context());
        String serviceTier = null;
        boolean fastSpeed = false;
        if (directOc && profile.anthropicStandardOnlyTier()) {
            String configured = NativePayloadData.text(in.route(), "serviceTier", "service_tier");
            configured = configured == null ? null : configured.trim().toLowerCase(Locale.ROOT);
            boolean validTier = "auto".equals(configured) || "standard_only".equals(configured);
            boolean fast = Boolean.TRUE.equals(fastMode(in.route()));
            String kind = in.family().serviceTierKind();
            if (kind.equals("priority")) {
                serviceTier = validTier ? configured : fast ? "auto" : "standard_only";
            } else if (kind.equals("native-fast") && !validTier && fast) {
                fastSpeed = true;
            }
        }
        return new AnthropicOptions(serverFallback, contextManagement, bindingControls, serviceTier, fastSpeed);
    }

    /** agents.defaults.contextPruning.mode is unset or `cache-ttl`. */
    private static boolean contextPruningOn(RequestContext context) {
        Json5Object pruning = Nodes.object(context.config().root(), "agents", "defaults", "contextPruning");
        String mode = pruning == null ? null : Nodes.string(pruning.get("mode"));
        return mode == null || mode.equals("cache-ttl");
    }

    /** params.fastMode as OpenClaw reads it (a boolean, or on/true/fast and off/false); null when unset or unreadable. */
    private static Boolean fastMode(Route route) {
        return NativePayloadData.onOff(NativePayloadData.param(route, "fastMode", "fast_mode"), Set.of("on", "true", "fast"),
                Set.of("off", "false"));
    }
}
