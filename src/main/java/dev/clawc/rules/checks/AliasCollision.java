package dev.clawc.rules.checks;

import dev.clawc.config.Agent;
import dev.clawc.config.ConfigModel;
import dev.clawc.config.ModelEntry;
import dev.clawc.config.ModelRef;
import dev.clawc.config.ModelRefs;
import dev.clawc.diag.Severity;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Aliases that make a written name ambiguous. (1) The same alias, compared case-insensitively, on two
 * different models in one {@code models} map: OpenClaw keeps the last and {@code config validate} says
 * nothing. (2) An alias that is itself a {@code provider/model} ref naming another model: aliases are matched
 * before refs, so a slot that writes that ref gets the alias's model instead.
 */
@RuleInfo(id = "alias-collision", severity = Severity.WARNING, category = RuleCategory.REFS,
        summary = "An alias defined twice in one models map, or an alias that shadows another model's ref.")
public final class AliasCollision implements Rule {

    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        List<Agent> scopes = new ArrayList<>();
        scopes.add(config.defaults());
        scopes.addAll(config.agents());
        for (Agent scope : scopes) {
            List<ModelEntry> entries = candidates(config, scope.id());
            duplicates(context, scope, entries);
            shadowing(context, config, scope, entries);
        }
    }

    /**
     * The entries of one map that define an alias, in the order OpenClaw ranks them: keyed by normalized
     * model key, a later entry for the same key replacing the earlier one (buildEffectiveModelAliases).
     */
    private static List<ModelEntry> candidates(ConfigModel config, String agentId) {
        Map<String, ModelEntry> byKey = new LinkedHashMap<>();
        for (ModelEntry entry : config.modelEntries(agentId)) {
            if (entry.isWildcard() || entry.ref() == null || entry.aliasNode() == null
                    || !RefSites.isWinningMember(config, entry)) {
                continue;
            }
            String key = keyOf(config, entry);
            byKey.remove(key);
            byKey.put(key, entry);
        }
        List<ModelEntry> out = new ArrayList<>();
        for (ModelEntry entry : byKey.values()) {
            if (entry.alias() != null) {
                out.add(entry);
            }
        }
        return out;
    }

    private static void duplicates(RuleContext context, Agent scope, List<ModelEntry> entries) {
        Map<String, ModelEntry> winner = new LinkedHashMap<>();
        for (ModelEntry entry : entries) {
            winner.put(entry.alias().toLowerCase(Locale.ROOT), entry);
        }
        for (ModelEntry entry : entries) {
            ModelEntry last = winner.get(entry.alias().toLowerCase(Locale.ROOT));
            if (last == entry) {
                continue;
            }
            String where = scope.isDefaults() ? "agents.defaults.models" : "the models of " + scope.label();
            context.report(context.diagnostic("alias `" + entry.alias() + "` is also defined on `" + last.key() + "`")
                    .at(entry.aliasNode().span(), "this definition is overridden")
                    .label(last.aliasNode().span(), "this later definition wins")
                    .path(entry.path().key("alias"))
                    .note("aliases match case-insensitively and the last definition in " + where + " wins, so `"
                            + entry.alias() + "` selects `" + last.key() + "`, never `" + entry.key() + "`;"
                            + " `openclaw config validate` accepts the duplicate")
                    .help("give `" + entry.key() + "` a different alias, or remove one of the two"));
        }
    }

    private static void shadowing(RuleContext context, ConfigModel config, Agent scope, List<ModelEntry> entries) {
        for (ModelEntry entry : entries) {
            String alias = entry.alias();
            if (alias.indexOf('/') < 0 || ModelRefs.isWildcard(alias)) {
                continue;
            }
            ModelRef named = ModelRefs.parse(alias, config.version());
            if (named == null || named.isBare() || !config.knowsProvider(named.provider())) {
                continue;
            }
            String own = keyOf(config, entry);
            if (named.key().equals(own)) {
                continue; // an alias that spells the entry's own ref is harmless
            }
            ModelEntry other = configured(config, scope.id(), named.key());
            var d = context.diagnostic("alias `" + alias + "` on `" + entry.key() + "` is the ref of another model")
                    .at(entry.aliasNode().span(), "a slot that writes `" + alias + "` gets `" + own + "`")
                    .path(entry.path().key("alias"))
                    .note("OpenClaw matches aliases before it parses a ref, so `" + alias + "` written anywhere in "
                            + (scope.isDefaults() ? "the config" : scope.label()) + " selects `" + own + "`, not `"
                            + named.key() + "`")
                    .help("use an alias without `/` (for example `" + suggestion(entry) + "`)");
            if (other != null) {
                d.label(other.member().key().span(), "`" + named.key() + "` is configured here");
            }
            context.report(d);
        }
    }

    private static String keyOf(ConfigModel config, ModelEntry entry) {
        ModelRef ref = entry.ref();
        if (!ref.isBare()) {
            return ref.key();
        }
        String provider = config.defaultProvider();
        return ModelRefs.canonicalKey(provider, ModelRefs.normalizeModelId(provider, ref.model()));
    }

    /** The models entry (agent's map, then the defaults') whose normalized key is this one, or null. */
    private static ModelEntry configured(ConfigModel config, String agentId, String key) {
        List<ModelEntry> scope = new ArrayList<>();
        if (agentId != null) {
            scope.addAll(config.modelEntries(agentId));
        }
        scope.addAll(config.modelEntries(null));
        for (ModelEntry e : scope) {
            if (!e.isWildcard() && e.ref() != null && !e.ref().isBare() && e.ref().key().equals(key)) {
                return e;
            }
        }
        return null;
    }

    private static String suggestion(ModelEntry entry) {
        String alias = entry.alias();
        String tail = alias.substring(alias.lastIndexOf('/') + 1);
        return tail.isEmpty() ? "fast" : tail;
    }
}
