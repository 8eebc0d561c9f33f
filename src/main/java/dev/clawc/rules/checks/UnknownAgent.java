package dev.clawc.rules.checks;

import dev.clawc.config.Agent;
import dev.clawc.config.ConfigModel;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A reference to an agent the config does not define: {@code bindings[].agentId}, the agents of a {@code broadcast}
 * group, {@code agents.defaults.heartbeat.agentId}, {@code agents.defaults.systemAgent.agentId} and
 * {@code talk.agentId}. OpenClaw's validator refuses the config ({@code Unknown agent id "x" (not in
 * agents.entries).}), so the gateway does not start. Its rules, as the releases in the switch table's
 * {@code agentReferencesValidated} range apply them: ids compare after trimming and lower-casing (broadcast
 * groups compare exactly); {@code main} is the implicit agent of a config without agents, and a binding may always
 * name it. (OpenClaw's refinement skips unqualified broadcast keys and bindings when its roster is empty, but
 * the roster it validates always holds at least the implicit {@code main}, so they are always checked.)
 */
@RuleInfo(id = "unknown-agent", severity = Severity.ERROR, category = RuleCategory.VALIDATOR, refusing = true,
        supersedesSchema = true, when = "agentReferencesValidated",
        summary = "A binding, broadcast group, heartbeat, system agent or talk target names an agent the config does not define.")
public final class UnknownAgent implements Rule {

    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        Set<String> exact = new LinkedHashSet<>();
        Set<String> normalized = new LinkedHashSet<>();
        for (Agent agent : config.agents()) {
            if (!agent.isDefaults() && agent.id() != null) {
                exact.add(rawId(agent));
                normalized.add(normalize(agent.id()));
            }
        }
        boolean none = exact.isEmpty();
        if (none) {
            // the roster OpenClaw validates against then holds its implicit agent
            normalized.add("main");
            exact.add("main");
        }
        Json5Object root = config.root();
        if (root.get("bindings") instanceof Json5Array bindings) {
            List<Json5Value> list = bindings.elements();
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Json5Object binding && binding.get("agentId") instanceof Json5String id
                        && !id.value().equals("main") && !normalized.contains(normalize(id.value()))) {
                    report(context, id, ConfigPath.of("bindings").index(i).key("agentId"), exact, none, "this binding's messages");
                }
            }
        }
        if (root.get("broadcast") instanceof Json5Object broadcast) {
            for (Json5Member group : broadcast.members()) {
                if (group.name().equals("strategy")) {
                    continue;
                }
                ConfigPath path = ConfigPath.of("broadcast", group.name());
                Json5Array ids = group.value() instanceof Json5Array direct ? direct
                        : group.value() instanceof Json5Object entry && entry.get("agents") instanceof Json5Array a ? a : null;
                if (ids == null) {
                    continue;
                }
                if (!(group.value() instanceof Json5Array)) {
                    path = path.key("agents");
                }
                List<Json5Value> list = ids.elements();
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Json5String id && !exact.contains(id.value())) {
                        report(context, id, path.index(i), exact, none, "the messages of this broadcast group");
                    }
                }
            }
        }
        checkTarget(context, root, normalized, exact, none, "agents", "defaults", "heartbeat", "agentId");
        checkTarget(context, root, normalized, exact, none, "agents", "defaults", "systemAgent", "agentId");
        checkTarget(context, root, normalized, exact, none, "talk", "agentId");
    }

    private static void checkTarget(RuleContext context, Json5Object root, Set<String> normalized, Set<String> exact,
            boolean none, String... keys) {
        Json5Value value = dev.clawc.config.Nodes.at(root, keys);
        if (value instanceof Json5String id && !normalized.contains(normalize(id.value()))) {
            report(context, id, ConfigPath.of(keys), exact, none, "`" + keys[keys.length - 2] + "`");
        }
    }

    private static void report(RuleContext context, Json5String id, ConfigPath path, Set<String> defined, boolean none,
            String what) {
        var d = context.diagnostic("unknown agent id `" + id.value() + "`")
                .at(id.span(), "no agent `" + id.value() + "` is defined")
                .path(path)
                .note("OpenClaw " + context.version() + " refuses the config: `Unknown agent id \"" + id.value()
                        + "\" (not in agents.entries).`, so the gateway does not start")
                .note(none ? "the config defines no agents: only the implicit `main` agent exists"
                        : "agents defined: " + String.join(", ", defined.stream().map(a -> "`" + a + "`").toList()));
        String closest = dev.clawc.diag.DidYouMean.closest(id.value(), List.copyOf(defined));
        if (closest != null) {
            d.help("did you mean `" + closest + "`? (" + what + " go to no agent otherwise)");
        } else {
            d.help("define the agent under `agents.entries`, or point " + what + " at an agent that exists");
        }
        context.report(d);
    }

    /** The id as written: the model lower-cases ids, but broadcast groups compare them exactly. */
    private static String rawId(Agent agent) {
        if (agent.legacy() && agent.node() != null && agent.node().get("id") instanceof Json5String id) {
            return id.value().trim();
        }
        List<Object> segments = agent.path().segments();
        return segments.get(segments.size() - 1) instanceof String key ? key : agent.id();
    }

    private static String normalize(String id) {
        return id.trim().toLowerCase(Locale.ROOT);
    }
}
