package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clawc.config.Route;
import java.util.LinkedHashMap;
import java.util.Map;

/** The URL (base URL + /responses) and headers of an {@code openai-responses} request (the OpenAI SDK's, then OpenClaw's). */
final class ResponsesHeaders {

    private ResponsesHeaders() {
    }

    static UrlAndHeaders build(NativeInputs in, ResponsesHost host, ResponsesOptions options) {
        Route route = in.route();
        JsonNode lib = in.lib();
        String base = route.baseUrl() == null ? "https://api.openai.com/v1" : route.baseUrl().trim().replaceAll("/+$", "");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("accept", "application/json");
        headers.put("authorization", "Bearer <auth>");
        headers.put("content-type", "application/json");
        headers.put("user-agent", lib.path("userAgent").asText());
        headers.putAll(in.model().headers());
        if (attribution(in, host)) {
            headers.put("originator", "openclaw");
            headers.put("version", in.context().config().version().toString());
            headers.put("user-agent", lib.path("attributionUserAgent").asText());
        }
        if (options.turnMetadata()) {
            headers.put("x-client-request-id", "<id>");
            headers.put("x-openclaw-session-id", "<id>");
            headers.put("x-openclaw-turn-attempt", "1");
            headers.put("x-openclaw-turn-id", "<id>");
        }
        return new UrlAndHeaders(base + "/responses", headers);
    }

    /** OpenClaw's attribution headers (originator, version, its user agent) on native OpenAI and xAI routes. */
    static boolean attribution(NativeInputs in, ResponsesHost host) {
        return in.oc() && in.profile().openaiTurnMetadata() && (host.nativeOpenAi() || host.nativeXai());
    }
}
