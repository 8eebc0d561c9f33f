package dev.clawc.rules.checks;

import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.util.regex.Pattern;

/**
 * A {@code broadcast} group whose key cannot carry its form: a group written with options
 * ({@code { agents: [...], maxRounds: 2 }}) under a key that is not channel-qualified
 * ({@code <channel>:<peerId>}), or a channel-qualified agent list of more than 16 agents (the most an agent-group
 * thread takes). OpenClaw's validator refuses both, so the gateway does not start.
 */
@RuleInfo(id = "broadcast-group-key", severity = Severity.ERROR, category = RuleCategory.VALIDATOR, refusing = true,
        supersedesSchema = true, when = "broadcastGroupOptions",
        summary = "A broadcast group with options under a key that is not `<channel>:<peerId>`, or a thread group of more than 16 agents.")
public final class BroadcastGroupKey implements Rule {
    /** The key shape OpenClaw's validator calls channel-qualified. */
    static final Pattern CHANNEL_QUALIFIED = Pattern.compile("^[a-z][a-z0-9_-]*:.+$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_THREAD_AGENTS = 16;

    @Override
    public void check(RuleContext context) {
        if (!(context.config().root().get("broadcast") instanceof Json5Object broadcast)) {
            return;
        }
        for (Json5Member group : broadcast.members()) {
            if (group.name().equals("strategy")) {
                continue;
            }
            boolean qualified = CHANNEL_QUALIFIED.matcher(group.name()).matches();
            ConfigPath path = ConfigPath.of("broadcast", group.name());
            if (group.value() instanceof Json5Object && !qualified) {
                context.report(context.diagnostic("broadcast group `" + group.name() + "` has options but no channel in its key")
                        .at(group.key().span(), "not `<channel>:<peerId>`")
                        .path(path)
                        .note("OpenClaw " + context.version() + " refuses the config: `Group options require a channel-qualified"
                                + " key (<channel>:<peerId>).`")
                        .help("name the chat the group answers in, e.g. `telegram:" + group.name() + "`, or write the group"
                                + " as a plain list of agent ids"));
            } else if (group.value() instanceof Json5Array agents && qualified && agents.elements().size() > MAX_THREAD_AGENTS) {
                context.report(context.diagnostic("broadcast group `" + group.name() + "` lists " + agents.elements().size()
                                + " agents; a thread group takes at most " + MAX_THREAD_AGENTS)
                        .at(group.value().span(), agents.elements().size() + " agents")
                        .path(path)
                        .note("OpenClaw " + context.version() + " refuses the config: `Agent group threads support at most 16"
                                + " agents.`")
                        .help("split the agents over several groups, or keep the " + MAX_THREAD_AGENTS + " that must answer"));
            }
        }
    }
}
