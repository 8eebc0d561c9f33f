package dev.clawc.config;

import dev.clawc.json5.Json5Object;

/**
 * What a release does with a model row added under a built-in provider (say {@code models.providers.google.models[]})
 * when neither the row nor the provider entry sets {@code api} or {@code baseUrl} (switch {@code builtinRowTransport},
 * openclaw/openclaw#126529). The route planner, the rule that reports it and the request builder all ask here.
 */
public final class BuiltinRows {
    /** Where such a row's requests go instead of the built-in provider's own endpoint. */
    public static final String OPENAI_BASE_URL = "https://api.openai.com/v1";

    public enum Fate {
        /** The row uses the built-in provider's transport (or it is not such a row). */
        PROVIDER,
        /** Sent as OpenAI Responses to {@link #OPENAI_BASE_URL}, with the provider's credential. */
        OPENAI,
        /** OpenAI Responses is chosen, then OpenClaw refuses to send: the provider has no explicit base URL. */
        REFUSED
    }

    private BuiltinRows() {
    }

    /** The fate of {@code row} (a row of {@code custom}, or null) on the config's release. */
    public static Fate fate(ConfigModel config, CustomProvider custom, Json5Object row) {
        if (custom == null || row == null) {
            return Fate.PROVIDER;
        }
        ProviderCatalog.BuiltinProvider builtin = config.catalog().get(custom.id());
        boolean affected = builtin != null && builtin.api() != null && !builtin.api().startsWith("openai-")
                && custom.api() == null && custom.baseUrl() == null
                && Nodes.string(row.get("api")) == null && Nodes.string(row.get("baseUrl")) == null;
        if (!affected) {
            return Fate.PROVIDER;
        }
        return switch (config.profile().builtinRowTransport()) {
            case "openai" -> Fate.OPENAI;
            case "refused" -> Fate.REFUSED;
            default -> Fate.PROVIDER;
        };
    }

    /** The fate of the row that declares {@code modelId} under provider {@code providerId}. */
    public static Fate fate(ConfigModel config, String providerId, String modelId) {
        CustomProvider custom = config.providers().get(providerId);
        return fate(config, custom, custom == null ? null : custom.row(modelId));
    }
}
