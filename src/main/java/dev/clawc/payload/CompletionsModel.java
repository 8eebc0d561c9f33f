package dev.clawc.payload;

import dev.clawc.config.CompletionsCatalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5Number;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What OpenClaw knows about the model of a chat-completions route when it builds the request: whether it
 * reasons and with which efforts, its output limit, image input, tool support, and request-shape
 * overrides ({@code compat}), with a short description of where that came from.
 *
 * @param efforts        reasoning efforts the model accepts, "none" included when reasoning may be off;
 *                       null when the source does not say (then any level is passed through)
 * @param binary         the model reasons but has no effort selector: on/off only
 * @param mandatory      reasoning cannot be turned off
 * @param supportsTools  false when the source says the model takes no tools; null when it does not say
 * @param compat         the model row's or catalog's {@code compat} object, or null
 */
record CompletionsModel(boolean reasoning, List<String> efforts, boolean binary, boolean mandatory, int maxTokens,
        boolean image, Boolean supportsTools, Json5Object compat, String source) {

    static final List<String> OPENROUTER_EFFORTS = List.of("minimal", "low", "medium", "high", "xhigh", "max");
    static final int OPENROUTER_DEFAULT_MAX_TOKENS = 8192;

    /** A model the gateway knows nothing about: no reasoning, text only, the given output limit. */
    static CompletionsModel unknown(int maxTokens, String source) {
        return new CompletionsModel(false, null, false, false, maxTokens, false, null, null, source);
    }

    /** The same model with its tool support unstated (a release that does not read it from this source). */
    CompletionsModel withToolSupportUnstated() {
        return new CompletionsModel(reasoning, efforts, binary, mandatory, maxTokens, image, null, compat, source);
    }

    /** The same model as seen by a step that does not know it reasons (the thinking level on a cold gateway). */
    CompletionsModel withoutReasoning() {
        return new CompletionsModel(false, null, false, false, maxTokens, image, supportsTools, compat, source);
    }

    /**
     * An entry of OpenRouter's {@code /api/v1/models} list, read the way OpenClaw 2026.9.6 reads it:
     * {@code supported_parameters} gives reasoning and tool support, the {@code reasoning} object the
     * efforts (plus "none" unless reasoning is mandatory), {@code top_provider.max_completion_tokens}
     * the output limit (8192 when absent), the input side of {@code architecture.modality} image input.
     */
    static CompletionsModel fromOpenRouterList(JsonNode entry) {
        JsonNode params = entry.get("supported_parameters");
        boolean paramsListed = params != null && params.isArray();
        boolean reasoning = paramsListed && contains(params, "reasoning");
        Boolean tools = paramsListed ? contains(params, "tools") : null;
        List<String> efforts = null;
        boolean binary = false;
        boolean mandatory = false;
        JsonNode r = entry.get("reasoning");
        JsonNode rawEfforts = r == null ? null : r.get("supported_efforts");
        if (r != null && r.isObject() && r.path("mandatory").isBoolean()
                && (rawEfforts == null || rawEfforts.isNull() || rawEfforts.isArray())) {
            reasoning = true;
            mandatory = r.get("mandatory").asBoolean();
            List<String> listed = new ArrayList<>();
            if (rawEfforts == null) {
                listed = null;
            } else if (rawEfforts.isNull()) {
                listed.addAll(OPENROUTER_EFFORTS);
            } else {
                for (JsonNode e : rawEfforts) {
                    if (e.isTextual() && !e.asText().isBlank()) {
                        listed.add(e.asText().trim());
                    }
                }
            }
            if (listed == null || listed.isEmpty()) {
                binary = true;
            } else {
                Set<String> accepted = new LinkedHashSet<>();
                if (!mandatory) {
                    accepted.add("none");
                }
                for (String e : listed) {
                    if (!(mandatory && e.equals("none"))) {
                        accepted.add(e);
                    }
                }
                efforts = List.copyOf(accepted);
            }
        }
        int maxTokens = firstPositive(entry.path("top_provider").get("max_completion_tokens"), entry.get("max_completion_tokens"),
                entry.get("max_output_tokens"));
        String modality = entry.path("architecture").path("modality").asText(entry.path("modality").asText(""));
        boolean image = modality.split("->", -1)[0].contains("image");
        return new CompletionsModel(reasoning, efforts, binary, mandatory,
                maxTokens > 0 ? maxTokens : OPENROUTER_DEFAULT_MAX_TOKENS, image, tools, null,
                "the OpenRouter model list");
    }

    /** A {@code models.providers.<p>.models[]} row: reasoning and maxTokens as written, else the release's defaults. */
    static CompletionsModel fromRow(Json5Object row, int defaultMaxTokens, int contextCap, String source) {
        boolean reasoning = row.get("reasoning") instanceof Json5Boolean b && b.value();
        Integer rowMax = positiveInt(row.get("maxTokens"));
        int maxTokens = rowMax != null ? rowMax : defaultMaxTokens;
        if (contextCap > 0) {
            maxTokens = Math.min(maxTokens, contextCap);
        }
        boolean image = false;
        if (row.get("input") instanceof Json5Array input) {
            for (Json5Value v : input.elements()) {
                image |= v instanceof Json5String s && s.value().equals("image");
            }
        }
        Json5Object compat = row.get("compat") instanceof Json5Object c ? c : null;
        Boolean tools = compat != null && compat.get("supportsTools") instanceof Json5Boolean t ? t.value() : null;
        List<String> efforts = null;
        if (compat != null && compat.get("supportedReasoningEfforts") instanceof Json5Array list) {
            Set<String> accepted = new LinkedHashSet<>();
            for (Json5Value v : list.elements()) {
                if (v instanceof Json5String s && !s.value().isBlank()) {
                    accepted.add(s.value().trim());
                }
            }
            efforts = List.copyOf(accepted);
        }
        return new CompletionsModel(reasoning, efforts, false, false, maxTokens, image, tools, compat, source);
    }

    static CompletionsModel fromCatalog(CompletionsCatalog.Entry entry, String source) {
        return new CompletionsModel(entry.reasoning(), null, false, false, entry.maxTokens(), entry.image(), null,
                entry.compat(), source);
    }

    /** A boolean {@code compat} flag as written on the row or catalog entry, or null. */
    Boolean compatFlag(String key) {
        return compat != null && compat.get(key) instanceof Json5Boolean b ? b.value() : null;
    }

    String compatText(String key) {
        return compat != null && compat.get(key) instanceof Json5String s ? s.value() : null;
    }

    static Integer positiveInt(Json5Value value) {
        if (value instanceof Json5Number n && n.isFinite() && n.doubleValue() > 0) {
            return (int) Math.floor(n.doubleValue());
        }
        return null;
    }

    private static boolean contains(JsonNode array, String text) {
        for (JsonNode e : array) {
            if (text.equals(e.asText())) {
                return true;
            }
        }
        return false;
    }

    private static int firstPositive(JsonNode... values) {
        for (JsonNode v : values) {
            if (v != null && v.isNumber() && v.asDouble() > 0) {
                return (int) Math.floor(v.asDouble());
            }
        }
        return -1;
    }
}
