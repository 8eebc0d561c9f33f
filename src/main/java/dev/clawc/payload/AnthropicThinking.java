package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * How an {@code anthropic-messages} request thinks: off, adaptive at an effort, or with a token budget that raises
 * max_tokens (capped at the model's limit; a budget under 1024 tokens turns thinking off on OpenClaw's library).
 *
 * @param level     the level the transport uses (OpenClaw's library turns "off" into "low" where thinking is mandatory)
 * @param on        whether thinking is on
 * @param adaptive  whether the model thinks adaptively (also when thinking is off)
 * @param budget    the thinking budget in tokens, or null
 * @param effort    the adaptive effort (output_config.effort), or null
 * @param maxTokens max_tokens as sent: the limit's base, plus the budget when there is one
 */
record AnthropicThinking(ThinkingChoice choice, String level, boolean on, boolean adaptive, Integer budget, String effort,
        AnthropicMaxTokens limit, int maxTokens) {

    /** The first-turn level among those the model (or, before OpenClaw's library, the release) offers. */
    static ThinkingChoice choose(AnthropicInputs in) {
        NativeInputs common = in.common();
        if (!in.oc()) {
            return common.thinking(common.releaseLevels(), null);
        }
        if (!in.model().reasoning() && !in.family().mandatoryAdaptive()) {
            return common.thinking(List.of("off"), null);
        }
        return common.thinking(in.family().levels(), in.family().defaultLevel());
    }

    static AnthropicThinking decide(AnthropicInputs in, ThinkingChoice choice, AnthropicMaxTokens limit) {
        return in.oc() ? openClaw(in, choice, limit) : piAi(in, choice, limit);
    }

    private static AnthropicThinking openClaw(AnthropicInputs in, ThinkingChoice choice, AnthropicMaxTokens limit) {
        String level = choice.level().equals("off") && in.family().mandatoryAdaptive() ? "low" : choice.level();
        boolean adaptive = in.family().adaptive();
        if (level.equals("off")) {
            return new AnthropicThinking(choice, level, false, adaptive, null, null, limit, limit.base());
        }
        if (adaptive) {
            return new AnthropicThinking(choice, level, true, true, null, in.family().effort(level), limit, limit.base());
        }
        String budgetLevel = level.equals("max") || level.equals("xhigh") || level.equals("adaptive") ? "high" : level;
        Budget budget = Budget.of(in.common().lib(), budgetLevel, limit);
        boolean on = budget.tokens() >= 1024;
        return new AnthropicThinking(choice, level, on, false, on ? budget.tokens() : null, null, limit, budget.maxTokens());
    }

    private static AnthropicThinking piAi(AnthropicInputs in, ThinkingChoice choice, AnthropicMaxTokens limit) {
        JsonNode lib = in.common().lib();
        String level = choice.level();
        boolean adaptive = NativePayloadData.containsAny(in.route().upstreamId(), NativePayloadData.strings(lib.path("adaptiveIdContains")));
        if (level.equals("off")) {
            return new AnthropicThinking(choice, level, false, adaptive, null, null, limit, limit.base());
        }
        if (adaptive) {
            return new AnthropicThinking(choice, level, true, true, null, lib.path("adaptiveEffort").path(level).asText("high"), limit,
                    limit.base());
        }
        Budget budget = Budget.of(lib, level.equals("xhigh") ? "high" : level, limit);
        return new AnthropicThinking(choice, level, true, false, budget.tokens(), null, limit, budget.maxTokens());
    }

    /** The release's budget for a level, shrunk when the model's limit leaves no room for an answer after it. */
    private record Budget(int tokens, int maxTokens) {
        static Budget of(JsonNode lib, String budgetLevel, AnthropicMaxTokens limit) {
            int tokens = lib.path("thinkingBudgets").path(budgetLevel).asInt(1024);
            int maxTokens = Math.min(limit.base() + tokens, limit.modelMax());
            return new Budget(maxTokens <= tokens ? Math.max(0, maxTokens - 1024) : tokens, maxTokens);
        }
    }

    String note(NativeModels.ModelInfo model, boolean oc) {
        if (!on) {
            if (!model.reasoning() && !adaptive) {
                return "no thinking: " + model.id() + " is not marked as a reasoning model (" + model.source() + ")";
            }
            return "thinking off (" + choice.source() + ")" + (oc ? ": OpenClaw sends {type: disabled}" : "");
        }
        if (adaptive) {
            return "adaptive thinking at effort `" + effort + "` for level `" + level + "` (" + choice.source() + ")";
        }
        return "a thinking budget of " + budget + " tokens for level `" + level + "` (" + choice.source() + ")";
    }

    String maxTokensNote() {
        return maxTokens == limit.base() ? limit.source()
                : limit.source() + " plus the thinking budget, capped at the model limit " + limit.modelMax();
    }
}
