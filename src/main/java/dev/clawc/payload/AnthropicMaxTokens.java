package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The output limit of an {@code anthropic-messages} request before any thinking budget is added.
 *
 * @param base     max_tokens without thinking
 * @param modelMax the model's output limit (or {@code base} when none is known): a thinking budget never goes past it
 * @param source   where {@code base} comes from, for the note
 */
record AnthropicMaxTokens(int base, int modelMax, String source) {

    static AnthropicMaxTokens of(AnthropicInputs in) {
        NativeModels.ModelInfo model = in.model();
        JsonNode lib = in.common().lib();
        Integer requested = in.common().requestedMaxTokens();
        int outputCap = lib.path("outputCap").asInt(32000);
        int base;
        String source;
        if (requested != null) {
            base = requested;
            source = "from " + NativePayloadData.source(in.common().maxTokensParam());
        } else if (model.maxTokens() != null) {
            boolean full = in.oc() && in.family().fullMaxTokens();
            base = full ? model.maxTokens() : Math.min(model.maxTokens(), outputCap);
            source = full ? "the model's full output limit (" + model.maxTokens() + ", " + model.source() + ")"
                    : "min(model limit " + model.maxTokens() + ", " + outputCap + ")" + " (" + model.source()
                            + (model.maxTokensDefaulted() ? ", which sets no maxTokens: OpenClaw's default for configured models" : "") + ")";
        } else if (in.oc()) {
            int fallback = lib.path("defaultMaxTokens").asInt(4096);
            base = model.contextWindow() == null ? fallback : Math.max(1, Math.min(fallback, model.contextWindow() / 4));
            source = "no model limit is known, so the transport default (" + base + ")";
        } else {
            base = outputCap;
            source = "no model limit is known; clawc assumes " + outputCap;
        }
        return new AnthropicMaxTokens(base, model.maxTokens() != null ? model.maxTokens() : base, source);
    }
}
