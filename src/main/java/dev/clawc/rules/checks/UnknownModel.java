package dev.clawc.rules.checks;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.ConfigModel.Resolution;
import dev.clawc.config.ModelCatalog;
import dev.clawc.config.ModelEntry;
import dev.clawc.config.ModelInfo;
import dev.clawc.config.ModelRef;
import dev.clawc.config.Slot;
import dev.clawc.json5.Json5Object;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import dev.clawc.diag.Severity;

/**
 * A model slot naming a model that the target OpenClaw release does not know, for a provider whose catalog
 * is closed on that release (rules/models.json5 {@code openclawCatalog}): OpenClaw stops the turn with
 * {@code Unknown model: <ref>} and sends no request. Providers whose ids OpenClaw resolves dynamically
 * (OpenRouter's model list on 2026.9.6, Anthropic's forward-compat ids) never fire, nor does a provider
 * configured under {@code models.providers} (its rows extend the catalog), nor a model on a custom agent
 * runtime. Retired models are left to {@code retired-model}.
 */
@RuleInfo(id = "unknown-model", severity = Severity.INFO, category = RuleCategory.CATALOG,
        summary = "A model the target OpenClaw release's closed catalog does not list; it stops with `Unknown model`.")
public final class UnknownModel implements Rule {

    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        ModelCatalog catalog = ModelCatalog.bundled();
        for (Slot slot : config.slots()) {
            if (slot.text().contains("${")) {
                continue; // an unresolved ${VAR}: clawc does not know the model
            }
            Resolution resolution = config.resolve(slot.text(), slot.agentId());
            if (resolution == null || resolution.ref() == null || resolution.ref().isBare()) {
                continue;
            }
            ModelRef ref = resolution.ref();
            if (config.providers().containsKey(ref.provider()) || hasCustomRuntime(config, slot, ref)) {
                continue;
            }
            ModelInfo info = catalog.find(ref.provider(), ref.model());
            if (info != null && info.isRetired()) {
                continue; // retired-model reports it, with OpenClaw's own refusal
            }
            Boolean known = catalog.knownToOpenClaw(ref.provider(), ref.model(), context.version());
            if (known == null || known || Boolean.TRUE.equals(
                    catalog.knownToOpenClaw(ref.provider(), ref.writtenModel(), context.version()))) {
                continue;
            }
            String key = ref.key();
            String version = context.version().toString();
            var d = context.diagnostic("OpenClaw " + version + " does not know model `" + key + "` (" + slot.name()
                    + " of " + slot.owner() + ")")
                    .at(slot.node().span(), resolution.via() == ConfigModel.Via.EXPLICIT
                            ? "OpenClaw refuses it: `Unknown model: " + key + "`"
                            : "resolves to `" + key + "`, which OpenClaw refuses: `Unknown model`")
                    .path(slot.path());
            String reason = catalog.refusalReason(ref.provider(), ref.model(), context.version());
            if (reason != null) {
                d.note("OpenClaw " + version + " rejects this id: `" + reason + "`");
            } else {
                d.note("OpenClaw " + version + " resolves `" + ref.provider() + "` models only from its built-in catalog,"
                        + " which does not list `" + ref.model() + "`");
            }
            d.note("NO REQUEST IS SENT: a turn on this model stops before reaching the provider with `Unknown model: "
                    + key + "`" + (slot.kind() == Slot.Kind.PRIMARY
                            ? "; this is the primary model, so every turn of " + slot.owner() + " starts with that failure"
                            : ""));
            d.note("reported as info because clawc's copy of OpenClaw's catalog is a snapshot; `openclaw models list --provider "
                    + ref.provider() + "` shows what your install accepts");
            String rename = catalog.openClawRename(ref.provider(), ref.model(), context.version());
            if (rename != null) {
                d.help("`openclaw doctor --fix` on " + version + " rewrites it to `" + ref.provider() + "/" + rename + "`");
            }
            d.help("use a model this release lists, or declare it under `models.providers." + ref.provider() + ".models`");
            context.report(d);
        }
    }

    /** A model routed through another agent runtime (e.g. Codex) resolves ids differently. */
    private static boolean hasCustomRuntime(ConfigModel config, Slot slot, ModelRef ref) {
        String wildcard = ref.provider() + "/*";
        for (String agentId : slot.agentId() == null ? new String[] {null} : new String[] {null, slot.agentId()}) {
            for (ModelEntry entry : config.modelEntries(agentId)) {
                boolean same = entry.key().equalsIgnoreCase(wildcard)
                        || (entry.ref() != null && entry.ref().key().equalsIgnoreCase(ref.key()));
                Json5Object body = entry.body();
                if (same && body != null && body.get("agentRuntime") != null) {
                    return true;
                }
            }
        }
        return (config.defaults().node() != null && config.defaults().get("agentRuntime") != null)
                || (slot.agentId() != null && config.agent(slot.agentId()) != null
                        && config.agent(slot.agentId()).get("agentRuntime") != null);
    }
}
