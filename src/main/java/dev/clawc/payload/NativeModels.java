package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clawc.config.ConfigModel;
import dev.clawc.config.CustomProvider;
import dev.clawc.config.Nodes;
import dev.clawc.config.Route;
import dev.clawc.config.VersionProfile;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model facts a native transport reads (token limits, reasoning support, display name, extra headers): a
 * {@code models.providers.<p>.models[]} row of the config when there is one, else the release's built-in catalog
 * ({@code rules/payload/native-models.json5}, chosen by the {@code builtinModelCatalog} switch).
 */
final class NativeModels {

    /**
     * @param source     where the facts come from, for notes ("the built-in catalog of ...", "models.providers.x.models[2]")
     * @param known      false when neither the config nor the catalog describes the model (limits then fall back)
     * @param maxTokens  the model's output limit, or null when none is known
     * @param headers    {@code models.providers.<p>.headers} then the row's {@code headers} (string values only)
     * @param compat     the row's (or catalog entry's) compat object as JSON, or a missing node
     */
    record ModelInfo(String id, String name, boolean known, String source, boolean reasoning, Integer maxTokens,
            Integer contextWindow, Integer contextTokens, JsonNode thinkingLevelMap, JsonNode compat,
            Map<String, String> headers, boolean maxTokensDefaulted) {

        boolean supportsEffort(String effort) {
            JsonNode efforts = compat.path("supportedReasoningEfforts");
            if (!efforts.isArray()) {
                return true;
            }
            for (JsonNode e : efforts) {
                if (e.asText().equals(effort)) {
                    return true;
                }
            }
            return false;
        }
    }

    private NativeModels() {
    }

    static ModelInfo resolve(RequestContext context) {
        Route route = context.route();
        VersionProfile profile = context.profile();
        ConfigModel config = context.config();
        String id = route.upstreamId();
        JsonNode builtin = catalogEntry(profile, route.provider(), id);
        CustomProvider custom = config.providers().get(route.provider());
        Json5Object row = row(custom, id);
        Map<String, String> headers = new LinkedHashMap<>();
        if (custom != null) {
            putHeaders(headers, Nodes.object(custom.get("headers")));
        }
        if (row != null) {
            putHeaders(headers, Nodes.object(row.get("headers")));
        }
        if (row != null) {
            JsonNode r = NativePayloadData.toJson(row);
            boolean reasoning = r.has("reasoning") ? r.path("reasoning").asBoolean(false)
                    : builtin != null && builtin.path("reasoning").asBoolean(false);
            Integer maxTokens = intOrNull(r.path("maxTokens"));
            Integer contextWindow = intOrNull(r.path("contextWindow"));
            boolean defaulted = false;
            if (maxTokens == null && builtin != null) {
                maxTokens = intOrNull(builtin.path("maxTokens"));
            }
            if (contextWindow == null && builtin != null) {
                contextWindow = intOrNull(builtin.path("contextWindow"));
            }
            if (maxTokens == null) {
                Json5Value providerValue = custom == null ? null : custom.get("maxTokens");
                Integer providerMax = providerValue == null ? null : intOrNull(NativePayloadData.toJson(providerValue));
                maxTokens = providerMax != null ? providerMax : defaultCustomMaxTokens(profile);
                if (contextWindow != null && maxTokens != null && maxTokens > contextWindow) {
                    maxTokens = contextWindow;
                }
                defaulted = true;
            }
            String name = r.path("name").isTextual() ? r.path("name").asText() : id;
            JsonNode compat = r.path("compat").isObject() ? r.path("compat")
                    : builtin != null ? builtin.path("compat") : r.path("compat");
            JsonNode levelMap = r.has("thinkingLevelMap") ? r.path("thinkingLevelMap")
                    : builtin != null ? builtin.path("thinkingLevelMap") : r.path("thinkingLevelMap");
            return new ModelInfo(id, name, true, custom.path() + ".models (id `" + id + "`)", reasoning, maxTokens,
                    contextWindow, intOrNull(r.path("contextTokens")), levelMap, compat, headers, defaulted);
        }
        if (builtin != null) {
            return new ModelInfo(id, builtin.path("name").asText(id), true,
                    "OpenClaw " + profile.version() + "'s built-in catalog, " + profile.builtinModelCatalog(),
                    builtin.path("reasoning").asBoolean(false), intOrNull(builtin.path("maxTokens")),
                    intOrNull(builtin.path("contextWindow")), intOrNull(builtin.path("contextTokens")),
                    builtin.path("thinkingLevelMap"), builtin.path("compat"), headers, false);
        }
        return new ModelInfo(id, id, false, "no catalog entry (clawc does not know this model's limits)", false, null, null,
                null, NativePayloadData.NODES.missingNode(), NativePayloadData.NODES.missingNode(), headers, false);
    }

    /** The catalog entry for a built-in provider's model, or null. */
    static JsonNode catalogEntry(VersionProfile profile, String provider, String id) {
        JsonNode models = NativePayloadData.file("native-models.json5").path("catalogs")
                .path(profile.builtinModelCatalog()).path(provider);
        for (JsonNode m : models) {
            if (m.path("id").asText().equals(id)) {
                return m;
            }
        }
        return null;
    }

    /** maxTokens OpenClaw gives a configured model row that sets none (switch shared with the completions builder). */
    private static Integer defaultCustomMaxTokens(VersionProfile profile) {
        try {
            return Integer.valueOf(profile.customModelDefaultMaxTokens());
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    private static Json5Object row(CustomProvider custom, String id) {
        if (custom == null || custom.models() == null) {
            return null;
        }
        Json5Array rows = custom.models();
        Json5Object found = null;
        for (Json5Value v : rows.elements()) {
            if (v instanceof Json5Object o && id.equals(Nodes.string(o.get("id")))) {
                found = o;
            }
        }
        return found;
    }

    private static void putHeaders(Map<String, String> out, Json5Object headers) {
        if (headers == null) {
            return;
        }
        for (Json5Member m : headers.members()) {
            if (m.value() instanceof Json5String s) {
                out.put(m.name().toLowerCase(java.util.Locale.ROOT), s.value());
            } else if (m.value() instanceof Json5Object) {
                out.put(m.name().toLowerCase(java.util.Locale.ROOT), "<auth>"); // a SecretRef: resolved at runtime
            }
        }
    }

    static Integer intOrNull(JsonNode n) {
        return n != null && n.isNumber() && n.asLong() > 0 ? (int) Math.min(Integer.MAX_VALUE, n.asLong()) : null;
    }
}
