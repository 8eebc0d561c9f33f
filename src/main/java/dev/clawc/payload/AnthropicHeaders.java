package dev.clawc.payload;

import dev.clawc.config.Route;
import dev.clawc.config.VersionProfile;
import java.util.LinkedHashMap;
import java.util.Map;

/** The URL and headers of an {@code anthropic-messages} request (the Anthropic SDK's, then configured ones). */
final class AnthropicHeaders {

    private AnthropicHeaders() {
    }

    static UrlAndHeaders build(AnthropicInputs in, AnthropicBetas betas) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("accept", "application/json");
        headers.put("anthropic-dangerous-direct-browser-access", "true");
        headers.put("anthropic-version", "2023-06-01");
        headers.put("content-type", "application/json");
        headers.put("user-agent", in.common().lib().path("userAgent").asText());
        headers.put("x-api-key", "<auth>");
        headers.putAll(in.model().headers());
        if (betas.list().isEmpty()) {
            headers.remove("anthropic-beta");
        } else {
            headers.put("anthropic-beta", String.join(",", betas.list()));
        }
        return new UrlAndHeaders(url(in), headers);
    }

    /** The base URL (or ANTHROPIC_BASE_URL, or api.anthropic.com) plus /v1/messages. */
    private static String url(AnthropicInputs in) {
        RequestContext context = in.common().context();
        String base = in.route().baseUrl();
        if (base == null || base.isBlank()) {
            String env = context.env() == null ? null : context.env().get("ANTHROPIC_BASE_URL");
            base = env != null && !env.isBlank() ? env.trim() : "https://api.anthropic.com";
        }
        String trimmed = base.trim().replaceAll("/+$", "");
        if (in.oc() && trimmed.endsWith("/v1")) {
            return trimmed + "/messages";
        }
        if (trimmed.endsWith("/v1") && context.profile().anthropicBaseUrlV1Stripped()) {
            return trimmed.substring(0, trimmed.length() - 3) + "/v1/messages"; // normalizeAnthropicBaseUrl drops the `/v1`
        }
        return trimmed + "/v1/messages";
    }

    static String urlNote(AnthropicInputs in, String url) {
        Route route = in.route();
        VersionProfile profile = in.common().profile();
        String path = in.oc() && url.endsWith("/v1/messages") && route.baseUrl() != null
                && route.baseUrl().replaceAll("/+$", "").endsWith("/v1") ? "/messages" : "/v1/messages";
        boolean v1Dropped = !in.oc() && route.baseUrl() != null && route.baseUrl().trim().replaceAll("/+$", "").endsWith("/v1")
                && profile.anthropicBaseUrlV1Stripped();
        return UrlAndHeaders.baseUrlOrigin(route) + " + " + path
                + (v1Dropped ? " (OpenClaw " + profile.version() + " drops the base URL's trailing `/v1` first)" : "");
    }

    /** The note on the API key header. */
    static String keyNote(Route route) {
        return route.provider().equals("anthropic") ? "ANTHROPIC_API_KEY (or an auth profile); never shown" : "the provider's API key; never shown";
    }
}
