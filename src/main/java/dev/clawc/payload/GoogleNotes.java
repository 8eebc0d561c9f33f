package dev.clawc.payload;

import dev.clawc.config.Route;
import java.util.List;
import java.util.Locale;

/** The margin notes of a {@code google-generative-ai} request: transport first, then the body's notable fields. */
final class GoogleNotes {

    private GoogleNotes() {
    }

    static List<Explanation.FieldNote> write(NativeInputs in, GoogleThinking thinking, OutputLimit limit) {
        Route route = in.route();
        FieldNotes notes = new FieldNotes();
        notes.add("url", UrlAndHeaders.baseUrlOrigin(route) + " + /models/<id>:streamGenerateContent (server-sent events)");
        notes.add("header:x-goog-api-key", "GEMINI_API_KEY (or GOOGLE_API_KEY); never shown");
        if (GoogleHeaders.attribution(in)) {
            notes.add("header:x-goog-api-client", "OpenClaw's partner attribution on generativelanguage.googleapis.com");
        }
        notes.add("/generationConfig/thinkingConfig", thinking.note(in));
        notes.add("/generationConfig/maxOutputTokens", limit.note());
        notes.add("/systemInstruction", GoogleBody.sdk(in.profile())
                ? "the system prompt; the Google SDK tags it with role `user`" : "the system prompt, without a role");
        notes.add("/tools", "function declarations with their schema in `" + in.profile().googleToolSchemaField() + "`");
        if (NativePayloadData.number(route, "temperature") != null) {
            notes.add("/generationConfig/temperature", "from " + NativePayloadData.source(route.param("temperature")));
        }
        notes.add("/cachedContent", cachedContent(in));
        if (!in.model().known()) {
            notes.add("/", "clawc does not know this model's limits");
        }
        return notes.list();
    }

    /** An explicit cacheRetention on Gemini 2.5/3 makes OpenClaw's library cache the prompt first: not modelled. */
    private static String cachedContent(NativeInputs in) {
        String retention = NativePayloadData.text(in.route(), "cacheRetention");
        String id = in.route().upstreamId().toLowerCase(Locale.ROOT);
        if (!in.oc() || !("short".equals(retention) || "long".equals(retention)) || !(id.startsWith("gemini-2.5") || id.startsWith("gemini-3"))) {
            return null;
        }
        return "cacheRetention `" + retention + "`: OpenClaw first creates a cachedContents resource (ttl "
                + ("long".equals(retention) ? "3600s" : "300s") + ") holding the stable system prompt and tools, then sends"
                + " `cachedContent` instead of them; clawc shows the request without that cache (not modelled)";
    }
}
