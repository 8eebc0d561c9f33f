package dev.clawc.rules.checks;

import dev.clawc.config.Agent;
import dev.clawc.config.ConfigModel;
import dev.clawc.config.ModelEntry;
import dev.clawc.config.Slot;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Span;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Every place the config writes a model ref with a provider: model slots, {@code models} map keys and
 * {@code modelPolicy.allow} entries, with the span to point at and a way to rewrite the text in place.
 * Shared by the ref rules ({@code unknown-provider}, {@code openrouter-model-id}).
 */
final class RefSites {

    enum Kind { SLOT, MODEL_KEY, ALLOW }

    /**
     * One written ref. {@code agentId} is the agent in scope (null for defaults and top-level slots);
     * {@code where} names the place for messages ("agents.defaults model.primary", ...).
     */
    record Site(Kind kind, String text, String agentId, ConfigPath path, Span span, String where) {

        /**
         * The source text that writes {@code replacement} instead, keeping the quote style; null when
         * the written text is not a plain literal of the value (escapes, a ${VAR} substitution, an include
         * that was rewritten), where an automatic edit could change something else.
         */
        String rewrite(String replacement) {
            String raw = span.text();
            char first = raw.isEmpty() ? 0 : raw.charAt(0);
            boolean quoted = first == '"' || first == '\'';
            String inner = quoted && raw.length() >= 2 ? raw.substring(1, raw.length() - 1) : raw;
            if (!inner.equals(text) || inner.indexOf('\\') >= 0 || replacement.indexOf(first == '\'' ? '\'' : '"') >= 0) {
                return null;
            }
            char quote = first == '\'' ? '\'' : '"';
            return quote + replacement + quote;
        }
    }

    private RefSites() {
    }

    /** Model slots whose text is not an alias, in config order. */
    static List<Site> slots(ConfigModel config) {
        List<Site> out = new ArrayList<>();
        for (Slot slot : config.slots()) {
            if (config.findAlias(slot.text(), slot.agentId()) != null) {
                continue;
            }
            out.add(new Site(Kind.SLOT, slot.text(), slot.agentId(), slot.path(), slot.node().span(),
                    slot.owner() + " `" + slot.name() + "`"));
        }
        return out;
    }

    /** Keys of agents.defaults.models and the agents' models maps (the winning member of duplicates). */
    static List<Site> modelKeys(ConfigModel config) {
        List<Site> out = new ArrayList<>();
        for (ModelEntry entry : config.modelEntries()) {
            if (!isWinningMember(config, entry)) {
                continue;
            }
            String owner = entry.agentId() == null ? "agents.defaults.models" : "agent `" + entry.agentId() + "` models";
            out.add(new Site(Kind.MODEL_KEY, entry.key(), entry.agentId(), entry.path(), entry.member().key().span(),
                    owner + " key"));
        }
        return out;
    }

    /** Entries of agents.defaults.modelPolicy.allow and the agents' modelPolicy.allow that are not aliases. */
    static List<Site> allowEntries(ConfigModel config) {
        List<Site> out = new ArrayList<>();
        List<Agent> scopes = new ArrayList<>();
        scopes.add(config.defaults());
        scopes.addAll(config.agents());
        for (Agent agent : scopes) {
            Json5Object policy = agent.modelPolicy();
            if (policy == null || !(policy.get("allow") instanceof Json5Array allow)) {
                continue;
            }
            ConfigPath base = agent.path().key("modelPolicy").key("allow");
            int i = 0;
            for (Json5Value item : allow.elements()) {
                if (item instanceof Json5String s && config.findAlias(s.value(), agent.id()) == null) {
                    out.add(new Site(Kind.ALLOW, s.value(), agent.id(), base.index(i), s.span(),
                            agent.label() + " `modelPolicy.allow`"));
                }
                i++;
            }
        }
        return out;
    }

    static List<Site> all(ConfigModel config) {
        List<Site> out = new ArrayList<>(slots(config));
        out.addAll(modelKeys(config));
        out.addAll(allowEntries(config));
        return out;
    }

    /**
     * The text that rewrites a site to {@code replacement}, or null when no safe automatic edit exists (see
     * {@link Site#rewrite}), or when a models key would be renamed onto a key its map already has.
     */
    static String rewrite(ConfigModel config, Site site, String replacement) {
        if (site.kind() == Kind.MODEL_KEY) {
            Agent scope = site.agentId() == null ? config.defaults() : config.agent(site.agentId());
            Json5Object models = scope == null ? null : scope.models();
            if (models != null && models.member(replacement) != null) {
                return null;
            }
        }
        return site.rewrite(replacement);
    }

    /** False for an earlier duplicate of a key in the same map (OpenClaw only sees the last one). */
    static boolean isWinningMember(ConfigModel config, ModelEntry entry) {
        Agent scope = entry.agentId() == null ? config.defaults() : config.agent(entry.agentId());
        Json5Object models = scope == null ? null : scope.models();
        return models == null || models.member(entry.key()) == entry.member();
    }
}
