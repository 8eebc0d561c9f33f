package dev.clawc.rules.checks;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.ConfigModel.Resolution;
import dev.clawc.config.Slot;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Severity;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;

/**
 * A model slot written without {@code provider/}. OpenClaw guesses the provider: from a unique
 * configured model with that id, else its default provider, which changed from {@code anthropic}
 * to {@code openai} in 2026.4, so the same file picks a different model after an upgrade.
 */
@RuleInfo(id = "bare-model-ref", severity = Severity.WARNING, category = RuleCategory.REFS,
        summary = "A model ref without `provider/`; what it resolves to depends on the OpenClaw version.")
public final class BareModelRef implements Rule {

    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        for (Slot slot : config.slots()) {
            if (slot.ref() == null || !slot.ref().isBare()) {
                continue;
            }
            Resolution resolution = config.resolve(slot.text(), slot.agentId());
            if (resolution == null || resolution.via() == ConfigModel.Via.ALIAS) {
                continue; // an alias is the intended way to write a short name
            }
            String resolved = resolution.ref().key();
            var d = context.diagnostic("model ref `" + slot.text() + "` in " + slot.owner() + " has no provider")
                    .at(slot.node().span(), "resolves to `" + resolved + "` on OpenClaw " + config.version())
                    .path(slot.path());
            if (resolution.via() == ConfigModel.Via.INFERRED) {
                d.note("OpenClaw infers `" + resolution.ref().provider() + "` because it is the only configured"
                        + " provider with a model `" + slot.ref().model() + "`; adding another such provider changes the result");
            } else {
                d.note("a ref without a provider uses OpenClaw's default provider: "
                        + context.config().profile().history("defaultProvider") + ", so this slot picks a different model after an upgrade");
            }
            d.help("write the provider explicitly: `" + resolved + "`")
                    .fix(Fix.replace("write `" + resolved + "`", slot.node().span(), quote(slot, resolved)));
            context.report(d);
        }
    }

    static String quote(Slot slot, String text) {
        char quote = slot.node().span().text().charAt(0) == '\'' ? '\'' : '"';
        return quote + text + quote;
    }
}
