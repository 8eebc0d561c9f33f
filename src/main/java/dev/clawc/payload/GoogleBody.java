package dev.clawc.payload;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.Route;
import dev.clawc.config.VersionProfile;
import java.math.BigDecimal;

/** The JSON body of a {@code google-generative-ai} request, fields in the order the transport writes them. */
final class GoogleBody {

    private GoogleBody() {
    }

    /** The Google SDK transport (later releases) always sends an output limit; the REST transport only when configured. */
    static boolean sdk(VersionProfile profile) {
        return "genai-sdk".equals(profile.googleTransport());
    }

    static OutputLimit outputLimit(NativeInputs in) {
        Integer requested = in.requestedMaxTokens();
        if (requested != null) {
            return new OutputLimit(requested, "from " + NativePayloadData.source(in.maxTokensParam()));
        }
        NativeModels.ModelInfo model = in.model();
        if (sdk(in.profile())) {
            int cap = in.lib().path("outputCap").asInt(32000);
            return new OutputLimit(model.maxTokens() == null ? cap : Math.min(model.maxTokens(), cap),
                    "min(model limit " + (model.maxTokens() == null ? "unknown" : model.maxTokens()) + ", " + cap + ") (" + model.source() + ")");
        }
        return new OutputLimit(null, "not sent: OpenClaw " + in.profile().version() + " sends maxOutputTokens only when"
                + " params.maxTokens is set (Gemini then uses the model's own limit)");
    }

    static ObjectNode build(NativeInputs in, GoogleThinking thinking, OutputLimit limit) {
        VersionProfile profile = in.profile();
        ObjectNode body = NativePayloadData.NODES.objectNode();
        ArrayNode contents = body.putArray("contents");
        contents.addObject().put("role", "user").putArray("parts").addObject().put("text", "<text:user:prompt>");
        if (profile.internalContextMessage()) {
            contents.addObject().put("role", "user").putArray("parts").addObject().put("text", "<text:user:internal-context>");
        }
        ObjectNode generation = generationConfig(in, thinking, limit);
        if (generation.size() > 0) {
            body.set("generationConfig", generation);
        }
        ObjectNode systemInstruction = body.putObject("systemInstruction");
        systemInstruction.putArray("parts").addObject().put("text", profile.systemPromptSplit()
                ? "<text:system:stable+dynamic>" : "<text:system>");
        if (sdk(profile)) {
            systemInstruction.put("role", "user");
        }
        body.set("tools", MessagesTools.gemini(profile, profile.googleToolSchemaField()));
        return body;
    }

    private static ObjectNode generationConfig(NativeInputs in, GoogleThinking thinking, OutputLimit limit) {
        Route route = in.route();
        ObjectNode generation = NativePayloadData.NODES.objectNode();
        BigDecimal temperature = NativePayloadData.number(route, "temperature");
        if (temperature != null) {
            generation.set("temperature", NativePayloadData.numberNode(temperature));
        }
        if (limit.tokens() != null) {
            generation.put("maxOutputTokens", limit.tokens());
        }
        if (in.oc()) {
            ArrayNode stop = NativePayloadData.stopSequences(route);
            if (stop != null) {
                generation.set("stopSequences", stop);
            }
        }
        if (thinking.config() != null) {
            generation.set("thinkingConfig", thinking.config());
        }
        return generation;
    }
}
