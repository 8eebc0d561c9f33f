package dev.clawc.payload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * How the release's own {@code openai-completions} transport sends the thinking level: OpenRouter's {@code reasoning}
 * object (on/off or an effort the model lists), {@code reasoning_effort}, or nothing.
 */
final class CompletionsReasoning {

    private CompletionsReasoning() {
    }

    static void put(ObjectNode body, CompletionsRoute r, CompletionsModel model, CompletionsLevel level, CompletionsCompat compat,
            FieldNotes notes) {
        String l = level.level();
        if (!model.reasoning()) {
            String why = model.source().equals("the OpenRouter model list")
                    ? "the OpenRouter model list does not mark this model as reasoning" : model.source() + " does not mark this model as reasoning";
            notes.add("/reasoning", "no reasoning field: " + why + " (" + level.why() + ")");
            return;
        }
        if ("openrouter".equals(compat.thinkingFormat()) && "reasoning-object".equals(r.profile().openrouterReasoningField())) {
            openRouter(body, model, level, notes);
            return;
        }
        if (compat.reasoningEffort()) {
            List<String> efforts = model.efforts() != null ? model.efforts() : List.of("low", "medium", "high");
            String direct = CompletionsCompat.mappedEffort(r, l, model);
            String effort = !direct.equals(l) ? direct : CompletionsThinking.effort(l, efforts);
            if (effort != null) {
                body.put("reasoning_effort", effort);
                notes.add("/reasoning_effort", level.why() + CompletionsCompat.mappedWhy(r, l, effort, model));
            }
            return;
        }
        notes.add("/reasoning_effort", "no reasoning effort: " + compat.why() + " (" + level.why() + ")");
    }

    private static void openRouter(ObjectNode body, CompletionsModel model, CompletionsLevel level, FieldNotes notes) {
        String l = level.level();
        if (model.binary()) {
            body.putObject("reasoning").put("enabled", !l.equals("off"));
            notes.add("/reasoning", level.why() + "; the model has no effort selector, so reasoning is on/off");
            return;
        }
        String effort = model.efforts() == null ? (l.equals("off") ? "none" : l) : CompletionsThinking.effort(l, model.efforts());
        if (effort == null) {
            notes.add("/reasoning", level.why() + "; no effort to send");
            return;
        }
        body.putObject("reasoning").put("effort", effort);
        notes.add("/reasoning", level.why() + (l.equals("off") ? ", sent as effort \"none\"" : "")
                + "; the effort list comes from " + model.source());
    }
}
