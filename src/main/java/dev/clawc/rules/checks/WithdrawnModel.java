package dev.clawc.rules.checks;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.ModelCatalog;
import dev.clawc.config.ModelEntry;
import dev.clawc.config.ModelInfo;
import dev.clawc.config.ModelRef;
import dev.clawc.config.Slot;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Severity;
import dev.clawc.diag.Span;
import dev.clawc.release.OpenClawVersion;
import dev.clawc.release.WithdrawnModels;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.util.Locale;

/**
 * A configured model ref (a model slot, or a key of a {@code models} map) naming an id the release's provider
 * manifests withdraw (a model its vendor shut down, an id only another route serves). OpenClaw's validator compares
 * each ref as written, lower-cased, without resolving aliases, and refuses the config with
 * {@code Unknown model: <ref>. <reason>}, so the gateway does not start. The withdrawn ids and their releases come
 * from the synced catalogs (rules/openclaw/releases/withdrawn-models.json).
 */
@RuleInfo(id = "withdrawn-model", severity = Severity.ERROR, category = RuleCategory.VALIDATOR, refusing = true,
        supersedesSchema = true, when = "withdrawnModelsRefused",
        summary = "A model ref the release's catalog withdraws (e.g. a Gemini model Google shut down): OpenClaw refuses the config.")
public final class WithdrawnModel implements Rule {

    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        for (Slot slot : config.slots()) {
            ConfigModel.Resolution resolution = config.resolve(slot.text(), slot.agentId());
            ModelRef ref = resolution == null ? null : resolution.ref();
            ModelInfo retired = retired(ref);
            String replacement = retired == null ? null : RetiredModel.replacementRef(retired, ref);
            Fix fix = replacement == null ? null
                    : Fix.replace("use `" + replacement + "`", slot.node().span(), RetiredModel.quoted(slot.node().span(), replacement));
            report(context, slot.text(), slot.node().span(), slot.path(), slot.name() + " of " + slot.owner(), replacement, fix);
        }
        for (ModelEntry entry : config.modelEntries()) {
            ModelInfo retired = retired(entry.ref());
            String replacement = retired == null ? null : RetiredModel.replacementRef(retired, entry.ref());
            Fix fix = retired == null ? null : RetiredModel.fixForKey(config, entry, retired, entry.ref());
            report(context, entry.key(), entry.member().key().span(), entry.path(), "a key of the `models` map of "
                    + (entry.agentId() == null ? "agents.defaults" : "agent `" + entry.agentId() + "`"), replacement, fix);
        }
    }

    /** True when this release's validator refuses {@code ref} as withdrawn (other rules leave it to this one). */
    static boolean refuses(RuleContext context, String ref) {
        return context.config().profile().enabled("withdrawnModelsRefused") && withdrawn(ref, context.version()) != null;
    }

    /** OpenClaw's reason when {@code ref}, as written, names an id the release withdraws; else null. */
    static String withdrawn(String ref, OpenClawVersion release) {
        if (ref == null || ref.contains("${")) {
            return null; // an unresolved ${VAR}: clawc does not know the model
        }
        String text = ref.trim();
        int slash = text.indexOf('/');
        if (slash <= 0 || slash >= text.length() - 1) {
            return null;
        }
        return WithdrawnModels.reason(text.toLowerCase(Locale.ROOT), release);
    }

    private static void report(RuleContext context, String ref, Span span, ConfigPath path, String where, String replacement,
            Fix fix) {
        String reason = withdrawn(ref, context.version());
        if (reason == null) {
            return;
        }
        String model = ref.trim();
        var d = context.diagnostic("OpenClaw " + context.version() + " refuses model `" + model + "` (" + where
                        + "): its catalog withdraws this id")
                .at(span, replacement == null ? "withdrawn on " + context.version() : "withdrawn; the vendor's replacement is `" + replacement + "`")
                .path(path)
                .note("OpenClaw's message: `Unknown model: " + model.toLowerCase(Locale.ROOT) + "." + (reason.isEmpty() ? "" : " " + reason)
                        + "`; the gateway does not start")
                .help("choose a model this release serves (the message above names OpenClaw's suggestion), or remove the ref");
        if (fix != null) {
            d.fix(fix); // the vendor's replacement, from clawc's model catalog (rules/models.json5)
        }
        context.report(d);
    }

    /** The catalog entry of a model its vendor retired, or null. */
    private static ModelInfo retired(ModelRef ref) {
        if (ref == null || ref.isBare()) {
            return null;
        }
        ModelInfo info = ModelCatalog.bundled().find(ref.provider(), ref.model());
        return info != null && info.isRetired() ? info : null;
    }
}
