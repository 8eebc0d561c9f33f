package dev.clawc.config;

import dev.clawc.release.OpenClawVersion;
import dev.clawc.diag.ConfigPath;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A typed, read-only view of a loaded config, as OpenClaw interprets its model-related parts: the
 * agents (defaults, entries, the legacy list migrated in memory), every model slot with its parsed
 * ref, the {@code models} maps, custom providers, and how a written ref resolves (aliases, provider
 * inference, the version's default provider). Nodes are kept, so every fact has a source span.
 */
public final class ConfigModel {
    private final Json5Object root;
    private final OpenClawVersion version;
    private final VersionProfile profile;
    private final ProviderCatalog catalog;
    private final Agent defaults;
    private final List<Agent> agents;
    private final List<Slot> slots = new ArrayList<>();
    private final List<ModelEntry> modelEntries = new ArrayList<>();
    private final Map<String, CustomProvider> providers = new LinkedHashMap<>();
    // lookups rules make once per agent: indexed so a roster of N agents costs N, not N squared
    private final Map<String, Agent> agentsById = new java.util.HashMap<>();
    private final Map<String, List<ModelEntry>> entriesByAgent = new java.util.HashMap<>();
    private final Map<String, Object> memo = new java.util.concurrent.ConcurrentHashMap<>();

    private ConfigModel(Json5Object root, OpenClawVersion version, ProviderCatalog catalog) {
        this.root = root;
        this.version = version;
        this.profile = VersionProfiles.bundled().select(version).profile();
        this.catalog = catalog;
        this.defaults = new Agent(null, ConfigPath.of("agents", "defaults"), Nodes.object(root, "agents", "defaults"), false);
        this.agents = Collections.unmodifiableList(readAgents());
        readProviders();
        readModelEntries(defaults);
        for (Agent agent : agents) {
            readModelEntries(agent);
        }
        readSlots();
        for (Agent agent : agents) {
            agentsById.putIfAbsent(agent.id(), agent);
        }
        for (ModelEntry entry : modelEntries) {
            entriesByAgent.computeIfAbsent(scopeKey(entry.agentId()), k -> new ArrayList<>()).add(entry);
        }
    }

    /** agents.defaults (null) and agent ids in one map; NUL cannot start a config key OpenClaw accepts as an id. */
    private static String scopeKey(String agentId) {
        return agentId == null ? "\u0000defaults" : agentId;
    }

    /** A value derived from this (read-only) model, computed once. */
    @SuppressWarnings("unchecked")
    <T> T memo(String key, java.util.function.Supplier<T> compute) {
        Object value = memo.get(key);
        if (value == null) {
            value = compute.get();
            memo.putIfAbsent(key, value);
        }
        return (T) value;
    }

    /** Null when the config's value is not an object (nothing to model). */
    public static ConfigModel of(Json5Value root, OpenClawVersion version, ProviderCatalog catalog) {
        return root instanceof Json5Object object ? new ConfigModel(object, version, catalog) : null;
    }

    public Json5Object root() {
        return root;
    }

    public OpenClawVersion version() {
        return version;
    }

    /** The behaviour profile of the target release (or the nearest release below it). */
    public VersionProfile profile() {
        return profile;
    }

    public ProviderCatalog catalog() {
        return catalog;
    }

    public Agent defaults() {
        return defaults;
    }

    /** The agents of agents.entries, or of the legacy agents.list when entries is absent. */
    public List<Agent> agents() {
        return agents;
    }

    public Agent agent(String id) {
        return id == null ? null : agentsById.get(id);
    }

    public List<Slot> slots() {
        return Collections.unmodifiableList(slots);
    }

    public List<ModelEntry> modelEntries() {
        return Collections.unmodifiableList(modelEntries);
    }

    /** Entries of one models map: agentId null for agents.defaults.models. */
    public List<ModelEntry> modelEntries(String agentId) {
        return new ArrayList<>(entriesByAgent.getOrDefault(scopeKey(agentId), List.of()));
    }

    /** models.providers by normalized (lowercase) id. */
    public Map<String, CustomProvider> providers() {
        return Collections.unmodifiableMap(providers);
    }

    /** True when the provider id is built in or configured under models.providers. */
    public boolean knowsProvider(String id) {
        return catalog.isBuiltin(id) || providers.containsKey(id);
    }

    /** The provider OpenClaw uses for a ref with no provider: anthropic up to 2026.3.x, openai from 2026.4. */
    public String defaultProvider() {
        return profile.defaultProvider();
    }

    // ------------------------------------------------------------------ resolution

    /** How a written ref was resolved. */
    public enum Via { EXPLICIT, ALIAS, INFERRED, DEFAULT_PROVIDER }

    public record Resolution(ModelRef ref, Via via, ModelEntry aliasEntry) {
    }

    /**
     * Resolves a slot's text as OpenClaw does (facts §1.3): alias (agent's map, then the defaults'),
     * then an explicit {@code provider/model}, then a unique configured provider for a bare id, then
     * the version's default provider. Null when the text is not a usable ref.
     */
    public Resolution resolve(String text, String agentId) {
        ModelEntry alias = findAlias(text, agentId);
        if (alias != null && alias.ref() != null) {
            return new Resolution(alias.ref(), Via.ALIAS, alias);
        }
        ModelRef ref = ModelRefs.parse(text, version);
        if (ref == null) {
            return null;
        }
        if (!ref.isBare()) {
            return new Resolution(ref, Via.EXPLICIT, null);
        }
        String inferred = inferProvider(ref.model(), agentId);
        if (inferred != null) {
            return new Resolution(ModelRefs.parse(inferred + "/" + ref.model(), version), Via.INFERRED, null);
        }
        return new Resolution(ModelRefs.parse(defaultProvider() + "/" + ref.model(), version), Via.DEFAULT_PROVIDER, null);
    }

    /** The models-map entry whose alias matches (case-insensitive; the last definition wins). */
    public ModelEntry findAlias(String text, String agentId) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        ModelEntry found = null;
        List<ModelEntry> scope = new ArrayList<>(modelEntries(null));
        if (agentId != null) {
            scope.addAll(modelEntries(agentId));
        }
        for (ModelEntry entry : scope) {
            if (entry.isWildcard()) {
                continue;
            }
            String alias = entry.alias();
            if (alias != null && alias.toLowerCase(Locale.ROOT).equals(wanted)) {
                found = entry;
            }
        }
        return found;
    }

    /** A unique provider whose configured models include this id (exact case first), or null. */
    private String inferProvider(String modelId, String agentId) {
        if (agentId != null) {
            String fromAgent = uniqueProvider(modelId, keysOf(modelEntries(agentId)));
            if (fromAgent != null) {
                return fromAgent;
            }
        }
        List<String[]> candidates = keysOf(modelEntries(null));
        for (CustomProvider provider : providers.values()) {
            Json5Array rows = provider.models();
            if (rows == null) {
                continue;
            }
            for (Json5Value row : rows.elements()) {
                String id = Nodes.string(row, "id");
                if (id != null) {
                    candidates.add(new String[] {provider.id(), id});
                }
            }
        }
        return uniqueProvider(modelId, candidates);
    }

    private static List<String[]> keysOf(List<ModelEntry> entries) {
        List<String[]> out = new ArrayList<>();
        for (ModelEntry entry : entries) {
            if (entry.ref() != null && !entry.ref().isBare()) {
                out.add(new String[] {entry.ref().provider(), entry.ref().model()});
            }
        }
        return out;
    }

    private static String uniqueProvider(String modelId, List<String[]> candidates) {
        String exact = null;
        boolean exactAmbiguous = false;
        String folded = null;
        boolean foldedAmbiguous = false;
        for (String[] candidate : candidates) {
            if (candidate[1].equals(modelId)) {
                exactAmbiguous |= exact != null && !exact.equals(candidate[0]);
                exact = candidate[0];
            } else if (candidate[1].equalsIgnoreCase(modelId)) {
                foldedAmbiguous |= folded != null && !folded.equals(candidate[0]);
                folded = candidate[0];
            }
        }
        if (exact != null) {
            return exactAmbiguous ? null : exact;
        }
        return folded != null && !foldedAmbiguous ? folded : null;
    }

    // ------------------------------------------------------------------ reading

    private List<Agent> readAgents() {
        List<Agent> out = new ArrayList<>();
        Json5Object agentsNode = Nodes.object(root, "agents");
        if (agentsNode == null) {
            return out;
        }
        Json5Object entries = Nodes.object(agentsNode.get("entries"));
        if (entries != null) {
            for (Json5Member member : entries.members()) {
                out.add(new Agent(member.name().toLowerCase(Locale.ROOT), ConfigPath.of("agents", "entries", member.name()),
                        Nodes.object(member.value()), false));
            }
            return out;
        }
        if (agentsNode.get("list") instanceof Json5Array list) {
            int index = 0;
            for (Json5Value item : list.elements()) {
                Json5Object body = Nodes.object(item);
                String id = body == null ? null : Nodes.string(body.get("id"));
                if (id != null && !id.isBlank()) {
                    out.add(new Agent(id.trim().toLowerCase(Locale.ROOT), ConfigPath.of("agents", "list", index), body, true));
                }
                index++;
            }
        }
        return out;
    }

    private void readProviders() {
        Json5Object node = Nodes.object(root, "models", "providers");
        if (node == null) {
            return;
        }
        for (Json5Member member : node.members()) {
            String id = member.name().trim().toLowerCase(Locale.ROOT);
            providers.put(id, new CustomProvider(id, ConfigPath.of("models", "providers", member.name()), member));
        }
    }

    private void readModelEntries(Agent scope) {
        Json5Object models = scope.models();
        if (models == null) {
            return;
        }
        for (Json5Member member : models.members()) {
            if (models.member(member.name()) != member) {
                continue; // an earlier duplicate: OpenClaw never sees it (duplicate-key reports it)
            }
            ModelRef ref = ModelRefs.isWildcard(member.name()) ? null : ModelRefs.parse(member.name(), version);
            modelEntries.add(new ModelEntry(scope.id(), scope.path().key("models").key(member.name()), member, ref));
        }
    }

    private void readSlots() {
        Agent d = defaults;
        if (d.node() != null) {
            chain(d, "model");
            for (String name : List.of("imageModel", "pdfModel", "voiceModel")) {
                shaped(d, d.node().get(name), d.path().key(name), name);
            }
            Json5Object media = Nodes.object(d.get("mediaModels"));
            if (media != null) {
                for (Json5Member member : media.members()) {
                    shaped(d, member.value(), d.path().key("mediaModels").key(member.name()), "mediaModels." + member.name());
                }
            }
            single(d, "utilityModel");
            single(d, "decisionModel");
            shaped(d, Nodes.at(d.node(), "subagents", "model"), d.path().key("subagents").key("model"), "subagents.model");
            single(d, "heartbeat", "model");
            single(d, "compaction", "model");
            single(d, "compaction", "memoryFlush", "model");
            single(d, "embeddedAgent", "cyberFailover", "model");
        }
        for (Agent agent : agents) {
            if (agent.node() == null) {
                continue;
            }
            chain(agent, "model");
            single(agent, "utilityModel");
            single(agent, "decisionModel");
            shaped(agent, Nodes.at(agent.node(), "subagents", "model"), agent.path().key("subagents").key("model"),
                    "subagents.model");
            single(agent, "heartbeat", "model");
            single(agent, "tools", "exec", "reviewer", "model");
            single(agent, "tts", "summaryModel");
        }
        Agent top = new Agent(null, ConfigPath.root(), root, false);
        single(top, "hooks", "gmail", "model");
        single(top, "tools", "exec", "reviewer", "model");
        single(top, "tts", "summaryModel");
        single(top, "talk", "realtime", "model");
        if (!(Nodes.at(root, "memory", "search", "provider") instanceof Json5String)) {
            // with a memory `provider` set, `model` is that provider's own embedding model id, not a provider/model ref
            single(top, "memory", "search", "model");
        }
    }

    /** The chat chain: `model` as a string (primary only) or {primary, fallbacks}. */
    private void chain(Agent owner, String key) {
        Json5Value value = owner.get(key);
        ConfigPath path = owner.path().key(key);
        if (value instanceof Json5String s) {
            add(owner, key, Slot.Kind.PRIMARY, -1, path, s);
        } else if (value instanceof Json5Object o) {
            if (o.get("primary") instanceof Json5String primary) {
                add(owner, key + ".primary", Slot.Kind.PRIMARY, -1, path.key("primary"), primary);
            }
            if (o.get("fallbacks") instanceof Json5Array fallbacks) {
                int i = 0;
                for (Json5Value fallback : fallbacks.elements()) {
                    if (fallback instanceof Json5String s) {
                        add(owner, key + ".fallbacks[" + i + "]", Slot.Kind.FALLBACK, i, path.key("fallbacks").index(i), s);
                    }
                    i++;
                }
            }
        }
    }

    /** A slot that is a string or {primary, fallbacks}, outside the chat chain. */
    private void shaped(Agent owner, Json5Value value, ConfigPath path, String name) {
        if (value instanceof Json5String s) {
            add(owner, name, Slot.Kind.OTHER, -1, path, s);
        } else if (value instanceof Json5Object o) {
            if (o.get("primary") instanceof Json5String primary) {
                add(owner, name + ".primary", Slot.Kind.OTHER, -1, path.key("primary"), primary);
            }
            if (o.get("fallbacks") instanceof Json5Array fallbacks) {
                int i = 0;
                for (Json5Value fallback : fallbacks.elements()) {
                    if (fallback instanceof Json5String s) {
                        add(owner, name + ".fallbacks[" + i + "]", Slot.Kind.OTHER, i, path.key("fallbacks").index(i), s);
                    }
                    i++;
                }
            }
        }
    }

    private void single(Agent owner, String... keys) {
        Json5Value value = Nodes.at(owner.node(), keys);
        if (value instanceof Json5String s) {
            ConfigPath path = owner.path();
            for (String key : keys) {
                path = path.key(key);
            }
            add(owner, String.join(".", keys), Slot.Kind.OTHER, -1, path, s);
        }
    }

    private void add(Agent owner, String name, Slot.Kind kind, int index, ConfigPath path, Json5String node) {
        if (node.value().isBlank()) {
            return; // "" disables utility/decision models; an empty primary means "unset"
        }
        slots.add(new Slot(owner.id(), name, kind, index, path, node, ModelRefs.parse(node.value(), version)));
    }
}
