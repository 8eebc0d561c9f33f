package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The reasoning of an {@code openai-responses} request.
 *
 * @param effort {@code reasoning.effort}, or null when no reasoning object is sent (not a reasoning model, or thinking off)
 */
record ResponsesThinking(ThinkingChoice choice, String effort) {
    private static final List<String> EFFORT_ORDER = List.of("none", "minimal", "low", "medium", "high", "xhigh", "max");

    /** The first-turn level; OpenClaw's library offers reasoning models the levels their efforts allow. */
    static ThinkingChoice choose(NativeInputs in) {
        if (!in.oc()) {
            return in.thinking(in.releaseLevels(), null);
        }
        return in.thinking(in.model().reasoning() ? openAiLevels(in.lib(), in.model()) : List.of("off"), null);
    }

    static ResponsesThinking decide(NativeInputs in, ThinkingChoice choice) {
        if (!in.model().reasoning() || choice.off()) {
            return new ResponsesThinking(choice, null);
        }
        String level = choice.level();
        JsonNode lib = in.lib();
        if (!in.oc()) {
            boolean xhigh = NativePayloadData.containsAny(in.route().upstreamId(), NativePayloadData.strings(lib.path("xhighIdContains")));
            return new ResponsesThinking(choice, level.equals("xhigh") && !xhigh ? "high" : level);
        }
        return new ResponsesThinking(choice, clampEffort(lib.path("effortForLevel").path(level).asText(level), in.model()));
    }

    private static List<String> openAiLevels(JsonNode lib, NativeModels.ModelInfo model) {
        List<String> levels = new ArrayList<>(List.of("off", "minimal", "low", "medium", "high"));
        JsonNode efforts = model.compat().path("supportedReasoningEfforts");
        boolean xhigh = Pattern.compile(lib.path("xhighPattern").asText("$^")).matcher(model.id().toLowerCase(Locale.ROOT)).find();
        boolean max = false;
        if (efforts.isArray()) {
            xhigh = false;
            for (JsonNode e : efforts) {
                xhigh |= e.asText().equals("xhigh");
                max |= e.asText().equals("max");
            }
        }
        if (model.thinkingLevelMap().path("off").isNull()) {
            levels.remove("off");
        }
        if (xhigh) {
            levels.add("xhigh");
        }
        if (max) {
            levels.add("max");
        }
        return levels;
    }

    /** Clamps an effort to the model's listed efforts (the highest one not above it), when the catalog lists them. */
    private static String clampEffort(String effort, NativeModels.ModelInfo model) {
        JsonNode efforts = model.compat().path("supportedReasoningEfforts");
        if (!efforts.isArray() || model.supportsEffort(effort)) {
            return effort;
        }
        int want = EFFORT_ORDER.indexOf(effort);
        String best = null;
        for (JsonNode e : efforts) {
            int at = EFFORT_ORDER.indexOf(e.asText());
            if (at >= 0 && at <= want && (best == null || at > EFFORT_ORDER.indexOf(best))) {
                best = e.asText();
            }
        }
        return best != null ? best : efforts.get(0).asText();
    }

    String note(NativeModels.ModelInfo model) {
        return !model.reasoning() ? "none: " + model.id() + " is not a reasoning model (" + model.source() + ")"
                : choice.off() ? "none: thinking is off (" + choice.source() + ")"
                : "effort `" + effort + "` for thinking level `" + choice.level() + "` (" + choice.source() + ")";
    }
}
