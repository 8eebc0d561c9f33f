package dev.clawc.config;

import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Span;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The model allowlist that governs explicit model choices ({@code /model}, the picker, session
 * patches, cron payload models) for one scope, as OpenClaw computes it (facts §3.1,
 * {@code resolveConfiguredModelPolicyAllow} and {@code buildAllowedModelSetFromPrepared} in 2026.9.6):
 * the agent's own {@code modelPolicy} when it owns {@code allow}, else the defaults', else, while the
 * root has no {@code meta.migrations.modelPolicyAllowlist} marker and {@code agents.defaults.modelPolicy}
 * is not an object, the keys of {@code agents.defaults.models} (the legacy rule). Before 2026.8.1
 * there is no {@code modelPolicy}: the defaults map's keys are always the allowlist.
 */
public final class ModelPolicy {

    /** Where the effective allowlist comes from. */
    public enum Source { AGENT_ALLOW, DEFAULTS_ALLOW, LEGACY_MODELS_MAP, NONE }

    /**
     * One allowlist entry: {@code key} is the canonical ref it permits (null for wildcards and for
     * entries that do not resolve); {@code prefix} is a wildcard's {@code provider[/ns]/} prefix.
     */
    public record Entry(String raw, Span span, String key, String prefix, boolean openrouterFree) {
    }

    private final Source source;
    private final String agentId;
    private final ConfigPath path;
    private final Span span;
    private final List<Entry> entries;

    private ModelPolicy(Source source, String agentId, ConfigPath path, Span span, List<Entry> entries) {
        this.source = source;
        this.agentId = agentId;
        this.path = path;
        this.span = span;
        this.entries = Collections.unmodifiableList(entries);
    }

    /** The allowlist in force for an agent (null: the defaults' scope, used by agents without their own policy). */
    public static ModelPolicy effective(ConfigModel config, String agentId) {
        boolean policies = config.profile().modelPolicyAllow();
        if (policies && agentId != null) {
            Agent agent = config.agent(agentId);
            Json5Object policy = agent == null ? null : agent.modelPolicy();
            if (policy != null && policy.member("allow") != null) {
                return fromAllow(config, Source.AGENT_ALLOW, agentId, agent.path().key("modelPolicy").key("allow"),
                        policy.member("allow"));
            }
        }
        Agent defaults = config.defaults();
        Json5Object defaultsPolicy = defaults.modelPolicy();
        if (policies && defaultsPolicy != null && defaultsPolicy.member("allow") != null) {
            return fromAllow(config, Source.DEFAULTS_ALLOW, null, defaults.path().key("modelPolicy").key("allow"),
                    defaultsPolicy.member("allow"));
        }
        if (legacyActive(config)) {
            Json5Member models = defaults.node().member("models");
            List<Entry> entries = new ArrayList<>();
            for (Json5Member member : ((Json5Object) models.value()).members()) {
                if (!member.name().isBlank()) {
                    entries.add(entry(config, null, member.name(), member.key().span()));
                }
            }
            return new ModelPolicy(Source.LEGACY_MODELS_MAP, null, defaults.path().key("models"), models.key().span(), entries);
        }
        return new ModelPolicy(Source.NONE, null, null, null, List.of());
    }

    /**
     * True when the keys of {@code agents.defaults.models} restrict model choices: always (when the map
     * has a non-blank key) before 2026.8.1; from 2026.8.1 only without the migration marker and without
     * an {@code agents.defaults.modelPolicy} object ({@code computeModelPolicyAllowlist}).
     */
    public static boolean legacyActive(ConfigModel config) {
        Agent defaults = config.defaults();
        Json5Object models = defaults.models();
        if (models == null || models.members().stream().allMatch(m -> m.name().isBlank())) {
            return false;
        }
        if (!config.profile().modelPolicyAllow()) {
            return true;
        }
        return defaults.modelPolicy() == null && !hasMigrationMarker(config);
    }

    public static boolean hasMigrationMarker(ConfigModel config) {
        Json5Value marker = Nodes.at(config.root(), "meta", "migrations", "modelPolicyAllowlist");
        return marker instanceof dev.clawc.json5.Json5Boolean b && b.value();
    }

    private static ModelPolicy fromAllow(ConfigModel config, Source source, String agentId, ConfigPath path, Json5Member allow) {
        List<Entry> entries = new ArrayList<>();
        if (allow.value() instanceof Json5Array array) {
            for (Json5Value element : array.elements()) {
                if (element instanceof Json5String s && !s.value().isBlank()) {
                    entries.add(entry(config, source == Source.AGENT_ALLOW ? agentId : null, s.value(), s.span()));
                }
            }
        }
        return new ModelPolicy(source, agentId, path, allow.key().span(), entries);
    }

    private static Entry entry(ConfigModel config, String aliasScope, String raw, Span span) {
        String trimmed = raw.trim();
        String prefix = wildcardPrefix(trimmed);
        if (prefix != null) {
            return new Entry(raw, span, null, prefix, false);
        }
        if (trimmed.equalsIgnoreCase("openrouter:free")) {
            return new Entry(raw, span, null, null, true);
        }
        ConfigModel.Resolution resolution = config.resolve(trimmed, aliasScope);
        return new Entry(raw, span, resolution == null ? null : resolution.ref().key(), null, false);
    }

    /** {@code provider[/ns...]/} for a segment-boundary wildcard {@code provider[/ns...]/*}, else null. */
    public static String wildcardPrefix(String raw) {
        String[] segments = raw.trim().split("/", -1);
        if (segments.length < 2 || !segments[segments.length - 1].trim().equals("*")) {
            return null;
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < segments.length - 1; i++) {
            String segment = segments[i].trim();
            if (segment.isEmpty() || segment.contains("*") || segment.chars().anyMatch(Character::isWhitespace)) {
                return null;
            }
            prefix.append(i == 0 ? segment.toLowerCase(Locale.ROOT) : segment).append('/');
        }
        return prefix.toString();
    }

    /** True for a string OpenClaw's validator accepts in {@code modelPolicy.allow} (facts §3.2), aliases aside. */
    public static boolean isValidPolicyRef(String raw) {
        String trimmed = raw.trim();
        if (trimmed.equalsIgnoreCase("openrouter:auto") || trimmed.equalsIgnoreCase("openrouter:free")
                || wildcardPrefix(trimmed) != null) {
            return true;
        }
        String[] segments = trimmed.split("/", -1);
        if (segments.length < 2) {
            return false;
        }
        for (String segment : segments) {
            String s = segment.trim();
            if (s.isEmpty() || s.contains("*") || s.chars().anyMatch(c -> Character.isWhitespace(c) || c < 32 || c == 127)) {
                return false;
            }
        }
        return true;
    }

    public Source source() {
        return source;
    }

    /** The agent whose own policy this is (AGENT_ALLOW), else null. */
    public String agentId() {
        return agentId;
    }

    /** The config path of the list ({@code ...modelPolicy.allow} or {@code agents.defaults.models}); null for NONE. */
    public ConfigPath path() {
        return path;
    }

    /** The key span of the list's member; null for NONE. */
    public Span span() {
        return span;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** No restriction: no policy, or an empty {@code allow} list. */
    public boolean allowsAny() {
        return source == Source.NONE || entries.isEmpty() && source != Source.LEGACY_MODELS_MAP;
    }

    /** Whether an explicit choice of this (resolved, provider-qualified) ref is allowed. */
    public boolean allows(ModelRef ref) {
        if (allowsAny()) {
            return true;
        }
        String key = ref.key();
        String wildcardKey = ref.provider() + "/" + ref.model();
        for (Entry entry : entries) {
            if (key.equals(entry.key())) {
                return true;
            }
            if (entry.prefix() != null && (wildcardKey.startsWith(entry.prefix()) || key.startsWith(entry.prefix()))) {
                return true;
            }
            if (entry.openrouterFree() && "openrouter".equals(ref.provider()) && ref.model().endsWith(":free")) {
                return true;
            }
        }
        return false;
    }

    /** A short description for messages: "`agents.defaults.modelPolicy.allow`", "the keys of `agents.defaults.models`". */
    public String describe() {
        return source == Source.LEGACY_MODELS_MAP ? "the keys of `agents.defaults.models` (the legacy allowlist)" : "`" + path + "`";
    }

    /** Distinct canonical keys and wildcard texts, for listing in messages. */
    public Set<String> written() {
        Set<String> out = new LinkedHashSet<>();
        for (Entry entry : entries) {
            out.add(entry.raw().trim());
        }
        return out;
    }
}
