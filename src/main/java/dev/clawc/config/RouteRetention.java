package dev.clawc.config;

import dev.clawc.config.Route.Param;
import dev.clawc.config.Route.Retention;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import java.util.List;
import java.util.Map;

/**
 * The cache retention OpenClaw resolves for a route: {@code params.cacheRetention} (or the legacy
 * {@code cacheControlTtl}) where the route is eligible, else the env-driven transport default (facts §7).
 */
final class RouteRetention {
    private final VersionProfile profile;
    private final Map<String, String> env;

    RouteRetention(VersionProfile profile, Map<String, String> env) {
        this.profile = profile;
        this.env = env;
    }

    Retention of(String provider, String api, ModelRef ref, Map<String, Param> params, Json5Object row, String endpointClass) {
        Param explicit = params.get("cacheRetention");
        String explicitValue = explicit != null && explicit.value() instanceof Json5String s
                && List.of("none", "short", "long").contains(s.value()) ? s.value() : null;
        if (explicitValue == null) {
            Param legacy = params.get("cacheControlTtl");
            if (legacy != null && legacy.value() instanceof Json5String s) {
                explicitValue = s.value().equals("5m") ? "short" : s.value().equals("1h") ? "long" : null;
                explicit = explicitValue != null ? legacy : explicit;
            }
        }
        String envDefault = "long".equals(env.get(profile.cacheRetentionEnv())) ? "long" : "short";
        String envSource = envDefault.equals("long") ? profile.cacheRetentionEnv() + "=long" : "the transport default";

        if (isOpenRouterAnthropic(provider, ref) && profile.openrouterAnthropicCacheIgnoresRetention()) {
            return new Retention(null, "ignored for OpenRouter on OpenClaw " + profile.version(), explicit, explicitValue != null);
        }
        if (profile.retentionOnlyForAnthropicProvider() && !provider.equals("anthropic")) {
            // the param never reaches the transport; Anthropic-style transports use their default
            return new Retention("anthropic-messages".equals(api) ? envDefault : null,
                    "anthropic-messages".equals(api) ? envSource : "not applied on this route", explicit, explicitValue != null);
        }
        boolean anthropicFormat = "anthropic".equals(Nodes.string(row, "compat", "cacheControlFormat"));
        if (explicitValue != null && (eligible(provider, api, endpointClass, ref) || anthropicFormat)) {
            return new Retention(explicitValue, "params", explicit, false);
        }
        if (explicitValue != null) {
            return new Retention(null, "not eligible", explicit, false);
        }
        if (provider.equals("anthropic") || provider.equals("anthropic-vertex") || "anthropic-messages".equals(api)
                || isOpenRouterAnthropic(provider, ref)) {
            return new Retention(envDefault, envSource, null, false);
        }
        return new Retention(null, "not eligible", null, false);
    }

    /** Routes where OpenClaw applies a retention at all (facts §7.1, simplified to what clawc models). */
    private static boolean eligible(String provider, String api, String endpointClass, ModelRef ref) {
        if (provider.equals("anthropic") || provider.equals("anthropic-vertex") || "anthropic-messages".equals(api)) {
            return true;
        }
        if (provider.equals("amazon-bedrock") || "bedrock-converse-stream".equals(api)) {
            return true;
        }
        if (isOpenRouterAnthropic(provider, ref)) {
            return true;
        }
        if (api != null && api.startsWith("openai-") && "openai".equals(endpointClass)) {
            return true; // native OpenAI: prompt_cache_key and retention
        }
        return "google-generative-ai".equals(api) && (ref.model().startsWith("gemini-2.5") || ref.model().startsWith("gemini-3"));
    }

    /** An `anthropic/*` model of provider openrouter. */
    static boolean isOpenRouterAnthropic(String provider, ModelRef ref) {
        return provider.equals("openrouter") && ref.model().startsWith("anthropic/");
    }
}
