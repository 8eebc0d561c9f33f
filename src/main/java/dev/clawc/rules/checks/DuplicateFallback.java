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
import java.util.HashMap;
import java.util.Map;

/**
 * The same model twice in one {@code fallbacks} list, compared the way OpenClaw builds the candidate
 * chain: aliases resolved, provider lowercased, the {@code @profile} suffix dropped, then deduplicated
 * by provider and model ({@code createModelCandidateCollector}, facts §2.2). The later entry never
 * runs, so the chain is shorter than it reads (and an auth-profile variant does not add a retry).
 */
@RuleInfo(id = "duplicate-fallback", severity = Severity.WARNING, category = RuleCategory.CHAIN,
        summary = "A model listed twice in one `fallbacks` list; OpenClaw drops the repeat.")
public final class DuplicateFallback implements Rule {

    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        for (ModelChain chain : ModelChain.all(config)) {
            Map<String, Slot> seen = new HashMap<>();
            for (Slot slot : chain.fallbacks()) {
                String key = RuleSupport.compareKey(config, slot);
                if (key == null) {
                    continue;
                }
                Slot first = seen.putIfAbsent(key, slot);
                if (first == null) {
                    continue;
                }
                String shown = RuleSupport.shown(config, slot);
                var d = context.diagnostic("fallback " + shown + " of " + slot.owner() + " repeats `" + first.text().trim() + "`"
                                + " (`" + chain.path() + ".fallbacks[" + first.fallbackIndex() + "]`)")
                        .at(slot.node().span(), "never tried")
                        .label(first.node().span(), "first listed here")
                        .path(slot.path())
                        .note("OpenClaw resolves each fallback (aliases, provider case) and keeps a model only the first time it"
                                + " appears in the candidate chain, so this entry is skipped"
                                + (profileDiffers(slot, first) ? "; the `@profile` suffix is dropped when fallbacks are resolved,"
                                        + " so a different auth profile does not make it a separate attempt" : ""))
                        .help("remove it, or replace it with a different model");
                Span removal = removal(config, slot);
                if (removal != null) {
                    d.fix(Fix.replace("remove the repeated fallback", removal, ""));
                }
                context.report(d);
            }
        }
    }

    private static boolean profileDiffers(Slot a, Slot b) {
        String pa = a.ref() == null ? null : a.ref().profile();
        String pb = b.ref() == null ? null : b.ref().profile();
        return pa == null ? pb != null : !pa.equals(pb);
    }

    /** The element plus the separator before it (a repeat is never the first element of its array). */
    static Span removal(ConfigModel config, Slot slot) {
        Span element = slot.node().span();
        Json5Value array = RuleSupport.at(config.root(), slot.path().parent());
        if (array instanceof Json5Array a && slot.fallbackIndex() > 0 && slot.fallbackIndex() < a.elements().size()
                && a.elements().get(slot.fallbackIndex()) == slot.node()) {
            Span previous = a.elements().get(slot.fallbackIndex() - 1).span();
            return previous.file() == element.file() ? element.file().span(previous.end(), element.end()) : null;
        }
        return null;
    }
}
