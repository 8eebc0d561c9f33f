package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clawc.config.Route;
import dev.clawc.config.VersionProfile;
import dev.clawc.json5.Json5Boolean;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The choices that shape an {@code openai-responses} request beyond thinking, each read by the body and the notes.
 *
 * @param instructions  the system prompt goes in {@code instructions} rather than as the first input item
 * @param systemRole    the role of that input item: {@code developer} for reasoning models that take it
 * @param retention     the cache retention the transport sees: none, short or long
 * @param turnMetadata  session and turn ids in {@code metadata} and x-openclaw-* headers
 * @param limit         {@code max_output_tokens}
 * @param temperatureOk the model accepts {@code temperature}
 * @param compaction    server-side compaction ({@code context_management})
 */
record ResponsesOptions(boolean instructions, String systemRole, String retention, boolean turnMetadata, OutputLimit limit,
        boolean temperatureOk, boolean compaction) {

    static ResponsesOptions decide(NativeInputs in, ResponsesHost host) {
        VersionProfile profile = in.profile();
        NativeModels.ModelInfo model = in.model();
        JsonNode supportsInstructions = model.compat().path("supportsInstructions");
        boolean instructions = in.oc() && profile.responsesInstructions()
                && (supportsInstructions.isBoolean() ? supportsInstructions.asBoolean() : host.nativeOpenAi() || host.nativeXai());
        String role = model.reasoning() && !"false".equals(model.compat().path("supportsDeveloperRole").asText()) ? "developer" : "system";
        boolean compaction = in.oc() && host.nativeOpenAi() && profile.responsesServerCompaction()
                && !isFalse(in.route().param("responsesServerCompaction"));
        return new ResponsesOptions(instructions, role, retention(in.context()), in.oc() && host.nativeOpenAi() && profile.openaiTurnMetadata(),
                limit(in), !in.oc() || supportsTemperature(in.lib(), model), compaction);
    }

    /** The retention the transport sees: params where the release passes them on, else the env default. */
    private static String retention(RequestContext context) {
        Route.Retention r = context.route().retention();
        if (r != null && r.value() != null && !r.ignored()) {
            return r.value();
        }
        String envName = context.profile().cacheRetentionEnv();
        String env = context.env() == null || envName == null ? null : context.env().get(envName);
        return "long".equals(env) ? "long" : "short";
    }

    private static OutputLimit limit(NativeInputs in) {
        NativeModels.ModelInfo model = in.model();
        Integer requested = in.requestedMaxTokens();
        if (requested != null) {
            return new OutputLimit(in.oc() ? Math.max(requested, 16) : requested, "from " + NativePayloadData.source(in.maxTokensParam()));
        }
        if (model.maxTokens() == null) {
            return new OutputLimit(null, "not sent: no output limit is known for this model");
        }
        int cap = in.lib().path("outputCap").asInt(0);
        return new OutputLimit(in.oc() || cap == 0 ? Math.max(model.maxTokens(), 16) : Math.min(model.maxTokens(), cap),
                in.oc() ? "the model's output limit (" + model.source() + ")"
                        : "min(model limit " + model.maxTokens() + ", " + cap + ") (" + model.source() + ")");
    }

    private static boolean supportsTemperature(JsonNode lib, NativeModels.ModelInfo model) {
        JsonNode declared = model.compat().path("supportsTemperature");
        if (declared.isBoolean()) {
            return declared.asBoolean();
        }
        return !Pattern.compile(lib.path("noTemperaturePattern").asText("$^")).matcher(model.id().toLowerCase(Locale.ROOT)).find();
    }

    private static boolean isFalse(Route.Param p) {
        return p != null && p.value() instanceof Json5Boolean b && !b.value();
    }
}
