package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clawc.config.Route;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The URL ({@code .../models/<id>:streamGenerateContent?alt=sse}) and headers of a {@code google-generative-ai} request. */
final class GoogleHeaders {

    private GoogleHeaders() {
    }

    static UrlAndHeaders build(NativeInputs in) {
        Route route = in.route();
        String id = route.upstreamId();
        String base = route.baseUrl().trim().replaceAll("/+$", "");
        String modelPath = id.startsWith("models/") || id.startsWith("tunedModels/") ? id : "models/" + id;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        putAll(headers, in.lib().path("headers"));
        headers.put("x-goog-api-key", "<auth>");
        if (attribution(in)) {
            putAll(headers, in.lib().path("attributionHeader"));
        }
        headers.putAll(in.model().headers());
        return new UrlAndHeaders(base + "/" + modelPath + ":streamGenerateContent?alt=sse", headers);
    }

    /** OpenClaw's partner attribution header, sent only to generativelanguage.googleapis.com. */
    static boolean attribution(NativeInputs in) {
        return in.oc() && in.profile().googleClientHeader() && "generativelanguage.googleapis.com".equals(in.route().host());
    }

    private static void putAll(Map<String, String> headers, JsonNode fromData) {
        for (Iterator<Map.Entry<String, JsonNode>> it = fromData.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> h = it.next();
            headers.put(h.getKey(), h.getValue().asText());
        }
    }
}
