package dev.clawc.rules;

import dev.clawc.config.ConfigRules;
import dev.clawc.config.SwitchTable;
import dev.clawc.diag.RuleMeta;
import dev.clawc.json5.Json5Rules;
import dev.clawc.load.LoadRules;
import dev.clawc.schema.SchemaRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule clawc has, in one list: the findings earlier stages report (which are rules too as far as
 * users are concerned: they can be listed, documented and re-levelled), registered from each stage's own
 * metadata, then the semantic rules, found by {@link RuleDiscovery} from their {@link RuleInfo}.
 */
public final class RuleRegistry {

    private static final class Holder {
        static final List<Rule> SEMANTIC = Collections.unmodifiableList(RuleDiscovery.rules());
        static final Map<String, RuleMeta> ALL = index();
    }

    private RuleRegistry() {
    }

    public static List<Rule> semanticRules() {
        return Holder.SEMANTIC;
    }

    /** Stage rules first, then semantic rules; ids are unique. */
    public static List<RuleMeta> all() {
        return List.copyOf(Holder.ALL.values());
    }

    /** The rule with this id, or null. */
    public static RuleMeta find(String id) {
        return Holder.ALL.get(id);
    }

    /** True when OpenClaw refuses to load a config with an error from this rule. */
    public static boolean refusing(String id) {
        RuleMeta meta = find(id);
        return meta != null && meta.refusing();
    }

    /** The metadata a rule class carries, as every stage's rules show it. */
    public static RuleMeta meta(RuleInfo info) {
        String[] range = info.when().isEmpty() ? new String[] {"", ""} : SwitchTable.bundled().trueRange(info.when());
        return new RuleMeta(info.id(), info.severity(), "rules", info.category().label(), info.summary(), info.refusing(),
                range[0], range[1]);
    }

    private static Map<String, RuleMeta> index() {
        List<RuleMeta> all = new ArrayList<>();
        all.addAll(Json5Rules.RULES);
        all.addAll(LoadRules.RULES);
        all.addAll(SchemaRules.RULES);
        all.addAll(ConfigRules.RULES);
        all.addAll(dev.clawc.diag.FindingCap.RULES);
        all.addAll(dev.clawc.diag.Suppressions.RULES);
        for (Rule rule : Holder.SEMANTIC) {
            all.add(meta(rule.info()));
        }
        Map<String, RuleMeta> byId = new LinkedHashMap<>();
        for (RuleMeta meta : all) {
            if (byId.put(meta.id(), meta) != null) {
                throw new IllegalStateException("two rules with the id " + meta.id());
            }
        }
        return Collections.unmodifiableMap(byId);
    }
}
