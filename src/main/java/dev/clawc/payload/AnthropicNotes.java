package dev.clawc.payload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.Route;
import dev.clawc.config.Route.Where;
import java.util.List;

/** The margin notes of an {@code anthropic-messages} request: transport first, then the body's notable fields. */
final class AnthropicNotes {

    private AnthropicNotes() {
    }

    static List<Explanation.FieldNote> write(AnthropicInputs in, AnthropicThinking thinking, AnthropicOptions options,
            AnthropicBetas betas, UrlAndHeaders target, ObjectNode body) {
        Route route = in.route();
        NativeModels.ModelInfo model = in.model();
        FieldNotes notes = new FieldNotes();
        notes.add("url", AnthropicHeaders.urlNote(in, target.url()));
        notes.add("header:x-api-key", AnthropicHeaders.keyNote(route));
        notes.add("header:anthropic-beta", betas.note());
        notes.add("/max_tokens", thinking.maxTokensNote());
        notes.add("/thinking", thinking.note(model, in.oc()));
        cache(notes, route);
        notes.add("/temperature", temperature(route, thinking, body));
        if (options.contextManagement()) {
            notes.add("/context_management", "server-side tool-result clearing: agents.defaults.contextPruning"
                    + " defaults to mode `cache-ttl` for Anthropic API keys; thresholds from the context window ("
                    + (model.contextWindow() == null ? "unknown" : model.contextWindow()) + " tokens)");
        }
        if (options.serviceTier() != null) {
            notes.add("/service_tier", NativePayloadData.text(route, "serviceTier", "service_tier") != null
                    ? "from params.serviceTier" : options.serviceTier().equals("auto") ? "fast mode is on (params.fastMode): priority tier allowed"
                    : "fast mode is off (the default), so OpenClaw asks for the standard tier only");
        }
        if (options.serverFallback()) {
            notes.add("/fallbacks", "Anthropic's server-side refusal fallback, sent for this model family on"
                    + " direct requests (UNCERTAIN: not in the oracle captures)");
        }
        if (route.provider().startsWith("minimax")) {
            notes.add("/", "MiniMax's own OpenClaw plugin may reshape thinking and fast mode; clawc shows the"
                    + " Anthropic transport's request (UNCERTAIN)");
        }
        if (!model.known()) {
            notes.add("/model", "clawc does not know this model's limits; max_tokens and thinking are estimates");
        }
        return notes.list();
    }

    /** Where the first cache marker sits and why, or why there is none. */
    private static void cache(FieldNotes notes, Route route) {
        Route.Retention r = route.retention();
        String why = String.join("; ", route.cache().reasons());
        if (!route.cache().sendsMarkers()) {
            notes.add("/system", "no cache markers" + (why.isEmpty() ? "" : ": " + why));
            return;
        }
        String ttl = route.cache().markers().get(0).ttl();
        Where first = route.cache().markers().get(0).where();
        notes.add(first == Where.SYSTEM ? "/system/0/cache_control" : first == Where.LAST_USER ? "/messages/0/content/0/cache_control"
                : "/tools", route.cache().markers().size() + " cache marker(s)" + (ttl != null ? " with ttl " + ttl : "") + ": " + why
                + (r != null && r.value() != null ? "; retention `" + r.value() + "` from "
                + (r.param() != null ? NativePayloadData.source(r.param()) : r.source()) : ""));
    }

    private static String temperature(Route route, AnthropicThinking thinking, ObjectNode body) {
        if (NativePayloadData.number(route, "temperature") == null) {
            return null;
        }
        String source = NativePayloadData.source(route.param("temperature"));
        if (body.has("temperature")) {
            return "from " + source;
        }
        return "not sent: " + source + (thinking.on() ? " is dropped while extended thinking is on" : " is not accepted by this model");
    }
}
