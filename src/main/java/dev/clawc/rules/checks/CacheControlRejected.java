package dev.clawc.rules.checks;

import dev.clawc.config.Failover;
import dev.clawc.config.ModelCatalog;
import dev.clawc.config.ModelInfo;
import dev.clawc.config.Nodes;
import dev.clawc.config.Route;
import dev.clawc.config.RoutePlanner;
import dev.clawc.config.VersionProfile;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Value;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * OpenClaw will send {@code cache_control} on a route whose upstream refuses it: the model has no
 * prompt caching there, or OpenRouter may serve it from a host that rejects cache points (the founding
 * case: {@code openrouter/anthropic/claude-3.5-sonnet} on 2026.2.6, marked despite
 * {@code cacheRetention: "none"}, served from Amazon Bedrock, answered with HTTP 400). The fixes offered
 * are the ones that work on the target release.
 */
@RuleInfo(id = "cache-control-rejected", severity = Severity.ERROR, category = RuleCategory.REQUEST,
        summary = "OpenClaw will send `cache_control` to a route whose upstream refuses it (HTTP 400).")
public final class CacheControlRejected implements Rule {

    @Override
    public void check(RuleContext context) {
        RoutePlanner planner = new RoutePlanner(context.config(), context.env());
        VersionProfile profile = context.config().profile();
        Set<String> reported = new LinkedHashSet<>();
        for (Route route : planner.chains()) {
            if (!route.cache().sendsMarkers() || route.slot() == null) {
                continue;
            }
            ModelInfo info = ModelCatalog.bundled().find(catalogProvider(route), route.upstreamId());
            if (info == null) {
                continue;
            }
            List<ModelInfo.Host> refusing = refusingHosts(info, route, profile);
            boolean noCaching = "none".equals(info.caching());
            if (refusing.isEmpty() && !noCaching || !reported.add(route.slot().path() + "|" + route.agentId())) {
                continue;
            }
            String hosts = String.join(", ", refusing.stream().map(ModelInfo.Host::slug).toList());
            var d = context.diagnostic("OpenClaw " + profile.version() + " sends `cache_control` to `" + route.key() + "`, which "
                            + (noCaching ? "does not support prompt caching" : "OpenRouter may serve from " + hosts
                            + ", which refuses cache points for this model"))
                    .at(route.slot().node().span(), "requests to this model will fail with HTTP 400")
                    .path(route.slot().path());
            String markers = String.join(", ", route.cache().markers().stream()
                    .map(m -> m.where().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).toList());
            d.note(String.join("; ", route.cache().reasons()) + " (markers on: " + markers + ")");
            if (route.retention().param() != null && route.retention().ignored()) {
                d.label(route.retention().param().value().span(), "ignored by OpenClaw " + profile.version() + " on this route");
            }
            if (info.isRetired() && info.retired().on() != null) {
                d.note("Anthropic retired this model on " + info.retired().on() + ", so OpenRouter can only serve it from partner hosts");
            }
            for (ModelInfo.Host host : refusing) {
                d.note(host.slug() + " answers a cache point for this model with `400 ... You invoked an unsupported model or"
                        + " your request did not allow prompt caching` (" + shortNote(host.note()) + ")");
            }
            d.note(FailoverNotes.rescue(context.config(), planner, route, Failover.Failure.BAD_REQUEST));
            for (String fix : fixes(route, info, profile)) {
                d.help(fix);
            }
            context.report(d);
        }
    }

    /** The hosts that refuse cache points and that the route's routing params (if forwarded) do not exclude. */
    private static List<ModelInfo.Host> refusingHosts(ModelInfo info, Route route, VersionProfile profile) {
        List<ModelInfo.Host> out = new ArrayList<>();
        Route.Param routing = route.param("provider");
        Json5Object provider = routing != null && profile.openrouterProviderRouting() ? Nodes.object(routing.value()) : null;
        for (ModelInfo.Host host : info.hosts()) {
            if (host.refusesCachePoints() && !excluded(host.slug(), provider)) {
                out.add(host);
            }
        }
        return out;
    }

    /** OpenRouter provider routing: `ignore` drops a host; `only`, or `order` without fallbacks, keeps just the listed ones. */
    private static boolean excluded(String slug, Json5Object provider) {
        if (provider == null) {
            return false;
        }
        if (contains(provider.get("ignore"), slug)) {
            return true;
        }
        if (provider.get("only") instanceof Json5Array && !contains(provider.get("only"), slug)) {
            return true;
        }
        boolean noFallbacks = provider.get("allow_fallbacks") instanceof Json5Boolean b && !b.value();
        return noFallbacks && provider.get("order") instanceof Json5Array && !contains(provider.get("order"), slug);
    }

    private static boolean contains(Json5Value list, String slug) {
        if (!(list instanceof Json5Array array)) {
            return false;
        }
        for (Json5Value v : array.elements()) {
            String text = Nodes.string(v);
            if (text != null && (text.equalsIgnoreCase(slug) || text.toLowerCase().startsWith(slug + "/"))) {
                return true;
            }
        }
        return false;
    }

    /** Fixes that work on this release, most direct first; none that the facts show do not work. */
    private static List<String> fixes(Route route, ModelInfo info, VersionProfile profile) {
        List<String> fixes = new ArrayList<>();
        String key = route.key();
        boolean retentionHonoured = !profile.openrouterAnthropicCacheIgnoresRetention();
        // a custom id on openrouter.ai: whether `cacheRetention` reaches its markers is not known, so it is not offered
        boolean customIdOnOpenRouter = "openrouter".equals(route.endpointClass()) && !route.provider().equals("openrouter");
        if (retentionHonoured && !customIdOnOpenRouter) {
            fixes.add("turn the markers off for this model: `agents.defaults.models[\"" + key + "\"].params.cacheRetention: \"none\"`");
        }
        if (route.provider().equals("openrouter") && profile.openrouterProviderRouting()) {
            fixes.add("keep OpenRouter off the refusing host: `agents.defaults.models[\"" + key + "\"].params.provider:"
                    + " { ignore: [\"amazon-bedrock\"] }` (OpenClaw " + profile.version() + " forwards `params.provider`)");
        }
        if (route.provider().equals("openrouter") && profile.openrouterMarkerRouteGate().equals("provider-id")) {
            fixes.add("reach OpenRouter through a custom provider id, which OpenClaw " + profile.version() + " does not mark:"
                    + " `models.providers.openrouter-plain: { baseUrl: \"https://openrouter.ai/api/v1\", api: \"openai-completions\","
                    + " apiKey: \"${OPENROUTER_API_KEY}\", models: [{ id: \"" + route.upstreamId() + "\", name: \"" + route.upstreamId()
                    + "\" }] }` and use `openrouter-plain/" + route.upstreamId() + "`");
        }
        if (info.isRetired() && info.retired().replacement() != null) {
            ModelInfo replacement = ModelCatalog.bundled().find(catalogProvider(route), info.retired().replacement());
            boolean safe = replacement != null && replacement.hosts().stream().noneMatch(ModelInfo.Host::refusesCachePoints);
            if (safe) {
                fixes.add("use a model that accepts cache points on every host, e.g. `"
                        + dev.clawc.config.ModelRefs.canonicalKey(route.provider(), info.retired().replacement()) + "`");
            }
        }
        if (!retentionHonoured) {
            fixes.add("upgrade OpenClaw to " + profile.firstWith("openrouterAnthropicCacheIgnoresRetention", false)
                    + " or later, where `cacheRetention: \"none\"` removes the markers");
        }
        return fixes;
    }

    private static String shortNote(String note) {
        if (note == null) {
            return "per the model catalog";
        }
        return note.startsWith("UNCERTAIN") ? "inferred from provider reports; not confirmed by a provider document" : "per the model catalog";
    }

    /** A custom provider id on openrouter.ai serves OpenRouter's models: look them up as OpenRouter's. */
    private static String catalogProvider(Route route) {
        return "openrouter".equals(route.endpointClass()) ? "openrouter" : route.provider();
    }
}
