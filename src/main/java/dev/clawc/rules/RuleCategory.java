package dev.clawc.rules;

/** What a semantic rule is about. Rules run, and same-place findings are listed, in this order. */
public enum RuleCategory {
    /** Model refs and `models` maps: provider ids, OpenRouter ids, canonical keys, aliases. */
    REFS,
    /** Model chains: allowlists, fallbacks, params on chain entries. */
    CHAIN,
    /** Providers: definitions, endpoints, APIs, credentials, secrets, env. */
    PROVIDER,
    /** Model catalogs: retired and unknown models, model rows. */
    CATALOG,
    /** Config drift between OpenClaw releases: retired, moved and not-yet-supported keys. */
    VERSION,
    /** Requests a route will send: prompt caching, reasoning parameters. */
    REQUEST,
    /** What OpenClaw's validator refuses beyond its JSON Schema: references to agents, group keys, path shapes. */
    VALIDATOR;

    /** The lower-case name shown to users. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
