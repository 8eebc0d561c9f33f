package dev.clawc.rules.checks;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.ModelRefs;
import dev.clawc.config.Nodes;
import dev.clawc.diag.DidYouMean;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.util.Locale;
import java.util.Set;

/**
 * A model ref whose provider OpenClaw does not know: not built in and not under {@code models.providers}.
 * {@code openclaw config validate} accepts it (provider ids are not checked), so the mistake shows only at
 * run time, when every request to that ref fails with {@code Unknown model: provider/model}.
 */
@RuleInfo(id = "unknown-provider", severity = Severity.ERROR, category = RuleCategory.REFS,
        summary = "A model ref whose provider is neither built in nor configured under `models.providers`.")
public final class UnknownProvider implements Rule {

    /**
     * Provider ids of older releases that OpenClaw still understands: doctor and gateway start-up rewrite
     * {@code openai-codex/}, {@code codex-cli/} and {@code anthropic-cli/} refs (2026.9.6
     * dist/legacy-*.mjs LEGACY_RUNTIME_MODEL_PROVIDER_ALIASES, codex-route-model-ref LEGACY_CODEX_PROVIDER_IDS),
     * and 2026.2.6 knew {@code minimax-cn} and {@code qwen-portal} (@mariozechner/pi-ai 0.52.7, qwen-portal-auth).
     */
    private static final Set<String> LEGACY_IDS = Set.of("openai-codex", "codex-cli", "anthropic-cli", "minimax-cn",
            "qwen-portal");

    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        for (RefSites.Site site : RefSites.all(config)) {
            String text = site.text().trim();
            int slash = text.indexOf('/');
            if (slash <= 0 || text.contains("${") || text.equalsIgnoreCase("openrouter:auto")
                    || text.equalsIgnoreCase("openrouter:free")) {
                continue;
            }
            String written = text.substring(0, slash).trim();
            String provider = ModelRefs.normalizeProvider(written, config.version());
            if (provider.isEmpty() || isKnown(config, provider)) {
                continue;
            }
            report(context, config, site, written, provider, text.substring(slash + 1).trim());
        }
    }

    private static boolean isKnown(ConfigModel config, String provider) {
        return config.knowsProvider(provider) || config.catalog().isOverlay(provider) || LEGACY_IDS.contains(provider)
                || pluginFor(config, provider, true) != null;
    }

    /**
     * A {@code plugins.entries} id that looks like it registers this provider ({@code <provider>} or
     * {@code <provider>-auth}, OpenClaw's naming for provider plugins), enabled or (enabled false) disabled.
     */
    private static String pluginFor(ConfigModel config, String provider, boolean enabled) {
        Json5Object entries = Nodes.object(config.root(), "plugins", "entries");
        if (entries == null) {
            return null;
        }
        for (Json5Member member : entries.members()) {
            String id = member.name().trim().toLowerCase(Locale.ROOT);
            if (!id.equals(provider) && !id.equals(provider + "-auth")) {
                continue;
            }
            Json5Object entry = Nodes.object(member.value());
            boolean disabled = entry != null && entry.get("enabled") instanceof Json5Boolean b && !b.value();
            if (disabled != enabled) {
                return member.name();
            }
        }
        return null;
    }

    private static void report(RuleContext context, ConfigModel config, RefSites.Site site, String written,
            String provider, String rest) {
        String suggestion = null;
        for (String configured : config.providers().keySet()) {
            if (related(provider, configured) && (suggestion == null || configured.length() < suggestion.length())) {
                suggestion = configured;
            }
        }
        if (suggestion == null) {
            suggestion = DidYouMean.closest(provider, config.providers().keySet());
        }
        if (suggestion == null) {
            suggestion = DidYouMean.closest(provider, config.catalog().ids());
        }
        if (suggestion != null && !confident(provider, suggestion) && !related(provider, suggestion)) {
            suggestion = null;
        }
        var d = context.diagnostic("unknown provider `" + written + "` in model ref `" + site.text().trim() + "`")
                .at(site.span(), "not a built-in provider and not under `models.providers`")
                .path(site.path());
        if (site.kind() == RefSites.Kind.SLOT) {
            d.note("`openclaw config validate` accepts any provider id, but at run time OpenClaw cannot resolve this"
                    + " model: each turn that reaches it fails with `Unknown model: " + provider + "/" + rest + "` (in a"
                    + " fallback chain the candidate fails and the next one is tried); `openclaw config set` refuses the ref");
        } else if (site.kind() == RefSites.Kind.MODEL_KEY) {
            d.note("`openclaw config validate` accepts the key, but no model of provider `" + provider + "` can run, so"
                    + " the settings of this entry never apply");
        } else {
            d.note("`openclaw config validate` checks only the form of allowlist entries; this one permits models of"
                    + " provider `" + provider + "`, which cannot run");
        }
        String disabledPlugin = pluginFor(config, provider, false);
        if (disabledPlugin != null) {
            d.note("plugin `" + disabledPlugin + "`, which may register this provider, is disabled"
                    + " (`plugins.entries." + disabledPlugin + ".enabled: false`)");
        }
        if (hasPluginLoadPaths(config)) {
            d.note("a plugin loaded from `plugins.load.paths` may register this provider; clawc cannot see plugin code");
        }
        boolean keyed = site.kind() == RefSites.Kind.MODEL_KEY || isDefaultsModelKey(config, site.text().trim());
        if (keyed && !RuleSupport.isOpenRouterVendor(provider) && suggestion == null) {
            String model = rest;
            if (config.profile().unknownModelRegistrationHint()) {
                d.note("OpenClaw's own error for it: `Found agents.defaults.models[\"" + provider + "/" + model + "\"], but no"
                        + " matching models.providers[\"" + provider + "\"].models[] entry`");
            }
            d.note("an `agents.defaults.models` entry adds an alias, params or a picker row; it does not register a model"
                    + " (openclaw/openclaw#80089)");
            d.help("register the provider and the model: `models.providers." + provider + ": { baseUrl: \"...\", api:"
                    + " \"openai-completions\", apiKey: \"${" + RuleSupport.upperSnake(provider) + "_API_KEY}\", models: [{ id: \""
                    + model + "\", name: \"" + model + "\" }] }`");
            context.report(d);
            return;
        }
        if (RuleSupport.isOpenRouterVendor(provider)) {
            String text = site.text().trim();
            String fixed = "openrouter/" + text;
            boolean openRouterInUse = usesOpenRouter(context, config);
            d.note("`" + written + "` is an OpenRouter vendor: OpenRouter's model ids are `" + provider + "/<model>`, and OpenClaw"
                    + " reaches them as `openrouter/" + provider + "/<model>`");
            d.help("did you mean `" + fixed + "`?" + (openRouterInUse ? "" : " (it needs an OpenRouter key: `OPENROUTER_API_KEY`)"));
            if (suggestion != null && !suggestion.equals(provider)) {
                d.help("or, for " + suggestion + "'s own API, `" + suggestion + text.substring(text.indexOf('/')) + "`");
            }
            String replacement = openRouterInUse ? RefSites.rewrite(config, site, fixed) : null;
            if (replacement != null) {
                d.fix(Fix.replace("route through OpenRouter", site.span(), replacement));
            }
        } else if (suggestion != null && !suggestion.equals(provider)) {
            String fixed = suggestion + site.text().trim().substring(site.text().trim().indexOf('/'));
            d.help("did you mean `" + suggestion + "`?");
            String replacement = confident(provider, suggestion) ? RefSites.rewrite(config, site, fixed) : null;
            if (replacement != null) {
                d.fix(Fix.replace("use provider `" + suggestion + "`", site.span(), replacement));
            }
        } else {
            d.help("use a built-in provider id (for example `anthropic`, `openai`, `google`, `openrouter`), or define `"
                    + provider + "` under `models.providers` with `baseUrl`, `api` and `models`");
        }
        context.report(d);
    }

    /** The ref is a key of `agents.defaults.models` (written exactly so). */
    private static boolean isDefaultsModelKey(ConfigModel config, String ref) {
        Json5Object models = config.defaults() == null ? null : config.defaults().models();
        return models != null && models.member(ref) != null;
    }

    /** The config routes something through OpenRouter already, or an OpenRouter key is in the environment. */
    static boolean usesOpenRouter(RuleContext context, ConfigModel config) {
        String key = context.env().get("OPENROUTER_API_KEY");
        if (key != null && !key.isBlank() || config.providers().containsKey("openrouter")) {
            return true;
        }
        for (RefSites.Site other : RefSites.all(config)) {
            if (other.text().trim().toLowerCase(Locale.ROOT).startsWith("openrouter/")) {
                return true;
            }
        }
        Json5Object profiles = Nodes.object(config.root(), "auth", "profiles");
        if (profiles != null) {
            for (Json5Member profile : profiles.members()) {
                if ("openrouter".equalsIgnoreCase(Nodes.string(profile.value(), "provider"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One id extends the other at a `-` boundary (`alibaba-cloud` / `alibaba-cloud-international`). */
    private static boolean related(String a, String b) {
        return b.startsWith(a + "-") || a.startsWith(b + "-");
    }

    /** A rename is applied automatically only for a near-miss spelling, not a mere prefix match. */
    private static boolean confident(String written, String suggestion) {
        return Math.abs(written.length() - suggestion.length()) <= 2 && editDistanceAtMost2(written, suggestion);
    }

    private static boolean editDistanceAtMost2(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length()] <= 2;
    }

    private static boolean hasPluginLoadPaths(ConfigModel config) {
        return Nodes.at(config.root(), "plugins", "load", "paths") instanceof Json5Array paths && !paths.elements().isEmpty();
    }
}
