package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clawc.config.Route;
import dev.clawc.config.VersionProfile;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a native builder (anthropic-messages, openai-responses, google-generative-ai) reads for one route.
 *
 * @param lib   the release's section of the dialect's data file under {@code rules/payload/}
 * @param oc    true when the release runs OpenClaw's own model library (openclaw-ai), false for pi-ai
 * @param model the model facts (config row or built-in catalog)
 */
record NativeInputs(RequestContext context, JsonNode lib, boolean oc, NativeModels.ModelInfo model) {

    static NativeInputs of(RequestContext context, String dataFile) {
        VersionProfile profile = context.profile();
        return new NativeInputs(context, NativePayloadData.library(dataFile, profile), NativePayloadData.openClawLibrary(profile),
                NativeModels.resolve(context));
    }

    Route route() {
        return context.route();
    }

    VersionProfile profile() {
        return context.profile();
    }

    /** The thinking levels the release accepts at all. */
    List<String> releaseLevels() {
        return NativePayloadData.strings(lib.path("levels"));
    }

    /** The first-turn thinking level among {@code supported} (see {@link ThinkingChoice#resolve}). */
    ThinkingChoice thinking(List<String> supported, String profileDefault) {
        return ThinkingChoice.resolve(context, model, supported, profileDefault, releaseLevels());
    }

    /** The output-limit param the transport reads: OpenClaw's library takes every spelling, pi-ai only `maxTokens`. */
    Route.Param maxTokensParam() {
        return oc ? NativePayloadData.param(route(), "maxTokens", "max_tokens", "maxOutputTokens", "max_output_tokens",
                "maxCompletionTokens", "max_completion_tokens") : NativePayloadData.param(route(), "maxTokens");
    }

    /** That param as a positive whole number, or null when it is absent, not a number or not positive. */
    Integer requestedMaxTokens() {
        Route.Param param = maxTokensParam();
        BigDecimal value = param == null ? null : NativePayloadData.number(route(), param.name());
        return value == null || value.signum() <= 0 ? null : value.intValue();
    }
}
