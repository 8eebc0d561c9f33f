package dev.clawc.payload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.Route;

/**
 * The first-turn request of an {@code anthropic-messages} route: direct Anthropic, MiniMax and custom
 * Anthropic-compatible providers. Cache markers are placed where the route's {@link Route.CachePlan} says; the
 * release decides the rest through its profile switches and {@code rules/payload/anthropic-messages.json5}.
 */
public final class AnthropicMessagesBuilder implements BodyBuilder {
    static final String DATA = "anthropic-messages.json5";

    @Override
    public Explanation build(RequestContext context) {
        Route route = context.route();
        String unmodelled = unmodelled(context);
        if (unmodelled != null) {
            return Explanation.notModelled(route, unmodelled);
        }
        AnthropicInputs in = AnthropicInputs.of(context);
        ThinkingChoice choice = AnthropicThinking.choose(in);
        if (choice.refusal() != null) {
            return Explanation.refused(route, choice.refusal());
        }
        AnthropicThinking thinking = AnthropicThinking.decide(in, choice, AnthropicMaxTokens.of(in));
        AnthropicOptions options = AnthropicOptions.decide(in, thinking);
        ObjectNode body = AnthropicBody.build(in, thinking, options);
        AnthropicBetas betas = AnthropicBetas.decide(in, thinking, options);
        UrlAndHeaders target = AnthropicHeaders.build(in, betas);
        return Explanation.sent(route, target.post(body), AnthropicNotes.write(in, thinking, options, betas, target, body));
    }

    /** Why clawc shows no request on this route (Claude on Vertex AI, Claude Code OAuth), or null. */
    private static String unmodelled(RequestContext context) {
        Route route = context.route();
        if ("anthropic-vertex".equals(route.provider()) || (route.baseUrl() != null && route.baseUrl().contains("{"))) {
            return "Claude on Vertex AI (rawPredict URL, Google credentials) is not modelled yet; clawc shows the route but no body";
        }
        String oauth = context.env() == null ? null : context.env().get("ANTHROPIC_OAUTH_TOKEN");
        if (route.provider().equals("anthropic") && oauth != null && !oauth.isBlank()) {
            return "ANTHROPIC_OAUTH_TOKEN is set: OpenClaw then sends Claude Code OAuth requests"
                    + " (bearer token, Claude Code identity), which clawc does not model";
        }
        return null;
    }
}
