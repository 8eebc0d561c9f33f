package dev.clawc.rules.checks;

import dev.clawc.config.Agent;
import dev.clawc.config.ConfigModel;
import dev.clawc.config.ConfigModel.Resolution;
import dev.clawc.config.CustomProvider;
import dev.clawc.config.ModelChain;
import dev.clawc.config.ModelRef;
import dev.clawc.config.ModelRefs;
import dev.clawc.config.ModelPolicy;
import dev.clawc.config.Nodes;
import dev.clawc.config.Slot;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A configured model that the effective model allowlist does not permit: a primary or fallback of
 * the chat chain (of agents.defaults, or of an agent, inherited ones included when the agent has its
 * own {@code modelPolicy.allow}), or {@code hooks.gmail.model}. OpenClaw still runs configured
 * primaries and fallbacks (the policy governs explicit choices only, facts §3.1), so the trap is that
 * {@code /model} rejects the model and the picker hides it; a Gmail hook model outside the list is
 * not used at all. Bare fallbacks are left to {@code bare-model-ref} (their provider is the primary's).
 */
@RuleInfo(id = "not-in-allowlist", severity = Severity.WARNING, category = RuleCategory.CHAIN,
        summary = "A configured model that the model allowlist does not permit, so `/model` and the picker refuse it.")
public final class NotInAllowlist implements Rule {


    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        Set<String> reported = new HashSet<>();
        ModelPolicy defaultsPolicy = ModelPolicy.effective(config, null);
        ModelChain defaultsChain = ModelChain.chat(config, null);
        if (defaultsChain != null) {
            for (Slot slot : slots(defaultsChain)) {
                check(context, slot, null, defaultsPolicy, reported);
            }
        }
        for (Agent agent : config.agents()) {
            ModelPolicy policy = ModelPolicy.effective(config, agent.id());
            ModelChain own = ModelChain.chat(config, agent.id());
            for (Slot slot : effectiveSlots(config, agent, own, defaultsChain)) {
                boolean inherited = slot.agentId() == null;
                if (!inherited || policy.source() == ModelPolicy.Source.AGENT_ALLOW) {
                    check(context, slot, agent.id(), policy, reported);
                }
            }
        }
        for (Slot slot : config.slots()) {
            if (slot.agentId() == null && slot.path().toString().equals("hooks.gmail.model")) {
                check(context, slot, null, defaultsPolicy, reported);
            }
        }
        checkDeclaredRows(context, defaultsPolicy);
    }

    /**
     * Models declared under {@code models.providers.<p>.models} that the legacy allowlist (the keys of
     * {@code agents.defaults.models}) does not list: declared to be picked, yet {@code /model} refuses them. One finding
     * per provider; rows a slot already uses are left to the slot findings. A warning when none of the provider's
     * models can be picked, else info.
     */
    private static void checkDeclaredRows(RuleContext context, ModelPolicy policy) {
        ConfigModel config = context.config();
        if (policy.allowsAny() || policy.source() != ModelPolicy.Source.LEGACY_MODELS_MAP) {
            return;
        }
        Set<String> used = new HashSet<>();
        for (Slot slot : config.slots()) {
            Resolution resolution = config.resolve(slot.text(), slot.agentId());
            if (resolution != null && resolution.ref() != null) {
                used.add(resolution.ref().key());
            }
        }
        for (CustomProvider provider : config.providers().values()) {
            Json5Array rows = provider.models();
            Json5Object body = provider.body();
            if (rows == null || body == null || body.member("models") == null) {
                continue;
            }
            List<String> refused = new ArrayList<>();
            int total = 0;
            boolean anyUsed = false;
            for (Json5Value element : rows.elements()) {
                String id = Nodes.string(element, "id");
                if (id == null || id.isBlank() || id.contains("${")) {
                    continue;
                }
                total++;
                ModelRef ref = ModelRefs.parse(provider.id() + "/" + id.trim(), config.version());
                if (ref == null) {
                    continue;
                }
                if (used.contains(ref.key())) {
                    anyUsed = true;
                    continue;
                }
                if (!policy.allows(ref)) {
                    refused.add(id.trim());
                }
            }
            if (refused.isEmpty()) {
                continue;
            }
            boolean none = refused.size() == total && !anyUsed;
            String p = provider.member().name();
            var d = context.diagnostic(none ? Severity.WARNING : Severity.INFO, (refused.size() == 1
                            ? "model `" + p + "/" + refused.get(0) + "`, declared under `models.providers." + p + "`, is"
                            : refused.size() + " models declared under `models.providers." + p + "` are")
                            + " not in the model allowlist")
                    .at(body.member("models").key().span(), "`/model` and the picker refuse " + (refused.size() == 1 ? "it" : "them"))
                    .path(provider.path().key("models"));
            if (policy.span() != null) {
                d.label(policy.span(), "the allowlist");
            }
            d.note("not allowed: " + quoted(refused, p));
            d.note(config.profile().modelPolicyAllow()
                    ? "there is no `agents.defaults.modelPolicy` and no `meta.migrations.modelPolicyAllowlist: true`, so OpenClaw "
                            + config.version() + " still treats the keys of `agents.defaults.models` as the allowlist: a model declared"
                            + " only under `models.providers` cannot be chosen with `/model` (`model not allowed`)"
                    : "on OpenClaw " + config.version() + " the keys of `agents.defaults.models` are the allowlist: a model declared"
                            + " only under `models.providers` cannot be chosen with `/model` (`model not allowed`)");
            String first = p + "/" + refused.get(0);
            d.help("add `\"" + first + "\": {}`" + (refused.size() > 1 ? " (and the others)" : "") + " to `agents.defaults.models`"
                    + (config.profile().modelPolicyAllow() ? ", or add `modelPolicy: {}` to `agents.defaults` to allow any model" : ""));
            context.report(d);
        }
    }

    private static String quoted(List<String> ids, String provider) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ids.size() && i < 6; i++) {
            out.append(i == 0 ? "" : ", ").append('`').append(provider).append('/').append(ids.get(i)).append('`');
        }
        if (ids.size() > 6) {
            out.append(" and ").append(ids.size() - 6).append(" more");
        }
        return out.toString();
    }

    private static List<Slot> slots(ModelChain chain) {
        List<Slot> out = new ArrayList<>();
        if (chain.primary() != null) {
            out.add(chain.primary());
        }
        out.addAll(chain.fallbacks());
        return out;
    }

    /** The chain an agent runs with: its own primary, else the defaults'; fallbacks as OpenClaw picks them (facts §2.2). */
    static List<Slot> effectiveSlots(ConfigModel config, Agent agent, ModelChain own, ModelChain defaults) {
        List<Slot> out = new ArrayList<>();
        Slot primary = own != null && own.primary() != null ? own.primary() : defaults == null ? null : defaults.primary();
        if (primary != null) {
            out.add(primary);
        }
        Json5Value model = agent.get("model");
        boolean ownsFallbacks = model instanceof Json5Object o && o.get("fallbacks") instanceof dev.clawc.json5.Json5Array;
        boolean setsPrimary = model instanceof Json5String s && !s.value().isBlank()
                || model instanceof Json5Object o2 && Nodes.string(o2.get("primary")) != null && !Nodes.string(o2.get("primary")).isBlank();
        if (ownsFallbacks) {
            out.addAll(own == null ? List.of() : own.fallbacks());
        } else if (!(setsPrimary && config.profile().agentModelReplacesFallbacks()) && defaults != null) {
            out.addAll(defaults.fallbacks());
        }
        return out;
    }

    private static void check(RuleContext context, Slot slot, String scopeAgent, ModelPolicy policy, Set<String> reported) {
        ConfigModel config = context.config();
        if (policy.allowsAny()) {
            return;
        }
        boolean hook = slot.kind() == Slot.Kind.OTHER;
        boolean primary = slot.kind() == Slot.Kind.PRIMARY;
        if (primary && config.profile().configuredDefaultAlwaysAllowed()) {
            return; // these releases always add the configured default to the allowed set (facts §3.1)
        }
        Resolution resolution = config.resolve(slot.text(), scopeAgent != null ? scopeAgent : slot.agentId());
        if (resolution == null || resolution.ref().isBare()) {
            return;
        }
        if (slot.kind() == Slot.Kind.FALLBACK && (resolution.via() == ConfigModel.Via.INFERRED
                || resolution.via() == ConfigModel.Via.DEFAULT_PROVIDER)) {
            return; // a bare fallback takes the primary's provider; bare-model-ref reports it
        }
        if (policy.allows(resolution.ref())) {
            return;
        }
        if (!reported.add(slot.path() + "|" + policy.path())) {
            return;
        }
        String key = resolution.ref().key();
        String shown = slot.text().trim().equals(key) ? "`" + key + "`" : "`" + slot.text().trim() + "` (`" + key + "`)";
        String role = hook ? "`hooks.gmail.model`" : primary ? "primary model" : "fallback model";
        String owner = hook ? "" : " of " + slot.owner();
        String scope = scopeAgent != null && slot.agentId() == null ? " for agent `" + scopeAgent + "`" : "";
        var d = context.diagnostic(role + " " + shown + owner + " is not in the model allowlist" + scope)
                .at(slot.node().span(), "not allowed by " + policy.describe())
                .path(slot.path());
        if (policy.span() != null) {
            d.label(policy.span(), "the allowlist" + (policy.agentId() != null ? " of agent `" + policy.agentId() + "`" : ""));
        }
        if (hook) {
            d.note("OpenClaw does not use a `hooks.gmail.model` outside the allowlist: Gmail hook runs fall back to the primary model"
                    + " (it logs `hooks.gmail.model \"" + key + "\" not allowed`)");
        } else {
            d.note("the allowlist limits models chosen explicitly, not configured ones: OpenClaw still runs `" + key + "` as this "
                    + (primary ? "primary" : "fallback") + ", but `/model " + key + "` is rejected and the model is not offered in"
                    + " the model picker" + (primary ? ", so a session that switches to another model cannot switch back to it by name" : ""));
        }
        if (policy.source() == ModelPolicy.Source.LEGACY_MODELS_MAP) {
            if (config.profile().modelPolicyAllow()) {
                d.note("there is no `agents.defaults.modelPolicy` and no `meta.migrations.modelPolicyAllowlist: true`, so OpenClaw "
                        + config.version() + " still treats the keys of `agents.defaults.models` as the allowlist");
            } else {
                d.note("on OpenClaw " + config.version() + " the keys of `agents.defaults.models` are the allowlist");
            }
        }
        d.note("allowed: " + summary(policy));
        d.help(help(config, policy, key, resolution.ref().provider()));
        context.report(d);
    }

    private static String summary(ModelPolicy policy) {
        List<String> written = new ArrayList<>(policy.written());
        int shown = Math.min(written.size(), 6);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            out.append(i == 0 ? "" : ", ").append('`').append(written.get(i)).append('`');
        }
        if (written.size() > shown) {
            out.append(" and ").append(written.size() - shown).append(" more");
        }
        return out.toString();
    }

    private static String help(ConfigModel config, ModelPolicy policy, String key, String provider) {
        if (policy.source() == ModelPolicy.Source.LEGACY_MODELS_MAP) {
            String add = "add `\"" + key + "\": {}` to `agents.defaults.models`";
            return config.profile().modelPolicyAllow()
                    ? add + ", or declare the allowlist in `agents.defaults.modelPolicy.allow` (see `legacy-allowlist`); or use an allowed model"
                    : add + ", or use an allowed model";
        }
        return "add `\"" + key + "\"` (or `\"" + provider + "/*\"`) to `" + policy.path() + "`, or use an allowed model";
    }
}
