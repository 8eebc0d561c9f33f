package dev.clawc.config;

import dev.clawc.config.Route.CachePlan;
import dev.clawc.config.Route.Marker;
import dev.clawc.config.Route.Retention;
import dev.clawc.config.Route.Where;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5Object;
import java.util.ArrayList;
import java.util.List;

/**
 * Where OpenClaw puts {@code cache_control} markers in a route's requests, and why: OpenRouter {@code anthropic/*}
 * models on chat completions, and every Anthropic Messages request (facts §7).
 */
final class RouteCacheMarkers {
    /** Hosts on which OpenClaw upgrades an env-driven long retention to a 1h TTL (facts §7.2). */
    private static final List<String> LONG_TTL_HOSTS = List.of("api.anthropic.com", "aiplatform.googleapis.com",
            "aiplatform.us.rep.googleapis.com", "aiplatform.eu.rep.googleapis.com");

    private final VersionProfile profile;

    RouteCacheMarkers(VersionProfile profile) {
        this.profile = profile;
    }

    CachePlan plan(String provider, String api, String host, String endpointClass, ModelRef ref, Retention retention, Json5Object row) {
        if ("openai-completions".equals(api) || provider.equals("openrouter")) {
            return openRouter(provider, endpointClass, ref, retention, row);
        }
        if ("anthropic-messages".equals(api)) {
            return anthropic(provider, host, retention, row);
        }
        return new CachePlan(List.of(), new ArrayList<>());
    }

    private CachePlan openRouter(String provider, String endpointClass, ModelRef ref, Retention retention, Json5Object row) {
        List<String> reasons = new ArrayList<>();
        boolean byHost = profile.openrouterMarkersByHost() && "openrouter".equals(endpointClass); // any provider id
        boolean openRouterRoute = byHost || provider.equals("openrouter")
                && (profile.openrouterMarkerRouteGate().equals("provider-id") || "openrouter".equals(endpointClass));
        boolean anthropicFormat = "anthropic".equals(Nodes.string(row, "compat", "cacheControlFormat")) && profile.openrouterToolMarker();
        if (!(openRouterRoute && ref.model().startsWith("anthropic/")) && !anthropicFormat) {
            if (RouteRetention.isOpenRouterAnthropic(provider, ref)) {
                reasons.add("OpenClaw " + profile.version() + " adds cache markers only on requests to openrouter.ai;"
                        + " this route's base URL points elsewhere");
            }
            return new CachePlan(List.of(), reasons);
        }
        if (!profile.openrouterAnthropicMarkers()) {
            reasons.add("OpenClaw " + profile.version() + " sends no cache markers on OpenRouter `anthropic/*` requests");
            return new CachePlan(List.of(), reasons);
        }
        if (retention.ignored() || (retention.value() == null && profile.openrouterAnthropicCacheIgnoresRetention())) {
            reasons.add("OpenClaw " + profile.version() + " marks every OpenRouter `anthropic/*` request and does not"
                    + " read `cacheRetention` there");
        } else if ("none".equals(retention.value())) {
            reasons.add("`cacheRetention: \"none\"` removes the markers");
            return new CachePlan(List.of(), reasons);
        }
        boolean openRouterVerified = openRouterRoute && "openrouter".equals(endpointClass);
        boolean longAllowed = openRouterVerified ? !"false".equals(compatFlag(row, "supportsLongCacheRetention"))
                : "true".equals(compatFlag(row, "supportsLongCacheRetention"));
        String ttl = profile.openrouterLongTtl() && explicitLong(retention) && longAllowed ? "1h" : null;
        List<Marker> markers = new ArrayList<>();
        if (profile.openrouterSystemPromptMarker()) {
            markers.add(new Marker(Where.SYSTEM, ttl));
        }
        markers.add(new Marker(Where.LAST_USER, ttl));
        if (profile.openrouterToolMarker()) {
            markers.add(new Marker(Where.LAST_TOOL, ttl));
        }
        reasons.add(provider.equals("openrouter") ? "OpenRouter `anthropic/*` models get Anthropic-style `cache_control` markers"
                : "OpenClaw " + profile.version() + " marks `anthropic/*` requests to openrouter.ai whatever the provider id"
                + " (`" + provider + "` here)");
        return new CachePlan(markers, reasons);
    }

    private CachePlan anthropic(String provider, String host, Retention retention, Json5Object row) {
        List<String> reasons = new ArrayList<>();
        if ("none".equals(retention.value())) {
            reasons.add("`cacheRetention: \"none\"` removes the markers");
            return new CachePlan(List.of(), reasons);
        }
        boolean hostHasLong = host != null && (LONG_TTL_HOSTS.contains(host) || host.endsWith("-aiplatform.googleapis.com"));
        boolean longAllowed = !provider.equals("fireworks") && !"false".equals(compatFlag(row, "supportsLongCacheRetention"));
        String ttl = "long".equals(retention.value()) && (explicitLong(retention) || hostHasLong) && longAllowed ? "1h" : null;
        List<Marker> markers = new ArrayList<>();
        markers.add(new Marker(Where.SYSTEM, ttl));
        markers.add(new Marker(Where.LAST_USER, ttl));
        if (profile.anthropicToolMarker() && !provider.equals("fireworks")) {
            markers.add(new Marker(Where.LAST_TOOL, ttl));
        }
        reasons.add(provider.equals("anthropic") ? "Anthropic Messages requests carry cache markers"
                : "the Anthropic Messages transport marks requests even for custom providers");
        return new CachePlan(markers, reasons);
    }

    /** A long retention set in params (not the env default, and not one the release ignores). */
    private static boolean explicitLong(Retention retention) {
        return retention.param() != null && "long".equals(retention.value()) && !retention.ignored();
    }

    /** "true", "false" or null: a model row's `compat` flag as written. */
    private static String compatFlag(Json5Object row, String key) {
        return Nodes.at(row, "compat", key) instanceof Json5Boolean b ? String.valueOf(b.value()) : null;
    }
}
