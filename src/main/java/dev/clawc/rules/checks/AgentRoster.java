package dev.clawc.rules.checks;

import dev.clawc.config.Agent;
import dev.clawc.config.ConfigModel;
import dev.clawc.config.Nodes;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Value;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The multi-agent roster rules of releases with keyed {@code agents.entries} (2026.8.x on): with more
 * than one agent, either {@code agents.ownership: "explicit"} or exactly one legacy
 * {@code default: true}; never both; never two defaults; {@code entries} not empty. OpenClaw refuses
 * the whole config otherwise, and the legacy {@code agents.list} is judged after its migration.
 */
@RuleInfo(id = "agent-roster", severity = Severity.ERROR, category = RuleCategory.VERSION,
        summary = "A multi-agent roster that the target release refuses (ownership / default markers).")
public final class AgentRoster implements Rule {
    private static final String MESSAGE = "multi-agent rosters need `agents.ownership: \"explicit\"` or exactly one"
            + " legacy `default: true` marker";

    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        if (!config.profile().agentsEntries()) {
            return;
        }
        Json5Object agentsNode = Nodes.object(config.root(), "agents");
        if (agentsNode == null) {
            return;
        }
        Json5Member agentsMember = config.root().member("agents");
        boolean explicit = "explicit".equals(Nodes.string(agentsNode.get("ownership")));
        List<Agent> defaults = new ArrayList<>();
        for (Agent agent : config.agents()) {
            if (agent.get("default") instanceof Json5Boolean b && b.value()) {
                defaults.add(agent);
            }
        }
        Json5Value entries = agentsNode.get("entries");
        if (entries instanceof Json5Object e && e.isEmpty()) {
            context.report(context.diagnostic("`agents.entries` is empty")
                    .at(e.span(), "at least one agent is required here")
                    .path(ConfigPath.of("agents", "entries"))
                    .note("OpenClaw " + config.version() + " refuses the config: entries must contain at least one configured agent")
                    .help("remove `entries`, or add an agent such as `main: {}`"));
            return;
        }
        if (explicit && !defaults.isEmpty()) {
            Agent first = defaults.get(0);
            context.report(context.diagnostic("`agents.ownership: \"explicit\"` cannot be combined with a `default: true` marker")
                    .at(first.node().member("default").key().span(), "remove this marker")
                    .path(first.path().key("default"))
                    .note("OpenClaw " + config.version() + " refuses the config"));
            return;
        }
        if (defaults.size() > 1) {
            var d = context.diagnostic("more than one agent is marked `default: true`")
                    .at(defaults.get(1).node().member("default").key().span(), "a second default")
                    .label(defaults.get(0).node().member("default").key().span(), "first default")
                    .path(defaults.get(1).path().key("default"))
                    .note("OpenClaw " + config.version() + " refuses the config: at most one legacy default marker");
            context.report(d.help("keep one marker, or remove them all and set `agents.ownership: \"explicit\"`"));
            return;
        }
        if (config.agents().size() > 1 && !explicit && defaults.isEmpty()) {
            var d = context.diagnostic(MESSAGE + " (" + config.agents().size() + " agents, neither is set)")
                    .at(agentsMember.key().span(), "a roster of " + config.agents().size() + " agents")
                    .path(ConfigPath.of("agents", "ownership"))
                    .note("OpenClaw " + config.version() + " refuses the config (`agents.ownership: multi-agent rosters require"
                            + " agents.ownership=\"explicit\" or one legacy default=true marker`); releases before 2026.8 accepted it")
                    .help("add `ownership: \"explicit\"` to `agents` (each channel binding then names its agent), or run"
                            + " `openclaw doctor --fix`");
            String key = agentsMember.key().quoted() ? "\"ownership\"" : "ownership";
            int open = agentsNode.span().start() + 1;
            d.fix(new Fix("add `ownership: \"explicit\"` to `agents`", List.of(new Fix.Edit(
                    agentsNode.span().file().span(open, open), " " + key + ": \"explicit\","))));
            context.report(d);
        }
    }
}
