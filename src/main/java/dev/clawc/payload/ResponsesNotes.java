package dev.clawc.payload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.Route;
import java.util.List;

/** The margin notes of an {@code openai-responses} request: transport first, then the body's notable fields. */
final class ResponsesNotes {

    private ResponsesNotes() {
    }

    static List<Explanation.FieldNote> write(NativeInputs in, ResponsesHost host, ResponsesOptions options, ResponsesThinking thinking,
            ObjectNode body) {
        Route route = in.route();
        NativeModels.ModelInfo model = in.model();
        FieldNotes notes = new FieldNotes();
        notes.add("url", UrlAndHeaders.baseUrlOrigin(route) + " + /responses");
        notes.add("header:authorization", (route.provider().equals("openai") ? "OPENAI_API_KEY"
                : route.provider().equals("xai") ? "XAI_API_KEY" : "the provider's API key") + "; never shown");
        if (ResponsesHeaders.attribution(in, host)) {
            notes.add("header:originator", "OpenClaw's attribution headers (originator, version, user-agent) on "
                    + (host.nativeOpenAi() ? "api.openai.com" : "api.x.ai"));
        }
        if (options.turnMetadata()) {
            notes.add("/metadata", "session and turn ids (also as x-openclaw-* headers) on native OpenAI routes; new ids every turn");
        }
        notes.add("/input", options.instructions() ? "the system prompt goes in `instructions` on " + host.name()
                : "the system prompt is the first input item, role `" + options.systemRole() + "`"
                + (model.reasoning() ? " (reasoning model)" : ""));
        notes.add("/max_output_tokens", options.limit().note());
        notes.add("/prompt_cache_key", body.has("prompt_cache_key") ? "the session id, for OpenAI's prompt cache"
                + ("long".equals(options.retention()) ? "; cacheRetention long extends it" : "")
                : "none".equals(options.retention()) ? "not sent: cacheRetention is `none`" : null);
        notes.add("/reasoning", thinking.note(model));
        bodyFlags(notes, in, options, body);
        if (host.nativeXai()) {
            notes.add("/", "xAI's OpenClaw plugin may reshape reasoning and compaction; clawc shows the generic Responses"
                    + " request (UNCERTAIN)");
        }
        if (!model.known()) {
            notes.add("/model", "clawc does not know this model's limits");
        }
        return notes.list();
    }

    /** store, text, context_management and temperature. */
    private static void bodyFlags(FieldNotes notes, NativeInputs in, ResponsesOptions options, ObjectNode body) {
        Route route = in.route();
        if (body.has("store")) {
            notes.add("/store", body.path("store").asBoolean()
                    ? "native OpenAI route: OpenClaw keeps responses stored for server-side continuation"
                    : "OpenClaw " + in.profile().version() + " does not store responses on this route");
        }
        if (body.has("text")) {
            notes.add("/text", route.param("textVerbosity") != null || route.param("text_verbosity") != null
                    ? "from params.textVerbosity" : "OpenClaw's default verbosity for gpt-5 models");
        }
        if (options.compaction()) {
            notes.add("/context_management", "server-side compaction at 70% of the model's context (" + in.model().contextWindow()
                    + " tokens); params.responsesCompactThreshold overrides it");
        }
        if (NativePayloadData.number(route, "temperature") != null) {
            notes.add("/temperature", options.temperatureOk() ? "from " + NativePayloadData.source(route.param("temperature"))
                    : "not sent: " + route.upstreamId() + " rejects temperature");
        }
    }
}
