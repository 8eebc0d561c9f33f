package dev.clawc.payload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.ConfigModel;
import dev.clawc.config.CustomProvider;
import dev.clawc.config.Nodes;
import dev.clawc.config.Route;
import dev.clawc.config.VersionProfile;
import dev.clawc.diag.ConfigPath;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Value;
import java.util.List;

/**
 * An {@code openai-completions} route as the steps of its request read it.
 *
 * @param release        "OpenClaw VERSION", for notes and refusals
 * @param managed        the release's own transport ({@code completionsCompat: endpoint-class}) rather than pi-ai's
 * @param openRouter     provider openrouter
 * @param openRouterLike provider openrouter, or a base URL of OpenRouter's endpoint class
 * @param modelList      the release reads OpenRouter model facts from the gateway's model list
 * @param custom         {@code models.providers.<provider>}, or null
 * @param row            the provider's model row for this model (the last one with the id), or null
 */
record CompletionsRoute(RequestContext context, String release, boolean managed, boolean openRouter, boolean openRouterLike,
        boolean modelList, CustomProvider custom, Row row) {

    /** A model row of {@code models.providers.<p>.models} and where it is. */
    record Row(Json5Object row, ConfigPath path) {
    }

    static CompletionsRoute of(RequestContext context) {
        Route route = context.route();
        VersionProfile profile = context.profile();
        ConfigModel config = context.config();
        boolean openRouter = "openrouter".equals(route.provider());
        CustomProvider custom = config.providers().get(route.provider());
        return new CompletionsRoute(context, "OpenClaw " + config.version(), "endpoint-class".equals(profile.completionsCompat()),
                openRouter, openRouter || "openrouter".equals(route.endpointClass()), "model-list".equals(profile.openrouterModelFacts()),
                custom, findRow(custom, route.upstreamId()));
    }

    private static Row findRow(CustomProvider custom, String id) {
        if (custom == null || custom.models() == null) {
            return null;
        }
        Row found = null;
        List<Json5Value> rows = custom.models().elements();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof Json5Object o && id.equals(Nodes.string(o.get("id")))) {
                found = new Row(o, custom.path().key("models").index(i));
            }
        }
        return found;
    }

    Route route() {
        return context.route();
    }

    VersionProfile profile() {
        return context.profile();
    }

    ConfigModel config() {
        return context.config();
    }

    /** Why a cache marker is where it is: the plan's reasons, where the retention comes from, and the ttl. */
    String cacheWhy(ObjectNode marker) {
        Route route = route();
        StringBuilder why = new StringBuilder(String.join("; ", route.cache().reasons()));
        Route.Retention r = route.retention();
        if (r.param() != null) {
            why.append(r.ignored() ? "; `" + r.param().path() + "` is not read here" : "; retention from `" + r.param().path() + "`");
        }
        if (marker.has("ttl")) {
            why.append("; `cacheRetention: \"long\"` gives ttl 1h");
        }
        return why.toString();
    }
}
