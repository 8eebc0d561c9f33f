package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code generationConfig.thinkingConfig} of a {@code google-generative-ai} request: a budget (Gemini 2.5), a
 * thinking level (Gemini 3) or the model's own default; null when none is sent.
 */
record GoogleThinking(ThinkingChoice choice, ObjectNode config) {

    /** The first-turn level; OpenClaw's library offers every level but xhigh to reasoning models. */
    static ThinkingChoice choose(NativeInputs in) {
        if (!in.oc()) {
            return in.thinking(in.releaseLevels(), null);
        }
        return in.thinking(in.model().reasoning() ? List.of("off", "minimal", "low", "medium", "high", "adaptive") : List.of("off"), null);
    }

    static GoogleThinking decide(NativeInputs in, ThinkingChoice choice) {
        String id = in.route().upstreamId().toLowerCase(Locale.ROOT);
        return new GoogleThinking(choice, in.oc() ? openClaw(in.lib(), in.model(), id, choice) : piAi(in.lib(), in.model(), id, choice));
    }

    /** pi-ai 0.52.7 streamSimpleGoogle + buildParams. */
    private static ObjectNode piAi(JsonNode lib, NativeModels.ModelInfo model, String id, ThinkingChoice thinking) {
        if (thinking.off() || !model.reasoning()) {
            return null;
        }
        String effort = thinking.level().equals("xhigh") ? "high" : thinking.level();
        ObjectNode config = NativePayloadData.NODES.objectNode().put("includeThoughts", true);
        if (id.contains(lib.path("gemini3Pro").asText()) || id.contains(lib.path("gemini3Flash").asText())) {
            JsonNode levels = id.contains(lib.path("gemini3Pro").asText()) ? lib.path("gemini3ProLevels") : lib.path("gemini3FlashLevels");
            config.put("thinkingLevel", levels.path(effort).asText("HIGH"));
            return config;
        }
        for (JsonNode b : lib.path("budgets")) {
            if (id.contains(b.path("idContains").asText())) {
                config.put("thinkingBudget", b.path(effort).asInt());
                return config;
            }
        }
        config.put("thinkingBudget", lib.path("otherBudget").asInt(-1));
        return config;
    }

    /** OpenClaw 2026.9.6 resolveGoogleThinkingConfig. */
    private static ObjectNode openClaw(JsonNode lib, NativeModels.ModelInfo model, String id, ThinkingChoice thinking) {
        if (!model.reasoning()) {
            return null;
        }
        boolean pro3 = Pattern.compile(lib.path("gemini3ProPattern").asText()).matcher(id).find();
        boolean flash3 = !pro3 && Pattern.compile(lib.path("gemini3FlashPattern").asText()).matcher(id).find();
        JsonNode gemini3Levels = pro3 ? lib.path("gemini3ProLevels") : lib.path("gemini3FlashLevels");
        String level = thinking.level();
        ObjectNode config = NativePayloadData.NODES.objectNode();
        if (level.equals("off")) {
            if (pro3 || flash3) {
                return config.put("thinkingLevel", gemini3Levels.path("off").asText());
            }
            if (id.contains(lib.path("thinkingRequired").asText())) {
                return null;
            }
            return config.put("thinkingBudget", 0);
        }
        config.put("includeThoughts", true);
        if (level.equals("adaptive")) {
            if (pro3 || flash3) {
                return config;
            }
            if (Pattern.compile(lib.path("gemini25Pattern").asText()).matcher(id).find()) {
                return config.put("thinkingBudget", -1);
            }
        }
        if (pro3 || flash3) {
            return config.put("thinkingLevel", gemini3Levels.path(level).asText("HIGH"));
        }
        String effort = level.equals("xhigh") || level.equals("max") ? "high" : level;
        for (JsonNode b : lib.path("budgets")) {
            if (id.contains(b.path("idContains").asText())) {
                JsonNode budget = b.path(effort);
                if (budget.isNumber()) {
                    config.put("thinkingBudget", budget.asInt());
                }
                return config;
            }
        }
        return config;
    }

    String note(NativeInputs in) {
        String source = " (" + choice.source() + ")";
        if (config == null) {
            String id = in.route().upstreamId();
            return !in.model().reasoning() ? "none: " + id + " is not marked as a reasoning model (" + in.model().source() + ")"
                    : "none: thinking is off" + source
                    + (in.oc() && id.toLowerCase(Locale.ROOT).contains("gemini-2.5-pro")
                            ? "; gemini-2.5-pro cannot turn thinking off, so nothing is sent" : "");
        }
        String forLevel = " for level `" + choice.level() + "`" + source;
        if (config.has("thinkingBudget")) {
            int budget = config.path("thinkingBudget").asInt();
            return (budget == 0 ? "thinking turned off with a zero budget" : budget < 0 ? "dynamic thinking budget"
                    : "a thinking budget of " + budget + " tokens") + forLevel;
        }
        if (config.has("thinkingLevel")) {
            return "Gemini 3 thinking level " + config.path("thinkingLevel").asText() + forLevel;
        }
        return "thinking at the model's own default" + source;
    }
}
