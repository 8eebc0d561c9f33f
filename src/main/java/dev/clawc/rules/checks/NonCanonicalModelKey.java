package dev.clawc.rules.checks;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.ModelEntry;
import dev.clawc.config.ModelRef;
import dev.clawc.config.ModelRefs;
import dev.clawc.config.Nodes;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5Object;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code models} map key OpenClaw never matches when it looks up per-model settings. The lookup is by the
 * exact string {@code modelKey(provider, model)} of the normalized ref (or the raw legacy
 * {@code provider/model}), so {@code "OpenRouter/anthropic/..."}, {@code "anthropic/opus"} (normalized to
 * {@code anthropic/claude-opus-5}) or a key without a provider never applies its {@code params} and
 * {@code codeMode}; {@code validate} and {@code doctor} say nothing. The alias still works: aliases are built
 * from the normalized key.
 */
@RuleInfo(id = "non-canonical-model-key", severity = Severity.WARNING, category = RuleCategory.REFS,
        summary = "A `models` key OpenClaw never matches, so the entry's params are silently ignored.")
public final class NonCanonicalModelKey implements Rule {

    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        for (ModelEntry entry : config.modelEntries()) {
            if (entry.isWildcard() || entry.ref() == null || !RefSites.isWinningMember(config, entry)
                    || entry.key().contains("${")) {
                continue;
            }
            if (entry.ref().isBare()) {
                reportBare(context, config, entry);
            } else {
                ModelRef ref = entry.ref();
                String canonical = ref.key();
                if (entry.key().equals(canonical) || entry.key().equals(ModelRefs.legacyKey(ref.provider(), ref.model()))) {
                    continue;
                }
                reportNonCanonical(context, config, entry, canonical);
            }
        }
    }

    private static void reportNonCanonical(RuleContext context, ConfigModel config, ModelEntry entry, String canonical) {
        ModelRef ref = entry.ref();
        String writtenModel = entry.key().trim().substring(entry.key().trim().indexOf('/') + 1).trim();
        List<String> ignored = ignoredSettings(entry, !writtenModel.equals(ref.model()));
        if (ignored.isEmpty()) {
            return; // nothing in the entry depends on the exact key (an alias, or an empty entry)
        }
        ModelEntry twin = sameMapEntry(config, entry, canonical, ModelRefs.legacyKey(ref.provider(), ref.model()));
        var d = context.diagnostic("models key `" + entry.key() + "` is not the key OpenClaw looks up")
                .at(entry.member().key().span(), "OpenClaw looks up `" + canonical + "`")
                .path(entry.path())
                .note("OpenClaw finds per-model settings by the exact string `provider/model` of the normalized ref"
                        + " (" + why(entry, ref) + "); this key never matches, so its " + String.join(" and ", ignored)
                        + (ignored.size() == 1 ? " is" : " are") + " silently ignored"
                        + (entry.alias() != null ? "; its alias `" + entry.alias() + "` still works" : ""));
        if (twin != null) {
            d.label(twin.member().key().span(), "the entry OpenClaw uses for `" + canonical + "`")
                    .help("move these settings into `" + twin.key() + "` and delete this entry");
        } else {
            RefSites.Site site = new RefSites.Site(RefSites.Kind.MODEL_KEY, entry.key(), entry.agentId(), entry.path(),
                    entry.member().key().span(), "");
            d.help("rename the key to `" + canonical + "`");
            String replacement = site.rewrite(canonical);
            if (replacement != null) {
                d.fix(Fix.replace("rename the key to `" + canonical + "`", site.span(), replacement));
            }
        }
        context.report(d);
    }

    private static void reportBare(RuleContext context, ConfigModel config, ModelEntry entry) {
        String provider = config.defaultProvider();
        ConfigModel.Resolution resolution = config.resolve(entry.key(), entry.agentId());
        String resolved = resolution != null && !resolution.ref().isBare() ? resolution.ref().key()
                : ModelRefs.canonicalKey(provider, ModelRefs.normalizeModelId(provider, entry.ref().model()));
        List<String> ignored = ignoredSettings(entry, true);
        var d = context.diagnostic("models key `" + entry.key() + "` has no provider")
                .at(entry.member().key().span(), "OpenClaw reads it as `" + resolved + "` on OpenClaw " + config.version())
                .path(entry.path());
        d.note("OpenClaw looks up per-model settings by `provider/model`, which a key without a provider never equals"
                + (ignored.isEmpty() ? "" : ", so its " + String.join(" and ", ignored)
                        + (ignored.size() == 1 ? " is" : " are") + " silently ignored"));
        if (entry.agentId() == null && legacyAllowlistActive(config)) {
            d.note("these keys also act as the legacy model allowlist (no `modelPolicy`); a key without a provider is"
                    + " not a valid policy ref, so `openclaw doctor --fix` defers migrating the allowlist to"
                    + " `modelPolicy.allow`");
        }
        if (entry.alias() != null) {
            d.note("its alias `" + entry.alias() + "` points to `" + resolved + "`, a guess that depends on the configured"
                    + " providers and on the OpenClaw version (the default provider: " + config.profile().history("defaultProvider") + ")");
        }
        d.help("write the key as `provider/model`, e.g. `" + resolved + "` if that is the model you mean");
        context.report(d);
    }

    /** From 2026.8.1, the keys restrict model switches while there is no migration marker and no agents.defaults.modelPolicy object (facts §3.1). */
    private static boolean legacyAllowlistActive(ConfigModel config) {
        boolean marker = Nodes.at(config.root(), "meta", "migrations", "modelPolicyAllowlist") instanceof Json5Boolean b
                && b.value();
        return config.profile().modelPolicyAllow() && !marker && config.defaults().modelPolicy() == null;
    }

    /** The settings of the entry whose lookup is by exact key: params, codeMode, and agentRuntime when the id differs. */
    private static List<String> ignoredSettings(ModelEntry entry, boolean modelIdDiffers) {
        List<String> out = new ArrayList<>();
        Json5Object params = entry.params();
        if (params != null && !params.isEmpty()) {
            List<String> names = new ArrayList<>();
            params.members().forEach(m -> names.add(m.name()));
            out.add("`params` (" + String.join(", ", names.stream().map(n -> "`" + n + "`").toList()) + ")");
        }
        Json5Object body = entry.body();
        if (body != null && body.get("codeMode") != null) {
            out.add("`codeMode`");
        }
        if (body != null && body.get("agentRuntime") != null && modelIdDiffers) {
            out.add("`agentRuntime`");
        }
        return out;
    }

    private static String why(ModelEntry entry, ModelRef ref) {
        String key = entry.key();
        if (!key.equals(key.trim())) {
            return "surrounding spaces are trimmed";
        }
        if (ref.profile() != null) {
            return "the `@" + ref.profile() + "` auth-profile suffix is not part of the key";
        }
        if (ref.writtenProvider() != null && !ref.writtenProvider().equals(ref.provider())) {
            return "provider ids are lower-cased";
        }
        return "`" + ref.provider() + "/" + ref.writtenModel() + "` is normalized to `" + ref.key() + "`";
    }

    /** Another entry of the same map that already has the key OpenClaw uses. */
    private static ModelEntry sameMapEntry(ConfigModel config, ModelEntry entry, String canonical, String legacy) {
        for (ModelEntry other : config.modelEntries(entry.agentId())) {
            if (other != entry && (other.key().equals(canonical) || other.key().equals(legacy))
                    && RefSites.isWinningMember(config, other)) {
                return other;
            }
        }
        return null;
    }
}
