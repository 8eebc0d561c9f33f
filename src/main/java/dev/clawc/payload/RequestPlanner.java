package dev.clawc.payload;

import java.util.Map;

/** Picks the body builder for a route's API kind; kinds without one get a "not modelled yet" explanation. */
public final class RequestPlanner {
    private static final Map<String, BodyBuilder> BUILDERS = Map.of(
            "openai-completions", new OpenAiCompletionsBuilder(),
            "anthropic-messages", new AnthropicMessagesBuilder(), "openai-responses", new OpenAiResponsesBuilder(), "google-generative-ai", new GoogleGenerativeAiBuilder()
    );

    private RequestPlanner() {
    }

    public static Explanation explain(RequestContext context) {
        String api = context.route().api();
        BodyBuilder builder = api == null ? null : BUILDERS.get(api);
        if (builder == null) {
            return Explanation.notModelled(context.route(), "requests of API kind `" + (api == null ? "unknown" : api)
                    + "` are not modelled yet; clawc shows the route but no body");
        }
        return builder.build(context);
    }
}
