package dev.clawc.rules.checks;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.ModelChain;
import dev.clawc.config.Slot;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Severity;
import dev.clawc.diag.Span;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Value;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.util.List;

/**
 * A fallback that resolves to its own chain's primary. OpenClaw starts the candidate chain with the
 * requested model (normally the primary), keeps each provider+model once, and for the chat chain
 * appends the configured primary at the end anyway (facts §2.2, {@code resolveFallbackCandidatesUncached}),
 * so the entry adds no attempt: it reads like a retry that does not happen.
 */
@RuleInfo(id = "fallback-is-primary", severity = Severity.WARNING, category = RuleCategory.CHAIN,
        summary = "A fallback that is the chain's own primary; it adds no attempt.")
public final class FallbackIsPrimary implements Rule {

    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        ModelChain defaultsChat = ModelChain.chat(config, null);
        for (ModelChain chain : ModelChain.all(config)) {
            Slot primary = chain.primary();
            if (primary == null && chain.chat() && chain.agentId() != null && defaultsChat != null) {
                primary = defaultsChat.primary(); // an agent that lists only fallbacks runs the defaults' primary
            }
            if (primary == null || chain.fallbacks().isEmpty()) {
                continue;
            }
            String primaryKey = RuleSupport.compareKey(config, primary);
            if (primaryKey == null) {
                continue;
            }
            for (Slot fallback : chain.fallbacks()) {
                if (!primaryKey.equals(RuleSupport.compareKey(config, fallback))) {
                    continue;
                }
                var d = context.diagnostic("fallback " + RuleSupport.shown(config, fallback) + " of " + fallback.owner()
                                + " is the chain's own primary")
                        .at(fallback.node().span(), "same model as the primary")
                        .label(primary.node().span(), "primary")
                        .path(fallback.path())
                        .note(chain.chat()
                                ? "OpenClaw tries the requested model first (normally this primary), skips any model already in the"
                                        + " chain, and appends the configured primary at the end anyway, so this entry adds no attempt"
                                : "the chain starts with its primary and OpenClaw skips any model already in it, so this entry adds no"
                                        + " attempt")
                        .help("remove it; to retry on failure, list a different model (another provider protects against outages)");
                Fix fix = removal(config, fallback);
                if (fix != null) {
                    d.fix(fix);
                }
                context.report(d);
            }
        }
    }

    /** The element with one neighbouring separator, so the array stays well formed. */
    private static Fix removal(ConfigModel config, Slot slot) {
        if (!(RuleSupport.at(config.root(), slot.path().parent()) instanceof Json5Array array)) {
            return null;
        }
        List<Json5Value> elements = array.elements();
        int index = slot.fallbackIndex();
        if (index < 0 || index >= elements.size() || elements.get(index) != slot.node()) {
            return null;
        }
        Span element = slot.node().span();
        if (index > 0) {
            Span previous = elements.get(index - 1).span();
            return previous.file() == element.file() ? remove(element.file().span(previous.end(), element.end())) : null;
        }
        if (elements.size() > 1) {
            Span next = elements.get(1).span();
            return next.file() == element.file() ? remove(element.file().span(element.start(), next.start())) : null;
        }
        return Fix.replace("remove the fallback (the list becomes empty)", array.span(), "[]");
    }

    private static Fix remove(Span span) {
        return Fix.replace("remove the fallback", span, "");
    }
}
