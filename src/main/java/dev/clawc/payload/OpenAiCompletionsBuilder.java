package dev.clawc.payload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.Route;

/**
 * Requests of API kind {@code openai-completions} (OpenAI Chat Completions): OpenRouter, custom
 * OpenAI-compatible providers and the other built-in chat-completions providers. How the body is shaped
 * per release is driven by the profile switches {@code completionsCompat}, {@code completionsSystemLayout},
 * {@code completionsThinkingPolicy}, {@code completionsMaxTokens}, {@code customModelDefaultMaxTokens},
 * {@code completionsExtraParams}, {@code openrouterModelFacts}, {@code openrouterReasoningField},
 * {@code openrouterAttributionHeaders}, {@code openrouterAttributionRouteGate} and
 * {@code openrouterProviderRouting}; cache markers are placed where the route's {@link Route.CachePlan} says.
 * Each step writes its notes as it decides, so they come in the order of the request: URL, headers, body.
 */
public final class OpenAiCompletionsBuilder implements BodyBuilder {

    @Override
    public Explanation build(RequestContext context) {
        try {
            return explain(CompletionsRoute.of(context));
        } catch (RequestRefusal r) {
            return Explanation.refused(context.route(), r.getMessage());
        }
    }

    /** The steps in OpenClaw's order, so that its first refusal (no base URL, unknown model, bad level) is the one shown. */
    private static Explanation explain(CompletionsRoute r) {
        FieldNotes notes = new FieldNotes();
        String url = CompletionsHeaders.url(r, notes);
        CompletionsModel model = CompletionsModelLookup.resolve(r);
        CompletionsLevel level = CompletionsLevel.choose(r, model);
        CompletionsCompat compat = CompletionsCompat.of(r, model);
        CompletionsParams params = CompletionsParams.effective(r);
        UrlAndHeaders target = new UrlAndHeaders(url, CompletionsHeaders.build(r, params, notes));
        ObjectNode body = body(r, model, level, compat, params, notes);
        return Explanation.sent(r.route(), target.post(body), notes.list());
    }

    private static ObjectNode body(CompletionsRoute r, CompletionsModel model, CompletionsLevel level, CompletionsCompat compat,
            CompletionsParams params, FieldNotes notes) {
        Route route = r.route();
        ObjectNode body = NativePayloadData.NODES.objectNode();
        body.put("model", route.upstreamId());
        notes.add("/model", "the model id OpenClaw sends upstream for `" + route.key() + "`");
        boolean tools = !Boolean.FALSE.equals(model.supportsTools());
        body.set("messages", CompletionsMessages.build(r, model, compat, tools, notes));
        body.put("stream", true);
        if (r.managed()) {
            ManagedCompletionsBody.fill(body, r, model, level, compat, params, tools, notes);
        } else {
            PiAiCompletionsBody.fill(body, r, model, level, compat, params, notes);
        }
        return body;
    }
}
