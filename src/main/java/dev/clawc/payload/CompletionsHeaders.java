package dev.clawc.payload;

import dev.clawc.config.Route;
import dev.clawc.config.Route.Param;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Secrets;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The URL (base URL + /chat/completions) and headers of an {@code openai-completions} request. */
final class CompletionsHeaders {

    private CompletionsHeaders() {
    }

    /** The URL; OpenClaw refuses a route without a base URL before anything else. */
    static String url(CompletionsRoute r, FieldNotes notes) {
        Route route = r.route();
        String base = route.baseUrl();
        if (base == null || base.isBlank()) {
            throw new RequestRefusal("OpenClaw has no base URL for provider `" + route.provider() + "`; set `models.providers."
                    + route.provider() + ".baseUrl`");
        }
        base = base.trim().replaceAll("/+$", "");
        if (r.managed() && r.openRouter() && base.equals("https://openrouter.ai/v1")) {
            base = "https://openrouter.ai/api/v1"; // the legacy OpenRouter URL is canonicalized
        }
        notes.add("url", UrlAndHeaders.baseUrlOrigin(route) + " plus `/chat/completions`");
        return base + "/chat/completions";
    }

    /** The OpenAI SDK's headers, OpenRouter attribution and response caching, then configured headers. */
    static Map<String, String> build(CompletionsRoute r, CompletionsParams params, FieldNotes notes) {
        Route route = r.route();
        Map<String, String> h = new LinkedHashMap<>();
        h.put("accept", "application/json");
        h.put("authorization", "Bearer <auth>");
        h.put("content-type", "application/json");
        h.put("user-agent", "OpenAI/JS <v>");
        notes.add("header:authorization", "the provider's API key as a bearer token (OpenAI SDK)");
        OpenRouterAttribution.put(r, h, notes);
        if (r.managed() && r.openRouterLike()
                && ("openrouter".equals(route.endpointClass()) || r.openRouter() && "default".equals(route.endpointClass()))) {
            responseCache(h, params, notes);
        }
        configured(r, h, notes);
        return h;
    }

    /** OpenRouter response caching from params: X-OpenRouter-Cache[-TTL|-Clear] on openrouter.ai. */
    private static void responseCache(Map<String, String> h, CompletionsParams params, FieldNotes notes) {
        Boolean enabled = CompletionsParams.bool(params.first("responseCache", "response_cache"));
        Boolean clear = CompletionsParams.bool(params.first("responseCacheClear", "response_cache_clear"));
        Boolean cache = enabled != null ? enabled : Boolean.TRUE.equals(clear) ? Boolean.TRUE : null;
        if (cache == null) {
            return;
        }
        h.put("x-openrouter-cache", cache ? "true" : "false");
        notes.add("header:x-openrouter-cache", "OpenRouter response caching from `responseCache` params");
        if (!cache) {
            return;
        }
        Double ttl = CompletionsParams.number(params.first("responseCacheTtlSeconds", "response_cache_ttl_seconds", "responseCacheTtl",
                "response_cache_ttl"));
        if (ttl != null) {
            h.put("x-openrouter-cache-ttl", String.valueOf((long) Math.max(1, Math.min(86400, Math.floor(ttl)))));
        }
        if (Boolean.TRUE.equals(clear)) {
            h.put("x-openrouter-cache-clear", "true");
        }
    }

    /** `models.providers.<p>.headers`, then the model row's `headers` (the row wins). Credentials are masked. */
    private static void configured(CompletionsRoute r, Map<String, String> h, FieldNotes notes) {
        if (r.custom() != null && r.custom().get("headers") instanceof Json5Object ph) {
            putConfigured(h, ph, r.custom().path().key("headers"), notes);
        }
        if (r.row() != null && r.row().row().get("headers") instanceof Json5Object rh) {
            putConfigured(h, rh, r.row().path().key("headers"), notes);
        }
    }

    private static void putConfigured(Map<String, String> h, Json5Object headers, ConfigPath path, FieldNotes notes) {
        for (Json5Member m : headers.members()) {
            String name = m.name().toLowerCase(Locale.ROOT);
            String value;
            if (m.value() instanceof Json5String s) {
                value = name.equals("authorization") ? (s.value().startsWith("Bearer ") ? "Bearer <auth>" : "<auth>")
                        : Secrets.isSecretKey(name) && Secrets.isSecretValueUnderKey(s.value()) ? "<auth>"
                        : Secrets.maskKeyShaped(s.value());
            } else if (m.value() instanceof Json5Object) {
                value = "<auth>"; // a SecretRef
            } else {
                continue;
            }
            h.put(name, value);
            notes.add("header:" + name, "set by `" + path.key(m.name()) + "`");
        }
    }
}
