package dev.clawc.config;

import dev.clawc.release.OpenClawVersion;

/**
 * What one OpenClaw release does: the switch table (rules/openclaw/switches.json5) read at that release, with one
 * typed accessor per switch. {@link #version()} is the release the user chose, so messages name it.
 */
public final class VersionProfile {
    private final OpenClawVersion version;
    private final SwitchTable table;

    VersionProfile(OpenClawVersion version, SwitchTable table) {
        this.version = version;
        this.table = table;
    }

    public OpenClawVersion version() {
        return version;
    }

    /** The first release from which switch {@code name} has {@code value} (Boolean or String), for "upgrade to" help. */
    public OpenClawVersion firstWith(String name, Object value) {
        return table.firstWith(name, value);
    }

    /** The last release in which switch {@code name} has {@code value}, or null. */
    public OpenClawVersion lastWith(String name, Object value) {
        return table.lastWith(name, value);
    }

    /** A switch's history in words: "`anthropic` up to 2026.4.11, `openai` from 2026.4.12". */
    public String history(String name) {
        StringBuilder out = new StringBuilder();
        var segments = table.switches().get(name);
        for (int i = 0; i < segments.size(); i++) {
            SwitchTable.Segment s = segments.get(i);
            out.append(i == 0 ? "" : ", ").append('`').append(SwitchTable.plain(s.value())).append('`');
            if (i == 0 && s.until() != null) {
                out.append(" up to ").append(s.until());
            } else if (s.until() != null) {
                out.append(" from ").append(s.since()).append(" to ").append(s.until());
            } else if (i > 0) {
                out.append(" from ").append(s.since());
            }
        }
        return out.toString();
    }

    /** The value of boolean switch {@code name} at this release. */
    /** Whether a rule's {@code when} ({@link SwitchTable.Condition}) holds on this release. */
    public boolean enabled(String when) {
        SwitchTable.Condition condition = SwitchTable.Condition.parse(when);
        return condition.holds(table.at(condition.name(), version).value());
    }

    private boolean flag(String name) {
        return Boolean.TRUE.equals(SwitchTable.plain(table.at(name, version).value()));
    }

    private String text(String name) {
        return SwitchTable.plain(table.at(name, version).value()) instanceof String s ? s : null;
    }

    /** `explain`'s predictions for this release are checked against captured requests (and match them). */
    public boolean explainVerified() {
        return flag("explainVerified");
    }

    /** The nearest releases at or below and above this one where switch {@code name} has {@code value}: {below, above}. */
    public OpenClawVersion[] nearestWith(String name, Object value) {
        return table.nearestWith(name, value, version);
    }

    /** Any provider id whose base URL host is openrouter.ai gets the OpenRouter `anthropic/*` cache markers. */
    public boolean openrouterMarkersByHost() {
        return flag("openrouterMarkersByHost");
    }

    /** The user turn a fallback model receives after the models before it failed (see switches.json5). */
    public String failoverRetryPrompt() {
        return text("failoverRetryPrompt");
    }

    /** An HTTP 400 (request refused) makes the run fall over to the chain's next model. */
    public boolean failoverOnBadRequest() {
        return flag("failoverOnBadRequest");
    }

    /** An HTTP 500 makes the run fall over to the chain's next model (after retrying this one). */
    public boolean failoverOnServerError() {
        return flag("failoverOnServerError");
    }

    /** Fallbacks are tried only when the model allowlist lists them. */
    public boolean fallbacksNeedAllowlist() {
        return flag("fallbacksNeedAllowlist");
    }

    /** Provider a ref without `provider/` falls back to. */
    public String defaultProvider() {
        return text("defaultProvider");
    }

    /** `agents.defaults.params` exists (global params layer). */
    public boolean defaultsParams() {
        return flag("defaultsParams");
    }

    /** Per-agent `params` exists. */
    public boolean agentParams() {
        return flag("agentParams");
    }

    /** Keyed `agents.entries` exists; `agents.list` is migrated to it in memory. */
    public boolean agentsEntries() {
        return flag("agentsEntries");
    }

    /** The configured default model is always in the allowed set. */
    public boolean configuredDefaultAlwaysAllowed() {
        return flag("configuredDefaultAlwaysAllowed");
    }

    /** OpenRouter `anthropic/*` cache markers are sent whatever `cacheRetention` says ("none" cannot remove .... */
    public boolean openrouterAnthropicCacheIgnoresRetention() {
        return flag("openrouterAnthropicCacheIgnoresRetention");
    }

    /** OpenRouter `anthropic/*` requests get a marker on the system prompt. */
    public boolean openrouterSystemPromptMarker() {
        return flag("openrouterSystemPromptMarker");
    }

    /** Which OpenRouter requests get markers. */
    public String openrouterMarkerRouteGate() {
        return text("openrouterMarkerRouteGate");
    }

    /** OpenRouter `anthropic/*` requests get a marker on the last tool. */
    public boolean openrouterToolMarker() {
        return flag("openrouterToolMarker");
    }

    /** `cacheRetention: "long"` gives OpenRouter `anthropic/*` markers `ttl: "1h"`. */
    public boolean openrouterLongTtl() {
        return flag("openrouterLongTtl");
    }

    /** `params.provider` (OpenRouter provider routing: order, ignore, only, allow_fallbacks) is forwarded in .... */
    public boolean openrouterProviderRouting() {
        return flag("openrouterProviderRouting");
    }

    /** Direct Anthropic requests get a marker on the last tool. */
    public boolean anthropicToolMarker() {
        return flag("anthropicToolMarker");
    }

    /** `cacheRetention` from params reaches the transport only for provider `anthropic` (others get the .... */
    public boolean retentionOnlyForAnthropicProvider() {
        return flag("retentionOnlyForAnthropicProvider");
    }

    /** Environment variable that turns the transport's default retention to long. */
    public String cacheRetentionEnv() {
        return text("cacheRetentionEnv");
    }

    /** Openai-completions request shape. */
    public String completionsCompat() {
        return text("completionsCompat");
    }

    /** Chat-completions system prompt layout. */
    public String completionsSystemLayout() {
        return text("completionsSystemLayout");
    }

    /** OpenClaw's compat normalization of chat-completions models before the endpoint-class era (see switches.json5). */
    public String completionsNonNativeCompat() {
        return text("completionsNonNativeCompat");
    }

    /** Any OpenRouter id resolves through OpenClaw's implicit `openrouter` provider entry (see switches.json5). */
    public boolean openrouterImplicitProvider() {
        return flag("openrouterImplicitProvider");
    }

    /** OpenClaw's Responses transport turns a long cacheRetention into a prompt-cache lifetime field. */
    public boolean responsesPromptCacheLifetime() {
        return flag("responsesPromptCacheLifetime");
    }

    /** OpenRouter requests leave out tools for models the OpenRouter model list says take none. */
    public boolean openrouterToolSupportFromList() {
        return flag("openrouterToolSupportFromList");
    }

    /** Anthropic Messages requests carry the fine-grained-tool-streaming beta. */
    public boolean anthropicFineGrainedBeta() {
        return flag("anthropicFineGrainedBeta");
    }

    /** OpenRouter `anthropic/*` requests carry Anthropic-style cache markers at all. */
    public boolean openrouterAnthropicMarkers() {
        return flag("openrouterAnthropicMarkers");
    }

    /** Gemini requests to generativelanguage.googleapis.com carry OpenClaw's x-goog-api-client attribution. */
    public boolean googleClientHeader() {
        return flag("googleClientHeader");
    }

    /** Anthropic Messages requests carry the transport's implicit betas at all. */
    public boolean anthropicTransportBetas() {
        return flag("anthropicTransportBetas");
    }

    /** What happens to a row under a built-in provider without api/baseUrl: provider, openai or refused. */
    public String builtinRowTransport() {
        return text("builtinRowTransport");
    }

    /** Chat-completions requests to proxy-like endpoints set {@code tool_choice: "auto"}. */
    public boolean completionsToolChoiceAuto() {
        return flag("completionsToolChoiceAuto");
    }

    /** Thinking level on openai-completions routes. */
    public String completionsThinkingPolicy() {
        return text("completionsThinkingPolicy");
    }

    /** MaxTokens of a `models.providers.*.models[]` row that sets none: 16384 (pi-coding-agent 0.52.7 .... */
    public String customModelDefaultMaxTokens() {
        return text("customModelDefaultMaxTokens");
    }

    /** Params that reach an openai-completions body. */
    public String completionsExtraParams() {
        return text("completionsExtraParams");
    }

    /** Where OpenRouter model facts (reasoning, efforts, max tokens, tool and image support) come from. */
    public String openrouterModelFacts() {
        return text("openrouterModelFacts");
    }

    /** OpenRouter reasoning in the body. */
    public String openrouterReasoningField() {
        return text("openrouterReasoningField");
    }

    /** OpenRouter app attribution headers. */
    public String openrouterAttributionHeaders() {
        return text("openrouterAttributionHeaders");
    }

    /** Which OpenRouter requests carry attribution headers. */
    public String openrouterAttributionRouteGate() {
        return text("openrouterAttributionRouteGate");
    }

    /** Model library generation that builds native requests (anthropic-messages, openai-responses, .... */
    public String modelLibrary() {
        return text("modelLibrary");
    }

    /** Built-in catalog (rules/payload/native-models.json5) the native builders take model limits and .... */
    public String builtinModelCatalog() {
        return text("builtinModelCatalog");
    }

    /** Native requests split the system prompt at OpenClaw's cache boundary: with cache markers a stable .... */
    public boolean systemPromptSplit() {
        return flag("systemPromptSplit");
    }

    /** A transient internal-context user message follows the prompt on native requests (anthropic, .... */
    public boolean internalContextMessage() {
        return flag("internalContextMessage");
    }

    /** An unmarked chat-completions prompt carries OpenClaw's Runtime line (the stable-dynamic layout). */
    public boolean promptRuntimeLine() {
        return flag("promptRuntimeLine");
    }

    /** The Anthropic prompt's cache marker sits on the internal-context message, and the prompt stays a string. */
    public boolean promptMarkerOnInternalContext() {
        return flag("promptMarkerOnInternalContext");
    }

    /** Thinking level on native routes (anthropic-messages, openai-responses, google-generative-ai). */
    public String thinkingLevelPolicy() {
        return text("thinkingLevelPolicy");
    }

    /** An anthropic-messages `baseUrl` ending in `/v1` is reduced to its origin before `/v1/messages` is appended. */
    public boolean anthropicBaseUrlV1Stripped() {
        return flag("anthropicBaseUrlV1Stripped");
    }

    /** Smallest model context window OpenClaw runs a model with (a number as text). */
    public String contextWindowHardMin() {
        return text("contextWindowHardMin");
    }

    /** How the compaction reserve meets a small context window: uncapped-floor, reserve-uncapped or capped. */
    public String compactionReservePolicy() {
        return text("compactionReservePolicy");
    }

    /** OpenClaw maps thinking levels to Groq's `default` effort for qwen/qwen3-32b (pi-ai map, later the bundled groq plugin). */
    public boolean groqReasoningCompat() {
        return flag("groqReasoningCompat");
    }

    /** Implicit `anthropic-beta` header only on direct Anthropic (provider anthropic at api.anthropic.com); .... */
    public boolean anthropicBetasDirectOnly() {
        return flag("anthropicBetasDirectOnly");
    }

    /** Direct Anthropic requests carry `context_management` (clear_tool_uses_20250919, from .... */
    public boolean anthropicContextManagement() {
        return flag("anthropicContextManagement");
    }

    /** Adaptive thinking on direct Anthropic gets block_binding {prefix_mismatch_behavior: drop_block} and .... */
    public boolean anthropicThinkingBinding() {
        return flag("anthropicThinkingBinding");
    }

    /** Direct Anthropic requests with an API key carry `service_tier: "standard_only"` (fast mode off by .... */
    public boolean anthropicStandardOnlyTier() {
        return flag("anthropicStandardOnlyTier");
    }

    /** OpenAI Responses requests to verified endpoints (api.openai.com, api.x.ai) put the system prompt in .... */
    public boolean responsesInstructions() {
        return flag("responsesInstructions");
    }

    /** Native OpenAI Responses requests send `store: true` (provider policy; other Responses endpoints .... */
    public boolean responsesNativeStore() {
        return flag("responsesNativeStore");
    }

    /** Native OpenAI Responses requests carry `context_management: [{type: compaction, compact_threshold: .... */
    public boolean responsesServerCompaction() {
        return flag("responsesServerCompaction");
    }

    /** Native OpenAI requests carry OpenClaw attribution and turn identity: originator/version/user-agent .... */
    public boolean openaiTurnMetadata() {
        return flag("openaiTurnMetadata");
    }

    /** Native OpenAI gpt-5* requests get `text: {verbosity: "low"}` and `parallel_tool_calls: true` unless .... */
    public boolean openaiGpt5Defaults() {
        return flag("openaiGpt5Defaults");
    }

    /** How Gemini requests are made. */
    public String googleTransport() {
        return text("googleTransport");
    }

    /** Field that carries a Gemini function declaration's JSON schema. */
    public String googleToolSchemaField() {
        return text("googleToolSchemaField");
    }

    /** `agents.defaults.modelPolicy` exists and the legacy defaults-map allowlist needs the migration marker .... */
    public boolean modelPolicyAllow() {
        return flag("modelPolicyAllow");
    }

    /** Provider ids are rewritten before lookup (z.ai -> zai, qwen -> qwen-portal, ...). */
    public boolean providerIdRewrites() {
        return flag("providerIdRewrites");
    }

    /** `env` accepts only `vars` and `shellEnv`: a string directly under `env` fails `config validate` (was .... */
    public boolean envShorthandStrict() {
        return flag("envShorthandStrict");
    }

    /** A per-agent `model` written as a string, or as `{ primary }` without `fallbacks`, replaces the .... */
    public boolean agentModelReplacesFallbacks() {
        return flag("agentModelReplacesFallbacks");
    }

    /** A configured `ollama` provider without a key gets the synthetic `ollama-local` key. */
    public boolean ollamaSyntheticKey() {
        return flag("ollamaSyntheticKey");
    }

    /** Which keyless local custom providers get the synthetic `custom-local` key: none, loopback, private-network, docker-hosts. */
    public String customLocalSyntheticKey() {
        return text("customLocalSyntheticKey");
    }

    /** `apiKey: "<a known provider key variable>"` is read from that variable (any other string is the key itself). */
    public boolean envNameApiKeyMarker() {
        return flag("envNameApiKeyMarker");
    }

    /** `config validate` refuses a legacy `secretref-env:NAME` marker on a secret field. */
    public boolean legacyEnvMarkerRejected() {
        return flag("legacyEnvMarkerRejected");
    }

    /** Which legacy env markers `doctor --fix` rewrites into env SecretRefs: none, secretref-env, both. */
    public String doctorMigratesEnvMarkers() {
        return text("doctorMigratesEnvMarkers");
    }

    /** A model row's `compat.cacheControlFormat: "anthropic"` exists (Anthropic markers on an OpenAI-compatible route). */
    public boolean cacheControlFormatCompat() {
        return flag("cacheControlFormatCompat");
    }

    /** `Unknown model` names a key of `agents.defaults.models` with no `models.providers[<p>].models[]` row. */
    public boolean unknownModelRegistrationHint() {
        return flag("unknownModelRegistrationHint");
    }

    /** A secret field written `$NAME` is read as an env SecretRef. */
    public boolean envShorthandSecretRef() {
        return flag("envShorthandSecretRef");
    }
}
