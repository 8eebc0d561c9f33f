package dev.clawc.payload;

import dev.clawc.config.Route;
import java.util.Locale;

/**
 * What an {@code openai-responses} route's host means to OpenClaw.
 *
 * @param openAi         api.openai.com (or a subdomain; with no base URL, provider openai)
 * @param nativeOpenAi   provider openai on such a host: the native OpenAI features (store, service tier, metadata)
 * @param nativeXai      provider xai on api.x.ai (or the default URL)
 * @param httpsOrDefault the base URL is https (or unset)
 */
record ResponsesHost(boolean openAi, boolean nativeOpenAi, boolean nativeXai, boolean httpsOrDefault) {

    static ResponsesHost of(Route route) {
        String host = route.host();
        boolean openAi = host == null ? route.provider().equals("openai") : host.equals("api.openai.com") || host.endsWith(".api.openai.com");
        boolean nativeXai = (route.provider().equals("xai") || route.provider().equals("x-ai")) && (host == null || host.equals("api.x.ai"));
        boolean https = route.baseUrl() == null || route.baseUrl().trim().toLowerCase(Locale.ROOT).startsWith("https:");
        return new ResponsesHost(openAi, route.provider().equals("openai") && openAi, nativeXai, https);
    }

    /** The host's name for notes. */
    String name() {
        return nativeOpenAi ? "api.openai.com" : nativeXai ? "api.x.ai" : "this endpoint";
    }
}
