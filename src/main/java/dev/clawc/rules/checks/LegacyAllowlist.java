package dev.clawc.rules.checks;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.ModelPolicy;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Severity;
import dev.clawc.diag.Span;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * From 2026.8.1 {@code agents.defaults.models} is meant for aliases and params, and the allowlist
 * lives in {@code modelPolicy.allow}; but a config without the migration marker and without a
 * {@code modelPolicy} object keeps the old rule that the map's keys restrict {@code /model} (facts
 * §3.1, §3.3). Adding an entry just for an alias then silently narrows what users may pick. Not
 * reported before 2026.8.1, where the map's keys are simply how an allowlist is written.
 */
@RuleInfo(id = "legacy-allowlist", severity = Severity.INFO, category = RuleCategory.CHAIN,
        summary = "The keys of `agents.defaults.models` still act as the model allowlist (the rule before `modelPolicy`).")
public final class LegacyAllowlist implements Rule {

    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        if (!config.profile().modelPolicyAllow() || !ModelPolicy.legacyActive(config)) {
            return;
        }
        Json5Object defaults = config.defaults().node();
        Json5Member models = defaults.member("models");
        List<String> keys = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (Json5Member member : ((Json5Object) models.value()).members()) {
            if (member.name().isBlank() || keys.contains(member.name())) {
                continue;
            }
            keys.add(member.name());
            if (!ModelPolicy.isValidPolicyRef(member.name()) && !isAlias(config, member.name())) {
                invalid.add(member.name());
            }
        }
        var d = context.diagnostic("the keys of `agents.defaults.models` act as a model allowlist (" + keys.size()
                        + (keys.size() == 1 ? " model" : " models") + ")")
                .at(models.key().span(), "only these models can be chosen with `/model` or the picker")
                .path(config.defaults().path().key("models"))
                .note("since OpenClaw " + config.profile().firstWith("modelPolicyAllow", true) + " entries of `agents.defaults.models` are meant for aliases and params, and the allowlist is"
                        + " `agents.defaults.modelPolicy.allow`; without that object and without `meta.migrations.modelPolicyAllowlist:"
                        + " true`, OpenClaw keeps the old rule, so adding an entry only for an alias or params also restricts model choice");
        if (invalid.isEmpty()) {
            d.note("`openclaw doctor --fix` (and any config write by OpenClaw) copies these keys to `agents.defaults.modelPolicy.allow`"
                    + " and sets `meta.migrations.modelPolicyAllowlist: true`; the restriction stays, but is written down");
            d.help("to keep the restriction, declare it: `modelPolicy: { allow: [...] }` in `agents.defaults` (the fix); to allow any"
                    + " model, add `modelPolicy: {}` instead");
            d.fix(Fix.replace("declare the allowlist as `agents.defaults.modelPolicy.allow`", insertionPoint(models),
                    declaration(models, keys)));
        } else {
            d.note("`openclaw doctor --fix` would move these keys to `agents.defaults.modelPolicy.allow` and set"
                    + " `meta.migrations.modelPolicyAllowlist: true`, but defers the migration while a key is not a valid policy ref ("
                    + quoteList(invalid) + "), so the old rule stays in force");
            d.help("write those keys as `provider/model`, then declare the allowlist in `agents.defaults.modelPolicy.allow`, or add"
                    + " `modelPolicy: {}` to `agents.defaults` to allow any model");
        }
        context.report(d);
    }

    private static boolean isAlias(ConfigModel config, String key) {
        return config.findAlias(key, null) != null;
    }

    private static String quoteList(List<String> items) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size() && i < 5; i++) {
            out.append(i == 0 ? "" : ", ").append('`').append(items.get(i)).append('`');
        }
        if (items.size() > 5) {
            out.append(", ...");
        }
        return out.toString();
    }

    /** An empty span at the start of the `models` member's key: the declaration goes right before it. */
    private static Span insertionPoint(Json5Member models) {
        Span key = models.key().span();
        return key.file().span(key.start(), key.start());
    }

    private static String declaration(Json5Member models, List<String> keys) {
        Span key = models.key().span();
        String line = key.file().lineText(key.startLine());
        String before = line.substring(0, Math.min(line.length(), key.startColumn() - 1));
        boolean ownLine = before.isBlank();
        String q = models.key().quoted() ? "\"" : "";
        StringBuilder out = new StringBuilder();
        out.append(q).append("modelPolicy").append(q).append(": { ").append(q).append("allow").append(q).append(": [");
        for (int i = 0; i < keys.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(RuleSupport.jsonString(keys.get(i)));
        }
        out.append("] },");
        out.append(ownLine ? "\n" + before : " ");
        return out.toString();
    }
}
