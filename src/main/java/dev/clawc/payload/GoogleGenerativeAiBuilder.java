package dev.clawc.payload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.Route;

/**
 * The first-turn request of a {@code google-generative-ai} route (Gemini API on generativelanguage.googleapis.com or
 * a compatible endpoint): {@code POST .../models/<id>:streamGenerateContent?alt=sse}. The release decides the layout
 * through its profile switches and {@code rules/payload/google-generative-ai.json5}.
 */
public final class GoogleGenerativeAiBuilder implements BodyBuilder {
    private static final String DATA = "google-generative-ai.json5";

    @Override
    public Explanation build(RequestContext context) {
        Route route = context.route();
        if (route.baseUrl() == null || route.baseUrl().isBlank()) {
            return Explanation.notModelled(route, "provider `" + route.provider() + "` reaches Gemini through its own OAuth"
                    + " backend (no base URL in the config), which clawc does not model");
        }
        NativeInputs in = NativeInputs.of(context, DATA);
        ThinkingChoice choice = GoogleThinking.choose(in);
        if (choice.refusal() != null) {
            return Explanation.refused(route, choice.refusal());
        }
        GoogleThinking thinking = GoogleThinking.decide(in, choice);
        OutputLimit limit = GoogleBody.outputLimit(in);
        ObjectNode body = GoogleBody.build(in, thinking, limit);
        UrlAndHeaders target = GoogleHeaders.build(in);
        return Explanation.sent(route, target.post(body), GoogleNotes.write(in, thinking, limit));
    }
}
