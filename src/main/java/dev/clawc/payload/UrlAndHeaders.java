package dev.clawc.payload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.Route;
import java.util.Map;

/** Where a request goes and the headers it carries: everything of it but the body. */
record UrlAndHeaders(String url, Map<String, String> headers) {

    HttpRequest post(ObjectNode body) {
        return new HttpRequest("POST", url, headers, body);
    }

    /** Where the route's base URL comes from, for the note on {@code url}. */
    static String baseUrlOrigin(Route route) {
        return route.customBaseUrl() ? "the configured base URL" : "the provider's default base URL";
    }
}
