package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.Route.Param;
import dev.clawc.config.Route.Where;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5Object;

/**
 * The rest of an {@code openai-completions} body as the release's own transport shapes it (2026.5 on): sampling and
 * extra params where the release forwards them ({@code completionsExtraParams: full}), tools, the output limit, reasoning
 * and OpenRouter provider routing.
 */
final class ManagedCompletionsBody {

    private ManagedCompletionsBody() {
    }

    static void fill(ObjectNode body, CompletionsRoute r, CompletionsModel model, CompletionsLevel level, CompletionsCompat compat,
            CompletionsParams params, boolean tools, FieldNotes notes) {
        compat.putUsageAndStore(body, "usage reporting: " + compat.why(), notes);
        boolean full = "full".equals(r.profile().completionsExtraParams());
        putNumberParam(body, "temperature", params.get("temperature"), notes);
        if (full) {
            sampling(body, params, notes);
        }
        if (tools) {
            tools(body, r, model, compat, notes);
        } else {
            notes.add("/messages", model.source() + " says the model takes no tools: no `tools`, no `tool_choice`, no internal-context message");
        }
        maxTokens(body, r, model, compat, params, notes);
        CompletionsReasoning.put(body, r, model, level, compat, notes);
        if (r.openRouter() && r.profile().openrouterProviderRouting()) {
            OpenRouterRouting.put(r, body, notes);
        }
        if (full) {
            extras(body, params, notes);
        }
    }

    private static void sampling(ObjectNode body, CompletionsParams params, FieldNotes notes) {
        putNumberParam(body, "top_p", params.get("topP"), notes);
        putNumberParam(body, "frequency_penalty", params.first("frequencyPenalty", "frequency_penalty"), notes);
        putNumberParam(body, "presence_penalty", params.first("presencePenalty", "presence_penalty"), notes);
        putNumberParam(body, "seed", params.get("seed"), notes);
        Param stop = params.get("stop");
        ArrayNode stops = stop == null ? null : NativePayloadData.stopSequences(stop.value());
        if (stops != null && !stops.isEmpty()) {
            body.set("stop", stops);
            notes.add("/stop", "from `" + stop.path() + "`");
        }
    }

    private static void tools(ObjectNode body, CompletionsRoute r, CompletionsModel model, CompletionsCompat compat, FieldNotes notes) {
        ObjectNode toolMarker = CacheControl.at(r.route(), Where.LAST_TOOL);
        body.set("tools", CompletionsTools.build(CompletionsTools.names(true, model.image()), false, toolMarker));
        notes.add("/tools", "OpenClaw's agent tools, sorted by name (representative list; image tools only for image-input models)");
        if (toolMarker != null) {
            notes.add("/tools/-1/cache_control", r.cacheWhy(toolMarker));
        }
        if (compat.toolChoiceAuto() && r.profile().completionsToolChoiceAuto()) {
            body.put("tool_choice", "auto");
            notes.add("/tool_choice", r.release() + " sets `auto` explicitly on proxy-like endpoints");
        }
    }

    /** params.maxTokens clamped to the model's limit, else the model's limit. */
    private static void maxTokens(ObjectNode body, CompletionsRoute r, CompletionsModel model, CompletionsCompat compat,
            CompletionsParams params, FieldNotes notes) {
        Param param = params.first("maxTokens", "max_completion_tokens", "max_tokens");
        Double requested = CompletionsParams.number(param);
        String field = "/" + compat.maxTokensField();
        if (requested != null && requested >= 1) {
            int value = (int) Math.min(Math.floor(requested), model.maxTokens());
            body.put(compat.maxTokensField(), value);
            notes.add(field, "from `" + param.path() + "`" + (value < requested ? ", clamped to the model's limit " + model.maxTokens()
                    + " (" + model.source() + ")" : ""));
            return;
        }
        body.put(compat.maxTokensField(), model.maxTokens());
        String src = r.openRouter() && r.modelList() && r.row() == null
                ? (model.source().equals("the OpenRouter model list") ? "`top_provider.max_completion_tokens` in the OpenRouter model list"
                        + " (8192 when it has none)" : model.source() + ", so OpenClaw's default 8192")
                : model.source();
        notes.add(field, "the model's output limit, from " + src + "; `params.maxTokens` overrides it");
    }

    /** extra_body (merged into the body last), chat_template_kwargs and parallel_tool_calls. */
    private static void extras(ObjectNode body, CompletionsParams params, FieldNotes notes) {
        Param extra = params.first("extra_body", "extraBody");
        if (extra != null && extra.value() instanceof Json5Object extraBody) {
            JsonNode merged = ConfigJson.of(extraBody);
            merged.fields().forEachRemaining(e -> body.set(e.getKey(), e.getValue()));
            notes.add("/", "keys of `" + extra.path() + "` are merged into the body last");
        }
        Param kwargs = params.first("chat_template_kwargs", "chatTemplateKwargs");
        if (kwargs != null && kwargs.value() instanceof Json5Object k) {
            ObjectNode target = body.get("chat_template_kwargs") instanceof ObjectNode o ? o : body.putObject("chat_template_kwargs");
            target.setAll((ObjectNode) ConfigJson.of(k));
            notes.add("/chat_template_kwargs", "from `" + kwargs.path() + "`");
        }
        Param parallel = params.first("parallel_tool_calls", "parallelToolCalls");
        if (parallel != null && parallel.value() instanceof Json5Boolean b) {
            body.put("parallel_tool_calls", b.value());
            notes.add("/parallel_tool_calls", "from `" + parallel.path() + "`");
        }
    }

    private static void putNumberParam(ObjectNode body, String field, Param p, FieldNotes notes) {
        Double v = CompletionsParams.number(p);
        if (v != null) {
            ConfigJson.putNumber(body, field, v);
            notes.add("/" + field, "from `" + p.path() + "`");
        }
    }
}
