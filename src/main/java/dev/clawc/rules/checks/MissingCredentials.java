package dev.clawc.rules.checks;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.CustomProvider;
import dev.clawc.config.Nodes;
import dev.clawc.config.ProviderCatalog.BuiltinProvider;
import dev.clawc.config.Slot;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A provider some model slot uses for which clawc sees no credential: none of the variables OpenClaw
 * reads its key from is set (in the environment clawc was given, which includes {@code --env-file} and
 * {@code env.vars}), and the config has no {@code apiKey}, auth header or auth profile for it. OpenClaw
 * then fails every request to it with {@code No API key found for provider} and moves on to the next
 * fallback. Providers that need no key are skipped: local servers ({@code ollama}, {@code lmstudio},
 * a custom provider on a loopback or private address, which OpenClaw gives a synthetic local key), AWS
 * SDK and OAuth logins, and providers whose key variables clawc does not know. Facts §5.3, §6.1;
 * {@code resolveApiKeyForProviderCore} in {@code dist/model-auth-provider-*.mjs}.
 */
@RuleInfo(id = "missing-credentials", severity = Severity.WARNING, category = RuleCategory.PROVIDER,
        summary = "A provider in use with no API key clawc can see (environment, env.vars, apiKey, auth profile).")
public final class MissingCredentials implements Rule {

    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        // without an environment to judge, only a keyless custom local server on a release that gives it no synthetic
        // key is reported: no variable of the gateway's environment supplies a custom provider's key there
        boolean environment = knowsTheEnvironment(context);
        Map<String, List<Slot>> used = new LinkedHashMap<>();
        Set<String> pinned = new LinkedHashSet<>();
        for (Slot slot : config.slots()) {
            ConfigModel.Resolution resolution = config.resolve(slot.text(), slot.agentId());
            if (resolution == null || resolution.ref() == null || resolution.ref().provider() == null) {
                continue;
            }
            String provider = resolution.ref().provider();
            used.computeIfAbsent(provider, k -> new ArrayList<>()).add(slot);
            if (resolution.ref().profile() != null) {
                pinned.add(provider); // `provider/model@profile` names an auth profile
            }
        }
        Set<String> profiled = profileProviders(config);
        for (Map.Entry<String, List<Slot>> entry : used.entrySet()) {
            String id = entry.getKey();
            if (pinned.contains(id) || profiled.contains(id) || profiled.contains(canonical(config, id))) {
                continue;
            }
            if (!environment && (config.catalog().get(id) != null || ungrantedLocalKind(config, config.providers().get(id)) == null)) {
                continue;
            }
            List<String> variables = variables(config, id);
            if (variables == null || hasConfigCredential(config, id, context.env()) || anySet(context.env(), variables)
                    || anySet(context.env(), conventional(canonical(config, id)))) {
                continue;
            }
            report(context, id, entry.getValue(), variables);
        }
    }

    private static void report(RuleContext context, String id, List<Slot> slots, List<String> variables) {
        Slot first = slots.get(0);
        String reads = variables.size() == 1 ? "`" + variables.get(0) + "`"
                : "one of " + String.join(", ", variables.stream().map(v -> "`" + v + "`").toList());
        boolean custom = context.config().catalog().get(id) == null;
        var d = context.diagnostic("no API key found for provider `" + id + "`, used by " + first.owner() + " `"
                        + first.name() + "`" + (slots.size() > 1 ? " and " + (slots.size() - 1) + " more slot"
                        + (slots.size() > 2 ? "s" : "") : ""))
                .at(first.node().span(), "`" + id + "` has no credential clawc can see")
                .path(first.path());
        if (custom) {
            d.note("OpenClaw takes the key of a custom provider from its `apiKey` or an auth profile");
        } else {
            d.note("OpenClaw reads the key of `" + id + "` from " + reads + ", `models.providers." + id
                    + ".apiKey` or an auth profile of the provider");
        }
        d.note("without one, every request to it fails with `No API key found for provider \"" + id + "\"`, and the"
                + " agent moves on to its next fallback");
        d.note("clawc looked at the environment it was given (the process environment unless --no-process-env,"
                + " --env-file files, `env.vars`) and at the config; it cannot see OpenClaw's auth store"
                + " (`openclaw models auth ...`) or a `~/.openclaw/.env` it was not given with --env-file, and it"
                + " checks only keyless local servers without an environment (--no-process-env alone, or CI without keys)");
        String variable = preferred(id, variables);
        ConfigModel config = context.config();
        CustomProvider configured = config.providers().get(id);
        String ungranted = ungrantedLocalKind(config, configured);
        boolean oldOllama = !custom && config.catalog().get(id).id().equals("ollama") && !config.profile().ollamaSyntheticKey();
        if (ungranted != null || oldOllama) {
            String since = oldOllama ? String.valueOf(config.profile().firstWith("ollamaSyntheticKey", true))
                    : String.valueOf(config.profile().firstWith("customLocalSyntheticKey", ungranted));
            d.note("`" + id + "` is a local server, but OpenClaw " + config.version() + " gives "
                    + (oldOllama ? "`ollama`" : "a keyless custom provider on " + describe(ungranted))
                    + " no synthetic local key; releases from " + since + " do");
            d.help("add a placeholder key, which a local server ignores: `apiKey: \"" + (oldOllama ? "ollama-local" : "local")
                    + "\"` in `models.providers." + id + "`, or upgrade OpenClaw to " + since + " or later");
            context.report(d);
            return;
        }
        String vendorRef = openRouterRef(config, id, first);
        if (vendorRef != null && UnknownProvider.usesOpenRouter(context, config)) {
            d.help("did you mean `" + vendorRef + "`? `" + vendorRef.split("/")[1] + "` is also an OpenRouter vendor, and this"
                    + " config uses OpenRouter, whose refs are written `openrouter/<vendor>/<model>`");
        }
        if (custom) {
            d.help("add `apiKey: \"${" + variable + "}\"` to `models.providers." + id + "` and set `" + variable
                    + "` where the gateway runs");
        } else {
            d.help("set `" + variable + "` where the gateway runs (check with `--env-file ~/.openclaw/.env` if it is there)");
            d.help("or add `apiKey: \"${" + variable + "}\"` to `models.providers." + id + "`");
        }
        context.report(d);
    }

    private static String describe(String kind) {
        return switch (kind) {
            case "loopback" -> "a loopback address";
            case "private-network" -> "a private network address (`*.local`, 10/8, 172.16/12, 192.168/16)";
            default -> "a Docker or OrbStack host name";
        };
    }

    /** `openrouter/<vendor>/<model>` when the slot's provider is written as an OpenRouter vendor slug, else null. */
    private static String openRouterRef(ConfigModel config, String id, Slot slot) {
        String text = RuleSupport.stripProfile(slot.text()).trim();
        int slash = text.indexOf('/');
        if (slash <= 0 || text.contains("${")) {
            return null;
        }
        String vendor = text.substring(0, slash).trim().toLowerCase(Locale.ROOT);
        String model = text.substring(slash + 1).trim();
        if (!RuleSupport.isOpenRouterVendor(vendor) || model.isEmpty()) {
            return null;
        }
        String dotted = vendor.equals("anthropic") ? OpenRouterModelId.openRouterClaudeId(model) : null;
        return "openrouter/" + vendor + "/" + (dotted != null ? dotted : model);
    }

    /**
     * True when clawc was given an environment to judge: variables beyond the config's own `env` block
     * (the process environment, --env-file). Under --no-process-env without --env-file there is none, and
     * in CI (`CI=true`) the process environment is not the gateway's unless it carries some key or token.
     */
    static boolean knowsTheEnvironment(RuleContext context) {
        Set<String> fromConfig = new LinkedHashSet<>();
        Json5Object env = Nodes.object(context.config().root(), "env");
        if (env != null) {
            for (Json5Member member : env.members()) {
                fromConfig.add(member.name().trim());
            }
            Json5Object vars = Nodes.object(env.get("vars"));
            if (vars != null) {
                for (Json5Member member : vars.members()) {
                    fromConfig.add(member.name().trim());
                }
            }
        }
        boolean outside = false;
        boolean credentials = false;
        for (Map.Entry<String, String> entry : context.env().entrySet()) {
            if (!fromConfig.contains(entry.getKey())) {
                outside = true;
                String name = entry.getKey();
                credentials |= name.endsWith("_API_KEY") || name.endsWith("_API_KEYS") || name.endsWith("_TOKEN")
                        || name.endsWith("_KEY");
            }
        }
        boolean ci = "true".equalsIgnoreCase(context.env().get("CI")) || "1".equals(context.env().get("CI"));
        return outside && (!ci || credentials);
    }

    /**
     * The variables OpenClaw reads the provider's key from, or null when the provider needs no key, its
     * credentials live outside the file, or clawc does not know how it authenticates.
     */
    private static List<String> variables(ConfigModel config, String id) {
        CustomProvider configured = config.providers().get(id);
        String auth = configured == null ? null : Nodes.string(configured.get("auth"));
        if (auth != null && !auth.equals("api-key")) {
            return null; // aws-sdk, oauth, token: credentials come from outside the file
        }
        BuiltinProvider builtin = config.catalog().get(id);
        String baseUrl = configured == null ? null : configured.baseUrl();
        if (builtin == null) {
            if (configured == null || baseUrl == null || baseUrl.contains("${")) {
                return null; // unknown provider (another rule), or an endpoint clawc cannot see
            }
            if (isLocal(baseUrl) && (hasModels(configured) ? syntheticKeyFor(config, baseUrl) : true)) {
                return null; // a local server OpenClaw gives a synthetic key (or an entry clawc cannot judge)
            }
            return List.of(RuleSupport.upperSnake(id) + "_API_KEY");
        }
        if (builtin.id().equals("ollama") && !config.profile().ollamaSyntheticKey()) {
            return builtin.envVars(); // releases before the synthetic `ollama-local` key
        }
        if (!builtin.auth().equals("api-key") || builtin.envVars().isEmpty()) {
            return null; // local, aws-sdk or oauth; or the key variables are not known to clawc
        }
        if (baseUrl != null && isLocal(baseUrl) && hasModels(configured) && syntheticKeyFor(config, baseUrl)) {
            return null; // redirected to a local server: OpenClaw's synthetic local key
        }
        return builtin.envVars();
    }

    private static boolean hasModels(CustomProvider configured) {
        return configured != null && configured.models() != null && !configured.models().elements().isEmpty();
    }

    /** A keyless custom provider on this local base URL gets OpenClaw's synthetic `custom-local` key on the target release. */
    static boolean syntheticKeyFor(ConfigModel config, String baseUrl) {
        String granted = config.profile().customLocalSyntheticKey();
        String kind = localKind(baseUrl);
        if (granted == null || kind == null) {
            return granted == null; // an unknown switch value: stay silent
        }
        List<String> order = List.of("none", "loopback", "private-network", "docker-hosts");
        return order.indexOf(granted) >= order.indexOf(kind);
    }

    /** A local server whose synthetic key the target release does not grant (the host class it needs), or null. */
    static String ungrantedLocalKind(ConfigModel config, CustomProvider configured) {
        if (configured == null || configured.baseUrl() == null || !isLocal(configured.baseUrl()) || !hasModels(configured)
                || syntheticKeyFor(config, configured.baseUrl())) {
            return null;
        }
        return localKind(configured.baseUrl());
    }

    /** The variable to suggest: `<ID>_API_KEY` when OpenClaw reads it, else its first API-key variable. */
    private static String preferred(String id, List<String> variables) {
        String conventional = RuleSupport.upperSnake(id) + "_API_KEY";
        if (variables.contains(conventional)) {
            return conventional;
        }
        for (String name : variables) {
            if (name.contains("API_KEY") && !name.contains("OAUTH")) {
                return name;
            }
        }
        return variables.get(0);
    }

    /** `<PROVIDER>_API_KEY` and the rotation forms (facts §5.3). */
    private static List<String> conventional(String id) {
        String base = RuleSupport.upperSnake(id);
        return List.of(base + "_API_KEY", base + "_API_KEYS", "OPENCLAW_LIVE_" + base + "_KEY");
    }

    private static boolean anySet(Map<String, String> env, List<String> variables) {
        for (String name : variables) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** An `apiKey` (string or SecretRef), an auth header or `request.auth` on the provider's entry. */
    private static boolean hasConfigCredential(ConfigModel config, String id, Map<String, String> env) {
        CustomProvider configured = config.providers().get(id);
        if (configured == null) {
            BuiltinProvider builtin = config.catalog().get(id);
            configured = builtin == null ? null : config.providers().get(builtin.id());
        }
        if (configured == null) {
            return false;
        }
        Json5Value apiKey = configured.get("apiKey");
        if (apiKey instanceof Json5String s && isKnownKeyVariable(config, s.value().trim())) {
            // `apiKey: "OPENROUTER_API_KEY"` is a marker OpenClaw resolves from the environment (facts §6.1)
            return anySet(env, List.of(s.value().trim()));
        }
        if (apiKey instanceof Json5Object || apiKey instanceof Json5String s && !s.value().isBlank()) {
            return true;
        }
        if (Nodes.object(configured.get("request")) != null && Nodes.object(configured.get("request")).get("auth") != null) {
            return true;
        }
        Json5Object headers = Nodes.object(configured.get("headers"));
        if (headers != null) {
            for (Json5Member header : headers.members()) {
                String name = header.name().toLowerCase(Locale.ROOT);
                if (name.equals("authorization") || name.contains("api-key") || name.contains("apikey")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isKnownKeyVariable(ConfigModel config, String value) {
        for (String id : config.catalog().ids()) {
            if (config.catalog().get(id).envVars().contains(value)) {
                return true;
            }
        }
        return false;
    }

    /** Providers with an auth profile (`auth.profiles.*.provider`) or an `auth.order` entry. */
    private static Set<String> profileProviders(ConfigModel config) {
        Set<String> out = new LinkedHashSet<>();
        Json5Object profiles = Nodes.object(config.root(), "auth", "profiles");
        if (profiles != null) {
            for (Json5Member profile : profiles.members()) {
                String provider = Nodes.string(profile.value(), "provider");
                if (provider != null) {
                    out.add(provider.trim().toLowerCase(Locale.ROOT));
                    out.add(canonical(config, provider.trim().toLowerCase(Locale.ROOT)));
                }
            }
        }
        Json5Object order = Nodes.object(config.root(), "auth", "order");
        if (order != null) {
            for (Json5Member member : order.members()) {
                if (member.value() instanceof Json5Array list && !list.elements().isEmpty()) {
                    String provider = member.name().trim().toLowerCase(Locale.ROOT);
                    out.add(provider);
                    out.add(canonical(config, provider));
                }
            }
        }
        return out;
    }

    private static String canonical(ConfigModel config, String id) {
        BuiltinProvider builtin = config.catalog().get(id);
        return builtin == null ? id : builtin.id();
    }

    /** OpenClaw's local-server test (isLocalProviderBaseUrl): loopback, private IPv4, *.local, Docker host names. */
    static boolean isLocal(String baseUrl) {
        return localKind(baseUrl) != null;
    }

    /**
     * Which class of local host a base URL names, in the order OpenClaw's releases came to accept them for the
     * synthetic key: `loopback`, `private-network` (*.local, private IPv4), `docker-hosts`; null when not local.
     */
    static String localKind(String baseUrl) {
        String host;
        try {
            host = URI.create(baseUrl.trim()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.equals("localhost") || host.equals("0.0.0.0") || host.equals("::1") || host.equals("127.0.0.1")) {
            return "loopback";
        }
        if (host.equals("host.docker.internal") || host.equals("docker.orb.internal") || host.equals("host.orb.internal")) {
            return "docker-hosts";
        }
        if (host.endsWith(".local")) {
            return "private-network";
        }
        String[] parts = host.split("\\.");
        if (parts.length != 4) {
            return null;
        }
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            try {
                octets[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (octets[0] == 127) {
            return "private-network"; // 127.0.0.2 and up: loopback, but only the private-network test accepts them
        }
        return octets[0] == 10 || octets[0] == 192 && octets[1] == 168 || octets[0] == 172 && octets[1] >= 16 && octets[1] <= 31
                ? "private-network" : null;
    }
}
