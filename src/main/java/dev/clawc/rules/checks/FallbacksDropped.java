package dev.clawc.rules.checks;

import dev.clawc.config.Agent;
import dev.clawc.config.ConfigModel;
import dev.clawc.config.Nodes;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Severity;
import dev.clawc.diag.Span;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;

/**
 * An agent that sets its own primary ({@code model: "..."} or {@code model: {primary}}) without a
 * {@code fallbacks} key while {@code agents.defaults.model.fallbacks} is non-empty. Since 2026.4.27
 * OpenClaw gives such an agent no fallbacks at all ({@code resolveSelectedModelFallbacksOverride},
 * facts §2.2); earlier releases inherited the defaults' list, so the same file lost its failover on
 * upgrade. The machine fix writes {@code fallbacks: []}: it changes nothing at runtime, only makes the
 * choice explicit; copying the defaults' list (offered as help) would send this agent's traffic to
 * other providers, which must be the author's decision.
 */
@RuleInfo(id = "fallbacks-dropped", severity = Severity.WARNING, category = RuleCategory.CHAIN,
        summary = "An agent's own `model` without `fallbacks` silently drops the default fallbacks.")
public final class FallbacksDropped implements Rule {

    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        if (!config.profile().agentModelReplacesFallbacks()) {
            return;
        }
        Json5Object defaultsModel = Nodes.object(config.defaults().get("model"));
        Json5Array defaultFallbacks = defaultsModel != null && defaultsModel.get("fallbacks") instanceof Json5Array a ? a : null;
        if (defaultFallbacks == null || defaultFallbacks.elements().stream()
                .noneMatch(e -> e instanceof Json5String s && !s.value().isBlank())) {
            return;
        }
        for (Agent agent : config.agents()) {
            if (agent.node() == null || agent.node().member("model") == null) {
                continue;
            }
            Json5Member member = agent.node().member("model");
            Json5Value model = member.value();
            String primaryText;
            if (model instanceof Json5String s) {
                primaryText = s.value();
            } else if (model instanceof Json5Object o && o.member("fallbacks") == null && o.get("primary") instanceof Json5String p) {
                primaryText = p.value();
            } else {
                continue;
            }
            if (primaryText.isBlank()) {
                continue; // an empty primary means "unset": the defaults' chain applies
            }
            var d = context.diagnostic("agent `" + agent.id() + "` sets its own `model` without `fallbacks`, so it runs with no"
                            + " fallbacks")
                    .at(model.span(), "no fallbacks for this agent")
                    .label(defaultsModel.member("fallbacks").key().span(), "not inherited by agent `" + agent.id() + "`")
                    .path(agent.path().key("model"))
                    .note("since OpenClaw " + config.profile().firstWith("agentModelReplacesFallbacks", true) + " a per-agent `model` written as a string, or as `{ primary }` without a `fallbacks` key,"
                            + " is strict: when `" + primaryText.trim() + "` fails, the agent's request fails instead of moving on to"
                            + " the models of `agents.defaults.model.fallbacks` (earlier releases inherited them)")
                    .help("to give this agent failover, list them: `fallbacks: [" + listed(defaultFallbacks) + "]` (or other models)")
                    .help("if no fallbacks is what you want, say so with `fallbacks: []` (the fix; it does not change behaviour)");
            d.fix(fix(member, model));
            context.report(d);
        }
    }

    private static String listed(Json5Array fallbacks) {
        StringBuilder out = new StringBuilder();
        for (Json5Value element : fallbacks.elements()) {
            if (element instanceof Json5String) {
                out.append(out.length() == 0 ? "" : ", ").append(element.span().text());
            }
        }
        return out.toString();
    }

    private static Fix fix(Json5Member member, Json5Value model) {
        String q = member.key().quoted() ? "\"" : "";
        String fallbacks = q + "fallbacks" + q + ": []";
        if (model instanceof Json5String s) {
            String replacement = "{ " + q + "primary" + q + ": " + s.span().text() + ", " + fallbacks + " }";
            return Fix.replace("write `{ primary, fallbacks: [] }`", s.span(), replacement);
        }
        Json5Object object = (Json5Object) model;
        Span primary = object.member("primary").value().span();
        return Fix.replace("add `fallbacks: []`", primary.file().span(primary.end(), primary.end()), ", " + fallbacks);
    }
}
