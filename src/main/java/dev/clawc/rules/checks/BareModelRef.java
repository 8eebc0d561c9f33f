package dev.clawc.rules.checks;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.ConfigModel.Resolution;
import dev.clawc.config.ModelCatalog;
import dev.clawc.config.ModelInfo;
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
            if (resolution.via() == ConfigModel.Via.INFERRED) {
                d.help("write the provider explicitly: `" + resolved + "`")
                        .fix(Fix.replace("write `" + resolved + "`", slot.node().span(), quote(slot, resolved)));
            } else {
                String model = slot.ref().model();
                String owner = owner(config, model);
                String fallback = resolution.ref().provider();
                if (owner == null) {
                    d.help("write the provider explicitly (`" + resolved + "` if `" + fallback + "` is the provider you mean;"
                            + " clawc does not know which provider serves `" + model + "`)");
                } else if (owner.equals(fallback)) {
                    d.help("write the provider explicitly: `" + resolved + "`")
                            .fix(Fix.replace("write `" + resolved + "`", slot.node().span(), quote(slot, resolved)));
                } else {
                    String meant = owner + "/" + model;
                    d.note("`" + model + "` is a model of `" + owner + "`, not of `" + fallback + "`: on OpenClaw " + config.version()
                            + " this slot asks `" + fallback + "` for a model it does not serve");
                    d.help("write the provider explicitly: `" + meant + "`")
                            .fix(Fix.replace("write `" + meant + "`", slot.node().span(), quote(slot, meant)));
                }
            }
            context.report(d);
        }
    }

    /**
     * The provider that serves a model id, from clawc's model catalog (direct providers only) or, failing that, the
     * model family's OpenRouter vendor when it is also a provider OpenClaw knows; null when clawc cannot tell or two
     * providers claim it.
     */
    static String owner(ConfigModel config, String model) {
        java.util.Set<String> owners = new java.util.TreeSet<>();
        for (ModelInfo info : ModelCatalog.bundled().models()) {
            if (DIRECT.contains(info.provider()) && (info.id().equalsIgnoreCase(model)
                    || info.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(model)))) {
                owners.add(info.provider());
            }
        }
        for (String provider : DIRECT) {
            if (Boolean.TRUE.equals(ModelCatalog.bundled().knownToOpenClaw(provider, model, config.version()))) {
                owners.add(provider);
            }
        }
        if (owners.size() == 1) {
            return owners.iterator().next();
        }
        if (!owners.isEmpty()) {
            return null;
        }
        String vendor = OpenRouterModelId.vendors().vendorOf(model);
        if (vendor == null) {
            return null;
        }
        String provider = dev.clawc.config.ModelRefs.normalizeProvider(vendor, config.version());
        return config.catalog().get(provider) != null ? config.catalog().get(provider).id() : null;
    }

    /** Providers that serve their own models (not routers or clouds reselling others'). */
    private static final java.util.Set<String> DIRECT = java.util.Set.of("anthropic", "openai", "google");

    static String quote(Slot slot, String text) {
        char quote = slot.node().span().text().charAt(0) == '\'' ? '\'' : '"';
        return quote + text + quote;
    }
}
