package dev.clawc.payload;

import dev.clawc.config.Route;
import dev.clawc.config.VersionProfile;
import java.util.Map;

/**
 * OpenRouter app attribution headers of an {@code openai-completions} request ({@code openrouterAttributionHeaders}):
 * the model library's own (pi), OpenClaw's (http-referer plus a title and categories), or none.
 */
final class OpenRouterAttribution {
    private static final String OPENROUTER_CATEGORIES =
            "cli-agent,cloud-agent,programming-app,creative-writing,writing-assistant,general-chat,personal-agent";

    private OpenRouterAttribution() {
    }

    static void put(CompletionsRoute r, Map<String, String> h, FieldNotes notes) {
        Route route = r.route();
        VersionProfile profile = r.profile();
        String release = r.release();
        String attribution = profile.openrouterAttributionHeaders();
        boolean toOpenRouterHost = route.host() != null && route.host().equals("openrouter.ai");
        if ("library-default".equals(attribution) && toOpenRouterHost) {
            h.put("http-referer", "https://pi.dev");
            h.put("x-openrouter-title", "pi");
            h.put("x-openrouter-categories", "cli-agent");
            String why = release + " leaves OpenRouter attribution to its model library, which names itself on every request to openrouter.ai";
            notes.add("header:http-referer", why);
            notes.add("header:x-openrouter-title", why);
        } else if ("none".equals(attribution) && r.openRouter()) {
            notes.add("header:http-referer", "no OpenRouter attribution headers: " + release + " sends none");
        } else if (r.openRouter() && !"library-default".equals(attribution)) {
            openClaw(r, attribution, h, notes);
        }
    }

    /** OpenClaw's own headers: for provider openrouter (or, on releases gating by route, only to openrouter.ai). */
    private static void openClaw(CompletionsRoute r, String attribution, Map<String, String> h, FieldNotes notes) {
        String release = r.release();
        boolean byProvider = "provider-id".equals(r.profile().openrouterAttributionRouteGate());
        String ec = r.route().endpointClass();
        boolean verified = "openrouter".equals(ec) || "default".equals(ec) || ec == null;
        if (!byProvider && !verified) {
            notes.add("header:http-referer", "no OpenRouter attribution headers: " + release + " sends them only to openrouter.ai,"
                    + " and this base URL points elsewhere");
            return;
        }
        h.put("http-referer", "https://openclaw.ai");
        String why = byProvider ? release + " adds OpenRouter app attribution for provider `openrouter`, whatever the base URL"
                : release + " adds OpenRouter app attribution only on requests to openrouter.ai";
        notes.add("header:http-referer", why);
        if ("x-title".equals(attribution)) {
            h.put("x-title", "OpenClaw");
            notes.add("header:x-title", why);
        } else {
            h.put("x-openrouter-title", "OpenClaw");
            h.put("x-openrouter-categories", "openrouter-title-cli".equals(attribution) ? "cli-agent" : OPENROUTER_CATEGORIES);
            notes.add("header:x-openrouter-title", why);
            notes.add("header:x-openrouter-categories", why);
        }
    }
}
