package dev.clawc.payload;

import dev.clawc.config.Agent;
import dev.clawc.config.ConfigModel;
import dev.clawc.config.ModelEntry;
import dev.clawc.config.Nodes;
import dev.clawc.config.Route;
import dev.clawc.config.RoutePlanner;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The thinking level of an {@code openai-completions} request's first turn, and why (the start of every reasoning note).
 *
 * @param why "thinking level "LEVEL" from SOURCE"
 */
record CompletionsLevel(String level, String why) {
    private static final Set<String> PI_AI_LEVELS = Set.of("off", "minimal", "low", "medium", "high", "xhigh");

    private static CompletionsLevel from(String level, String source) {
        return new CompletionsLevel(level, "thinking level \"" + level + "\" from " + source);
    }

    static CompletionsLevel choose(CompletionsRoute r, CompletionsModel model) {
        return "catalog-low".equals(r.profile().completionsThinkingPolicy()) ? catalogLow(r, model) : modelProfile(r, model);
    }

    /** 2026.2.6: any pi-ai level is passed on; else agents.defaults.thinkingDefault, else low for reasoning models. */
    private static CompletionsLevel catalogLow(CompletionsRoute r, CompletionsModel model) {
        String asked = r.context().thinking();
        if (asked != null && !PI_AI_LEVELS.contains(asked)) {
            throw new RequestRefusal(r.release() + " rejects the thinking level before any request: `Invalid thinking level \""
                    + asked + "\"` (it knows off, minimal, low, medium, high, xhigh)");
        }
        String configured = CompletionsThinking.normalize(Nodes.string(r.config().defaults().get("thinkingDefault")));
        String level = asked != null ? asked : configured != null ? configured : model.reasoning() ? "low" : "off";
        return from(level, asked != null ? "`--thinking " + asked + "`"
                : configured != null ? "`agents.defaults.thinkingDefault`"
                : model.reasoning() ? "the default for reasoning models (low)" : "the default for non-reasoning models (off)");
    }

    /** Later releases: the level must be one the model's thinking profile offers (a configured one is moved to one). */
    private static CompletionsLevel modelProfile(CompletionsRoute r, CompletionsModel model) {
        Route route = r.route();
        String asked = r.context().thinking();
        boolean cold = r.openRouter() && r.modelList() && r.row() == null && r.context().freshInstall()
                && r.context().openRouterModels() != null;
        CompletionsModel seen = cold ? model.withoutReasoning() : model;
        CompletionsThinking.Profile p = CompletionsThinking.profile(seen, r.openRouterLike());
        Configured configured = asked == null ? configured(r) : null;
        String wanted = asked != null ? asked : configured != null ? configured.level() : null;
        CompletionsThinking.Selection s = CompletionsThinking.select(p, wanted, seen.reasoning());
        String coldWhy = cold ? " (first turn of a new gateway: the OpenRouter model list is not cached yet, so the model"
                + " counts as non-reasoning when the level is chosen)" : "";
        if (!s.supported() && asked != null) {
            throw new RequestRefusal(r.release() + " stops before any request: `Thinking level \"" + asked + "\" is not supported for "
                    + route.provider() + "/" + route.upstreamId() + ". Use one of: " + String.join(", ", p.levels()) + ".`"
                    + coldWhy);
        }
        String why = asked != null ? "`--thinking " + asked + "`"
                : configured != null ? configured.source() + (s.supported() ? "" : " (\"" + configured.level()
                        + "\" is not offered for this model, so OpenClaw silently uses \"" + s.level() + "\")")
                : "the model's default level";
        return from(s.level(), why + coldWhy);
    }

    /** A configured level and where it is written. */
    private record Configured(String level, String source) {
    }

    /** agents.entries.<id>.thinkingDefault, then per-model params.thinking, then agents.defaults.thinkingDefault; or null. */
    private static Configured configured(CompletionsRoute r) {
        ConfigModel config = r.config();
        Route route = r.route();
        Agent agent = config.agent(route.agentId());
        String agentLevel = agent == null ? null : CompletionsThinking.normalize(Nodes.string(agent.get("thinkingDefault")));
        if (agentLevel != null) {
            return new Configured(agentLevel, "`" + agent.path().key("thinkingDefault") + "`");
        }
        RoutePlanner planner = new RoutePlanner(config, r.context().env());
        List<ModelEntry> entries = new ArrayList<>();
        if (agent != null && r.profile().agentsEntries()) {
            entries.add(planner.entryFor(agent.id(), route.ref()));
        }
        entries.add(planner.entryFor(null, route.ref()));
        for (ModelEntry entry : entries) {
            if (entry == null || entry.params() == null) {
                continue;
            }
            Json5Value t = entry.params().get("thinking");
            String level = t instanceof Json5Boolean b && !b.value() ? "off"
                    : t instanceof Json5String str ? (str.value().equals("disabled") ? "off" : CompletionsThinking.normalize(str.value())) : null;
            if (level != null) {
                return new Configured(level, "`" + entry.path().key("params").key("thinking") + "`");
            }
        }
        String defaults = CompletionsThinking.normalize(Nodes.string(config.defaults().get("thinkingDefault")));
        return defaults == null ? null : new Configured(defaults, "`agents.defaults.thinkingDefault`");
    }
}
