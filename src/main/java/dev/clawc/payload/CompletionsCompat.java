package dev.clawc.payload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.ReasoningEffort;
import dev.clawc.config.Route;
import java.util.Map;
import java.util.Set;

/**
 * Request-shape flags OpenClaw resolves for an {@code openai-completions} model and endpoint: detected from the
 * provider and URL (pi-ai) or the endpoint class (the release's own transport), overridden by the release's
 * declarations and the row's explicit {@code compat}.
 *
 * @param why why the flags are what they are, for notes
 */
record CompletionsCompat(boolean store, boolean developerRole, boolean reasoningEffort, boolean usageInStreaming,
        String maxTokensField, boolean strictFalse, boolean toolChoiceAuto, String thinkingFormat, String why) {

    static CompletionsCompat of(CompletionsRoute r, CompletionsModel model) {
        return override(r, model, r.managed() ? byEndpointClass(r) : byProviderUrl(r));
    }

    /** {@code stream_options.include_usage} and {@code store: false} where the flags ask for them. */
    void putUsageAndStore(ObjectNode body, String usageNote, FieldNotes notes) {
        if (usageInStreaming) {
            body.putObject("stream_options").put("include_usage", true);
            notes.add("/stream_options", usageNote);
        }
        if (store) {
            body.put("store", false);
            notes.add("/store", why);
        }
    }

    /** pi-ai's detectCompat plus the release's own normalization for non-native endpoints. */
    private static CompletionsCompat byProviderUrl(CompletionsRoute r) {
        Route route = r.route();
        String p = route.provider();
        String b = route.baseUrl();
        boolean zai = p.equals("zai") || b.contains("api.z.ai");
        boolean grok = p.equals("xai") || b.contains("api.x.ai");
        boolean nonStandard = p.equals("cerebras") || b.contains("cerebras.ai") || grok || p.equals("mistral")
                || b.contains("mistral.ai") || b.contains("chutes.ai") || b.contains("deepseek.com") || zai
                || p.equals("opencode") || b.contains("opencode.ai");
        boolean maxTokens = p.equals("mistral") || b.contains("mistral.ai") || b.contains("chutes.ai");
        // OpenClaw's own compat normalization on top of the model library's detection
        String normalization = r.profile().completionsNonNativeCompat();
        boolean nonNative = !b.isEmpty() && !"api.openai.com".equals(route.host());
        boolean moonshotLike = p.equals("moonshot") || b.contains("moonshot.ai") || b.contains("moonshot.cn")
                || p.equals("dashscope") || b.contains("dashscope");
        boolean noDeveloperRole = nonNative && normalization.startsWith("developer-role")
                || moonshotLike && !normalization.equals("zai");
        boolean noUsage = nonNative && normalization.equals("developer-role-and-usage");
        String release = r.release();
        return new CompletionsCompat(!nonStandard, !nonStandard && !noDeveloperRole,
                ReasoningEffort.detectedSupport(r.profile(), p, b, route.endpointClass()), !noUsage,
                maxTokens ? "max_tokens" : "max_completion_tokens", true, false, zai ? "zai" : "openai",
                nonStandard ? release + "'s model library treats this provider as non-standard"
                        : noUsage || noDeveloperRole ? release + " turns off the developer role" + (noUsage ? " and usage streaming" : "")
                        + " for OpenAI-compatible endpoints other than api.openai.com"
                        : release + "'s model library sends it to every OpenAI-compatible endpoint but a few non-standard ones");
    }

    /** The release's own transport: native OpenAI, or a proxy-like endpoint class that gets none of the OpenAI extras. */
    private static CompletionsCompat byEndpointClass(CompletionsRoute r) {
        Route route = r.route();
        String p = route.provider();
        String b = route.baseUrl() == null ? "" : route.baseUrl();
        String ec = route.endpointClass() == null ? "default" : route.endpointClass();
        boolean isDefault = ec.equals("default");
        boolean proxyLike = !isDefault && !ec.equals("openai");
        boolean zai = ec.equals("zai") || isDefault && p.equals("zai");
        boolean deepSeek = ec.equals("deepseek") || isDefault && p.equals("deepseek");
        boolean xiaomi = ec.equals("xiaomi") || isDefault && p.equals("xiaomi");
        boolean together = p.equals("together") || b.contains("api.together.ai") || b.contains("api.together.xyz");
        boolean moonshot = p.equals("moonshot") || ec.equals("moonshot");
        boolean moonshotLike = moonshot || p.equals("modelstudio") || ec.equals("modelstudio");
        boolean cloudflare = p.equals("cloudflare-ai-gateway") || b.contains("gateway.ai.cloudflare.com");
        boolean nonStandard = Set.of("cerebras", "chutes", "deepseek", "mistral", "opencode", "opencode-go", "xai").contains(ec)
                || xiaomi || zai || isDefault && Set.of("cerebras", "chutes", "deepseek", "opencode", "xai").contains(p);
        boolean maxTokens = ec.equals("chutes") || ec.equals("mistral") || p.equals("mistral") || moonshot || cloudflare || zai
                || together || isDefault && p.equals("chutes");
        String thinking = deepSeek || xiaomi ? "deepseek" : zai ? "zai" : together ? "together" : r.openRouterLike() ? "openrouter" : "openai";
        String why = proxyLike ? "the base URL (" + (route.host() == null ? "custom" : route.host()) + ") is a proxy-like endpoint for "
                + r.release() + " (not native OpenAI)" : "a native OpenAI endpoint";
        return new CompletionsCompat(!nonStandard && !p.equals("mistral") && !proxyLike, !nonStandard && !moonshotLike && !proxyLike,
                ReasoningEffort.detectedSupport(r.profile(), p, b, route.endpointClass()), !nonStandard && (ec.equals("local") || !proxyLike),
                maxTokens ? "max_tokens" : "max_completion_tokens", false, proxyLike, thinking, why);
    }

    /**
     * Explicit {@code compat} flags on the model row (or catalog entry) win over what the release declares for the
     * model, which wins over the detected ones.
     */
    private static CompletionsCompat override(CompletionsRoute r, CompletionsModel model, CompletionsCompat c) {
        ReasoningEffort.ReleaseCompat release = releaseCompat(r);
        return new CompletionsCompat(or(model.compatFlag("supportsStore"), c.store()),
                or(model.compatFlag("supportsDeveloperRole"), c.developerRole()),
                or(model.compatFlag("supportsReasoningEffort"), release != null ? release.supportsReasoningEffort() : c.reasoningEffort()),
                or(model.compatFlag("supportsUsageInStreaming"), c.usageInStreaming()),
                model.compatText("maxTokensField") != null ? model.compatText("maxTokensField") : c.maxTokensField(),
                c.strictFalse() && !Boolean.FALSE.equals(model.compatFlag("supportsStrictMode")), c.toolChoiceAuto(),
                model.compatText("thinkingFormat") != null ? model.compatText("thinkingFormat") : c.thinkingFormat(), c.why());
    }

    private static boolean or(Boolean explicit, boolean detected) {
        return explicit != null ? explicit : detected;
    }

    /** What the release declares about reasoning effort for this provider, URL and model, or null. */
    static ReasoningEffort.ReleaseCompat releaseCompat(CompletionsRoute r) {
        Route route = r.route();
        return ReasoningEffort.releaseCompat(r.profile(), route.provider(), route.baseUrl(), route.upstreamId());
    }

    /** The effort a level is sent as: the row's `compat.reasoningEffortMap`, else the release's map. */
    static String mappedEffort(CompletionsRoute r, String level, CompletionsModel model) {
        return ReasoningEffort.mapped(level, releaseCompat(r), ReasoningEffort.rowMap(model.compat()));
    }

    /** The note's tail when {@code effort} is not {@code level} itself: which map changed it. */
    static String mappedWhy(CompletionsRoute r, String level, String effort, CompletionsModel model) {
        if (effort.equals(level)) {
            return "";
        }
        Map<String, String> rowMap = ReasoningEffort.rowMap(model.compat());
        if (rowMap != null && rowMap.containsKey(level)) {
            return ", mapped to \"" + effort + "\" by `compat.reasoningEffortMap`";
        }
        ReasoningEffort.ReleaseCompat release = releaseCompat(r);
        // no map changed it (e.g. a level the model does not offer, moved to the nearest one it does)
        return release != null && release.effortMap().containsKey(level) ? ", mapped to \"" + effort + "\": " + release.why()
                : ", sent as \"" + effort + "\"";
    }
}
