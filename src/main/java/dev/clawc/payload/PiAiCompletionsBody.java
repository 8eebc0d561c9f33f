package dev.clawc.payload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.Route;
import dev.clawc.config.Route.Where;
import dev.clawc.json5.Json5Object;

/** The rest of an {@code openai-completions} body as pi-ai shapes it (2026.2.6 and the releases on its transport). */
final class PiAiCompletionsBody {

    private PiAiCompletionsBody() {
    }

    static void fill(ObjectNode body, CompletionsRoute r, CompletionsModel model, CompletionsLevel level, CompletionsCompat compat,
            CompletionsParams params, FieldNotes notes) {
        compat.putUsageAndStore(body, "usage reporting, " + compat.why(), notes);
        Double maxParam = CompletionsParams.number(params.get("maxTokens"));
        boolean configured = maxParam != null && maxParam > 0;
        body.put(compat.maxTokensField(), configured ? (int) Math.floor(maxParam) : Math.min(model.maxTokens(), 32_000));
        notes.add("/" + compat.maxTokensField(), configured ? "from `" + params.get("maxTokens").path() + "`"
                : "min(" + model.maxTokens() + " from " + model.source() + ", 32000): " + r.release() + " caps the default at 32000");
        Double temperature = CompletionsParams.number(params.get("temperature"));
        if (temperature != null) {
            ConfigJson.putNumber(body, "temperature", temperature);
            notes.add("/temperature", "from `" + params.get("temperature").path() + "`");
        }
        ObjectNode toolMarker = CacheControl.at(r.route(), Where.LAST_TOOL);
        body.set("tools", CompletionsTools.build(CompletionsTools.names(false, model.image()), compat.strictFalse(), toolMarker));
        notes.add("/tools", "OpenClaw's agent tools (representative list)" + (compat.strictFalse() ? "; `strict: false` on each" : ""));
        if (toolMarker != null) {
            notes.add("/tools/-1/cache_control", r.cacheWhy(toolMarker));
        }
        reasoning(body, r, model, level, compat, notes);
        routing(body, r, model, params, notes);
    }

    /** z.ai's thinking switch, OpenClaw's OpenRouter wrapper's reasoning object, or reasoning_effort. */
    private static void reasoning(ObjectNode body, CompletionsRoute r, CompletionsModel model, CompletionsLevel level,
            CompletionsCompat compat, FieldNotes notes) {
        String l = level.level();
        if ("zai".equals(compat.thinkingFormat()) && model.reasoning()) {
            body.putObject("thinking").put("type", l.equals("off") ? "disabled" : "enabled");
            notes.add("/thinking", level.why());
        } else if (r.openRouter() && model.reasoning() && "reasoning-object".equals(r.profile().openrouterReasoningField())) {
            // OpenClaw's OpenRouter wrapper writes reasoning.effort itself ("off" as "none")
            body.putObject("reasoning").put("effort", l.equals("off") ? "none" : l);
            notes.add("/reasoning", level.why() + "; " + r.release() + "'s OpenRouter wrapper sends it as `reasoning.effort`");
        } else if (!l.equals("off") && model.reasoning() && compat.reasoningEffort()) {
            String id = r.route().upstreamId();
            String effort = l.equals("xhigh") && !(id.contains("gpt-5.2") || id.contains("gpt-5.3")) ? "high" : l;
            String mapped = CompletionsCompat.mappedEffort(r, effort, model);
            body.put("reasoning_effort", mapped);
            notes.add("/reasoning_effort", level.why() + (effort.equals(l) ? "" : ", sent as \"high\" (xhigh is not supported)")
                    + "; " + model.source() + " marks the model as reasoning" + CompletionsCompat.mappedWhy(r, effort, mapped, model));
        } else if (model.reasoning()) {
            notes.add("/reasoning_effort", level.why() + ": no reasoning_effort");
        }
    }

    /** The model's `compat.openRouterRouting` on openrouter.ai; `params.provider` is not forwarded by these releases. */
    private static void routing(ObjectNode body, CompletionsRoute r, CompletionsModel model, CompletionsParams params, FieldNotes notes) {
        Route route = r.route();
        if (route.baseUrl().contains("openrouter.ai") && model.compat() != null
                && model.compat().get("openRouterRouting") instanceof Json5Object routing && !routing.isEmpty()) {
            body.set("provider", ConfigJson.of(routing));
            notes.add("/provider", "from the model's `compat.openRouterRouting`");
        } else if (r.openRouter() && params.has("provider") && !r.profile().openrouterProviderRouting()) {
            notes.add("/provider", "`" + params.get("provider").path() + "` is not forwarded by " + r.release() + " (no `provider` routing object)");
        }
    }
}
