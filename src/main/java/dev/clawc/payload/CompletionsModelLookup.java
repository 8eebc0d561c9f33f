package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clawc.config.CompletionsCatalog;
import dev.clawc.config.Route;
import dev.clawc.config.VersionProfile;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Object;
import java.util.Locale;

/**
 * Where the facts of an {@code openai-completions} model come from, in the release's order: the config's model row,
 * the OpenRouter model list, the built-in catalog, a stand-in for the provider, else the release defaults. An unknown
 * model of a built-in provider is refused as OpenClaw refuses it.
 */
final class CompletionsModelLookup {

    private CompletionsModelLookup() {
    }

    static CompletionsModel resolve(CompletionsRoute r) {
        VersionProfile profile = r.profile();
        Route route = r.route();
        int customDefault = Integer.parseInt(profile.customModelDefaultMaxTokens());
        if (r.row() != null) {
            return fromRow(r, customDefault);
        }
        if (r.openRouter() && r.modelList()) {
            return fromOpenRouterList(r);
        }
        CompletionsCatalog catalog = CompletionsCatalog.bundled();
        if (!r.managed() && catalog.hasProvider(route.provider())) {
            CompletionsCatalog.Entry entry = catalog.find(route.provider(), route.upstreamId());
            if (entry != null) {
                return CompletionsModel.fromCatalog(entry, r.release() + "'s built-in model catalog");
            }
            if (r.custom() == null && r.openRouter() && profile.openrouterImplicitProvider()) {
                return CompletionsModel.unknown(CompletionsModel.OPENROUTER_DEFAULT_MAX_TOKENS, r.release()
                        + "'s implicit `openrouter` provider entry (it accepts any id, with the OpenRouter Auto row's limit)");
            }
            if (r.custom() == null) {
                throw new RequestRefusal(r.release() + " does not know this model and sends no request: `Unknown model: "
                        + route.provider() + "/" + route.upstreamId() + "` (not in its built-in catalog, " + catalog.source() + ")");
            }
        }
        if (r.custom() != null && !r.managed()) {
            // 2026.2.6 builds a stand-in model from the provider entry: no reasoning, the first row's limit
            Integer first = firstRowMaxTokens(r);
            return CompletionsModel.unknown(first != null ? first : 200_000,
                    "a stand-in model for provider `" + route.provider() + "` (its first model row's limit)");
        }
        return CompletionsModel.unknown(customDefault, "no model facts clawc knows for `" + route.key()
                + "` (the release default is assumed; UNCERTAIN)");
    }

    /** The row; the release's own transport caps it at the context window and defaults to the provider's maxTokens. */
    private static CompletionsModel fromRow(CompletionsRoute r, int customDefault) {
        int def = customDefault;
        int cap = 0;
        if (r.managed()) {
            Integer providerMax = CompletionsModel.positiveInt(r.custom().get("maxTokens"));
            Integer window = CompletionsModel.positiveInt(r.row().row().get("contextWindow"));
            cap = window != null ? window : 200_000;
            def = providerMax != null ? providerMax : customDefault;
        }
        return CompletionsModel.fromRow(r.row().row(), def, cap, "the model row `" + r.row().path() + "`");
    }

    private static CompletionsModel fromOpenRouterList(CompletionsRoute r) {
        OpenRouterModels list = r.context().openRouterModels();
        String id = r.route().upstreamId();
        if (list == null) {
            return CompletionsModel.unknown(CompletionsModel.OPENROUTER_DEFAULT_MAX_TOKENS,
                    "no OpenRouter model list (the gateway could not fetch it)");
        }
        JsonNode entry = list.find(id);
        if (entry == null) {
            entry = list.find(id.toLowerCase(Locale.ROOT));
        }
        if (entry == null) {
            return CompletionsModel.unknown(CompletionsModel.OPENROUTER_DEFAULT_MAX_TOKENS,
                    "no entry for `" + id + "` in the OpenRouter model list");
        }
        CompletionsModel listed = CompletionsModel.fromOpenRouterList(entry);
        // releases before it read tool support from the list send tools to every model
        return r.profile().openrouterToolSupportFromList() ? listed : listed.withToolSupportUnstated();
    }

    private static Integer firstRowMaxTokens(CompletionsRoute r) {
        Json5Array rows = r.custom() == null ? null : r.custom().models();
        if (rows == null || rows.elements().isEmpty() || !(rows.elements().get(0) instanceof Json5Object first)) {
            return null;
        }
        return CompletionsModel.positiveInt(first.get("maxTokens"));
    }
}
