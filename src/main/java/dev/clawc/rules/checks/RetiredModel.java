package dev.clawc.rules.checks;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.ConfigModel.Resolution;
import dev.clawc.config.ModelCatalog;
import dev.clawc.config.ModelEntry;
import dev.clawc.config.ModelInfo;
import dev.clawc.config.ModelRef;
import dev.clawc.config.ModelRefs;
import dev.clawc.config.Slot;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Severity;
import dev.clawc.diag.Span;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A model slot or {@code models}-map key whose route is a model its vendor has retired (rules/models.json5).
 * Where the vendor serves the route itself (Anthropic's API, Google's Gemini API) requests fail: error.
 * Through OpenRouter a model Anthropic retired can still be served by partner hosts (Bedrock, Vertex),
 * which keep their own schedules: requests may still work, so it is a warning, and the note names hosts
 * known to refuse cache breakpoints (the {@code cache-control-rejected} rule reports the failing request).
 */
@RuleInfo(id = "retired-model", severity = Severity.ERROR, category = RuleCategory.CATALOG,
        summary = "A model its vendor has retired; requests to it fail (or depend on partner hosts through OpenRouter).")
public final class RetiredModel implements Rule {

    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        ModelCatalog catalog = ModelCatalog.bundled();
        java.util.Set<String> usedBySlots = new java.util.HashSet<>();
        for (Slot slot : config.slots()) {
            Resolution used = config.resolve(slot.text(), slot.agentId());
            if (used != null && used.ref() != null && used.via() != ConfigModel.Via.ALIAS) {
                usedBySlots.add(used.ref().key());
            }
        }
        for (ModelEntry entry : config.modelEntries()) {
            ModelRef ref = entry.ref();
            if (entry.isWildcard() || ref == null || ref.isBare() || usedBySlots.contains(ref.key())) {
                continue; // a slot naming the same model is reported, once, where the model is chosen
            }
            if (WithdrawnModel.refuses(context, entry.key())) {
                continue; // withdrawn-model reports it as the refusal it is on this release
            }
            ModelInfo info = catalog.find(ref.provider(), ref.model());
            if (info != null && info.isRetired()) {
                report(context, catalog, info, ref, entry.member().key().span(), entry.path(),
                        "key `" + entry.key() + "` of " + scope(entry), fixForKey(config, entry, info, ref));
            }
        }
        for (Slot slot : config.slots()) {
            Resolution resolution = config.resolve(slot.text(), slot.agentId());
            if (WithdrawnModel.refuses(context, slot.text())) {
                continue; // withdrawn-model reports it as the refusal it is on this release
            }
            if (resolution == null || resolution.via() == ConfigModel.Via.ALIAS || resolution.ref() == null
                    || resolution.ref().isBare()) {
                continue; // an alias points at a models-map key, which is reported itself
            }
            ModelRef ref = resolution.ref();
            ModelInfo info = catalog.find(ref.provider(), ref.model());
            if (info != null && info.isRetired()) {
                String replacement = replacementRef(info, ref);
                Fix fix = replacement == null ? null
                        : Fix.replace("use `" + replacement + "`", slot.node().span(), quoted(slot.node().span(), replacement));
                report(context, catalog, info, ref, slot.node().span(), slot.path(),
                        slot.name() + " of " + slot.owner(), fix);
            }
        }
    }

    private void report(RuleContext context, ModelCatalog catalog, ModelInfo info, ModelRef ref, Span span,
            ConfigPath path, String where, Fix fix) {
        ModelInfo.Retirement retired = info.retired();
        String vendor = vendor(retired.by());
        boolean partners = info.servedByPartners();
        String when = retired.on() == null ? "" : " on " + retired.on();
        String replacement = replacementRef(info, ref);
        String message = partners
                ? "model `" + ref.key() + "` (" + where + ") was retired by " + vendor + when + "; only partner hosts can still serve it"
                : "model `" + ref.key() + "` (" + where + ") was retired by " + vendor + when;
        Diagnostic.Builder d = Diagnostic.builder(info().id(),
                partners ? Severity.WARNING : Severity.ERROR, message)
                .at(span, replacement == null ? "retired model" : "retired; the replacement is `" + replacement + "`")
                .path(path);
        if (partners) {
            d.note(vendor + (retired.on() == null ? " stopped serving it" : " stopped serving it" + when) + "; through " + providerName(info.provider())
                    + " it can still be routed to " + hostList(info, retired.by())
                    + ", which set their own retirement schedules, so requests work only as long as one of them keeps it");
            for (ModelInfo.Host host : info.hosts()) {
                if (host.refusesCachePoints()) {
                    d.note("`" + host.slug() + "` refuses prompt-cache breakpoints for this model"
                            + (host.note() != null && host.note().startsWith("UNCERTAIN") ? " (UNCERTAIN, inferred from reports)" : "")
                            + ": a request OpenClaw sends with `cache_control` fails there with HTTP 400 (see `cache-control-rejected`)");
                }
            }
        } else {
            d.note(vendor + " no longer serves it, so every request to it returns an error");
        }
        String refusal = catalog.refusalReason(ref.provider(), ref.model(), context.version());
        if (refusal != null) {
            d.note("OpenClaw " + context.version() + " refuses it outright (`config validate` fails): `Unknown model: "
                    + ref.key() + ". " + refusal + "`");
        }
        if (retired.note() != null) {
            d.note(retired.note());
        }
        if (replacement != null) {
            d.help("switch to `" + replacement + "`, the replacement " + vendor + " names");
            if (fix != null) {
                d.fix(fix);
            }
        } else {
            d.help("pick a current model of `" + ref.provider() + "`");
        }
        context.report(d);
    }

    /** The replacement as a full ref on the same provider (keeping an {@code @profile}), or null. */
    static String replacementRef(ModelInfo info, ModelRef ref) {
        String replacement = info.retired().replacement();
        if (replacement == null) {
            return null;
        }
        String key = ModelRefs.canonicalKey(ref.provider(), replacement);
        return ref.profile() == null ? key : key + "@" + ref.profile();
    }

    static Fix fixForKey(ConfigModel config, ModelEntry entry, ModelInfo info, ModelRef ref) {
        String replacement = replacementRef(info, ref);
        if (replacement == null) {
            return null;
        }
        for (ModelEntry other : config.modelEntries(entry.agentId())) {
            if (other.ref() != null && replacement.equalsIgnoreCase(other.ref().key())) {
                return null; // renaming the key would collide with an existing entry
            }
        }
        Span span = entry.member().key().span();
        return Fix.replace("rename the key to `" + replacement + "`", span, quoted(span, replacement));
    }

    private static String scope(ModelEntry entry) {
        return entry.agentId() == null ? "agents.defaults.models" : "the models of agent `" + entry.agentId() + "`";
    }

    private static String hostList(ModelInfo info, String except) {
        List<String> slugs = new ArrayList<>();
        for (ModelInfo.Host host : info.hosts()) {
            if (!host.slug().equals(except)) {
                slugs.add("`" + host.slug() + "`");
            }
        }
        return String.join(" and ", slugs);
    }

    static String vendor(String id) {
        if (id == null) {
            return "its vendor";
        }
        return switch (id.toLowerCase(Locale.ROOT)) {
            case "anthropic" -> "Anthropic";
            case "google" -> "Google";
            case "openai" -> "OpenAI";
            default -> "`" + id + "`";
        };
    }

    private static String providerName(String provider) {
        return "openrouter".equals(provider) ? "OpenRouter" : "`" + provider + "`";
    }

    static String quoted(Span span, String text) {
        String written = span.text();
        char quote = !written.isEmpty() && written.charAt(0) == '\'' ? '\'' : '"';
        return quote + text + quote;
    }
}
