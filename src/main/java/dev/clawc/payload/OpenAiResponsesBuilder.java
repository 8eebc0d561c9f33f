package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.BuiltinRows;
import dev.clawc.config.Route;
import dev.clawc.config.VersionProfile;

/**
 * The first-turn request of an {@code openai-responses} route: OpenAI (api.openai.com), xAI (api.x.ai) and custom
 * Responses endpoints. The release decides the layout through its profile switches and
 * {@code rules/payload/openai-responses.json5}.
 */
public final class OpenAiResponsesBuilder implements BodyBuilder {
    static final String DATA = "openai-responses.json5";

    @Override
    public Explanation build(RequestContext context) {
        Route route = context.route();
        VersionProfile profile = context.profile();
        JsonNode builtin = NativeModels.catalogEntry(profile, route.provider(), route.upstreamId());
        if (builtin != null && builtin.path("api").isTextual() && !builtin.path("api").asText().equals(route.api())
                && context.config().providers().get(route.provider()) == null) {
            return Explanation.notModelled(route, "OpenClaw " + profile.version() + "'s catalog sends " + route.provider() + "/"
                    + route.upstreamId() + " over `" + builtin.path("api").asText() + "`, not `" + route.api()
                    + "`; clawc's route planner does not model that yet");
        }
        if (BuiltinRows.fate(context.config(), route.provider(), route.upstreamId()) == BuiltinRows.Fate.REFUSED) {
            return Explanation.refused(route, "OpenClaw " + profile.version() + " sends no request: `Provider \"" + route.provider()
                    + "\" requires an explicit base URL before using an OpenAI-compatible API` (a model row under the built-in"
                    + " provider without `api` or `baseUrl`)");
        }
        NativeInputs in = NativeInputs.of(context, DATA);
        ThinkingChoice choice = ResponsesThinking.choose(in);
        if (choice.refusal() != null) {
            return Explanation.refused(route, choice.refusal());
        }
        ResponsesThinking thinking = ResponsesThinking.decide(in, choice);
        ResponsesHost host = ResponsesHost.of(route);
        ResponsesOptions options = ResponsesOptions.decide(in, host);
        ObjectNode body = ResponsesBody.build(in, host, options, thinking);
        UrlAndHeaders target = ResponsesHeaders.build(in, host, options);
        return Explanation.sent(route, target.post(body), ResponsesNotes.write(in, host, options, thinking, body));
    }
}
