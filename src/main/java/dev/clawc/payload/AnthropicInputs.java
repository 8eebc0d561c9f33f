package dev.clawc.payload;

import dev.clawc.config.Route;

/**
 * What the steps of an {@code anthropic-messages} request read: the native inputs, the Claude family (empty before
 * OpenClaw's own library) and whether the route is direct Anthropic (provider anthropic on api.anthropic.com,
 * OpenClaw's isDirectAnthropicModel).
 */
record AnthropicInputs(NativeInputs common, ClaudeFamily family, boolean direct) {

    static AnthropicInputs of(RequestContext context) {
        NativeInputs common = NativeInputs.of(context, AnthropicMessagesBuilder.DATA);
        Route route = context.route();
        ClaudeFamily family = common.oc() ? ClaudeFamily.of(route.upstreamId()) : ClaudeFamily.none();
        boolean direct = route.provider().equals("anthropic") && (route.host() == null || route.host().equals("api.anthropic.com"));
        return new AnthropicInputs(common, family, direct);
    }

    Route route() {
        return common.route();
    }

    boolean oc() {
        return common.oc();
    }

    NativeModels.ModelInfo model() {
        return common.model();
    }
}
