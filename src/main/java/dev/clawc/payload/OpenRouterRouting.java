package dev.clawc.payload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.Route;
import dev.clawc.config.Route.Param;
import dev.clawc.json5.Json5Object;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenRouter provider routing ({@code provider} in the body) on releases that send it: the provider-level,
 * model-row and agent/model {@code params.provider} objects, merged one level deep, sent only to openrouter.ai.
 */
final class OpenRouterRouting {

    private OpenRouterRouting() {
    }

    static void put(CompletionsRoute r, ObjectNode body, FieldNotes notes) {
        Route route = r.route();
        ObjectNode merged = NativePayloadData.NODES.objectNode();
        List<String> sources = new ArrayList<>();
        if (r.custom() != null && r.custom().get("params") instanceof Json5Object pp && pp.get("provider") instanceof Json5Object o) {
            merged.setAll((ObjectNode) ConfigJson.of(o));
            sources.add("`" + r.custom().path().key("params").key("provider") + "`");
        }
        if (r.row() != null && r.row().row().get("params") instanceof Json5Object rp && rp.get("provider") instanceof Json5Object o) {
            merged.setAll((ObjectNode) ConfigJson.of(o));
            sources.add("`" + r.row().path().key("params").key("provider") + "`");
        }
        Param own = route.params().get("provider");
        if (own != null && own.value() instanceof Json5Object o) {
            merged.setAll((ObjectNode) ConfigJson.of(o));
            sources.add("`" + own.path() + "`");
        }
        if (merged.isEmpty()) {
            return;
        }
        if (!toOpenRouter(route)) {
            notes.add("/provider", "OpenRouter provider routing (" + String.join(", ", sources) + ") is not sent: " + r.release()
                    + " adds it only on requests to openrouter.ai");
            return;
        }
        body.set("provider", merged);
        notes.add("/provider", "OpenRouter provider routing from " + String.join(" + ", sources));
    }

    private static boolean toOpenRouter(Route route) {
        String ec = route.endpointClass();
        String base = route.baseUrl().trim().replaceAll("/+$", "");
        return base.equals("https://openrouter.ai/api/v1") || base.equals("https://openrouter.ai/v1") || ec == null || "default".equals(ec);
    }
}
