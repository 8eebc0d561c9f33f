package dev.clawc.rules.checks;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.Nodes;
import dev.clawc.config.ProviderCatalog.BuiltinProvider;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Secrets;
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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A credential field holding a reference OpenClaw does not resolve, so the text itself is used: a provider
 * {@code apiKey} that is an environment variable's name ({@code apiKey: "STEP_API_KEY"}: OpenClaw reads only the
 * names of provider key variables it knows this way, from 2026.3.11; any other name is sent as the key and the
 * provider answers 401), and the legacy markers {@code __env__:NAME} and {@code secretref-env:NAME} on any
 * secret field (markers OpenClaw writes into its generated models.json or migrates with {@code doctor --fix}; in
 * openclaw.json no release resolves them, and 2026.4.24-2026.5.2 refuse {@code secretref-env:} outright).
 */
@RuleInfo(id = "unresolved-key-reference", severity = Severity.WARNING, category = RuleCategory.PROVIDER,
        summary = "A credential written as a variable name or legacy env marker that OpenClaw sends as the key itself.")
public final class UnresolvedKeyReference implements Rule {

    /** A `${NAME}` OpenClaw substitutes: the value comes from the environment. */
    private static final Pattern SUBSTITUTED = Pattern.compile("\\$\\{[A-Z_][A-Z0-9_]*\\}");
    private static final Pattern ENV_ID = Pattern.compile("[A-Z][A-Z0-9_]{0,127}");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?:YOUR|MY|INSERT|REPLACE|PUT|ENTER|ADD)_.*|.*_HERE|.*XXX.*"
            + "|.*REDACTED.*|.*PLACEHOLDER.*|.*CHANGE_?ME.*|DUMMY.*|FAKE.*|TEST_?KEY|EXAMPLE.*");
    /** Variables OpenClaw reads as ambient AWS credentials rather than as a key (AWS_SDK_ENV_MARKERS). */
    private static final Set<String> AWS_MARKERS = Set.of("AWS_BEARER_TOKEN_BEDROCK", "AWS_ACCESS_KEY_ID", "AWS_PROFILE");
    /** Names OpenClaw keeps as markers beyond its providers' own variables (LEGACY_ENV_API_KEY_MARKERS). */
    private static final Set<String> LEGACY_MARKERS = Set.of("GOOGLE_API_KEY", "DEEPSEEK_API_KEY", "PERPLEXITY_API_KEY",
            "FIREWORKS_API_KEY", "NOVITA_API_KEY", "AZURE_OPENAI_API_KEY", "AZURE_API_KEY", "MINIMAX_CODE_PLAN_KEY");

    @Override
    public void check(RuleContext context) {
        walk(context, context.config().root(), ConfigPath.root(), null);
    }

    private void walk(RuleContext context, Json5Value value, ConfigPath path, String key) {
        if (value instanceof Json5Object object) {
            for (Json5Member member : object.members()) {
                walk(context, member.value(), path.key(member.name()), member.name());
            }
        } else if (value instanceof Json5Array array) {
            int index = 0;
            for (Json5Value element : array.elements()) {
                walk(context, element, path.index(index++), key);
            }
        } else if (value instanceof Json5String string && key != null && string.span() != null
                && !SUBSTITUTED.matcher(string.span().text()).find()) {
            String text = string.value().trim();
            String lower = text.toLowerCase(Locale.ROOT);
            if ((lower.startsWith("__env__:") || lower.startsWith("secretref-env:"))
                    && (key.equals("apiKey") || Secrets.isSecretKey(key) || isHeader(path))) {
                reportMarker(context, string, path, text);
            } else if (key.equals("apiKey") && isProviderApiKey(path) && RuleSupport.ENV_VAR_NAME.matcher(text).matches()) {
                checkName(context, string, path, text);
            } else if (key.equals("apiKey") || Secrets.isSecretKey(key) || isHeader(path)) {
                checkForeignSyntax(context, string, path, text);
            }
        }
    }

    private static boolean isProviderApiKey(ConfigPath path) {
        List<Object> s = path.segments();
        return s.size() == 4 && "models".equals(s.get(0)) && "providers".equals(s.get(1)) && "apiKey".equals(s.get(3));
    }

    private static boolean isHeader(ConfigPath path) {
        List<Object> s = path.segments();
        return s.size() >= 2 && "headers".equals(s.get(s.size() - 2));
    }

    private static void checkName(RuleContext context, Json5String string, ConfigPath path, String name) {
        ConfigModel config = context.config();
        String provider = String.valueOf(path.segments().get(2)).trim().toLowerCase(Locale.ROOT);
        if (AWS_MARKERS.contains(name)) {
            return;
        }
        boolean known = isKnownKeyVariable(config, name);
        if (known && config.profile().envNameApiKeyMarker()) {
            return; // a provider key variable OpenClaw resolves from the environment (isKnownEnvApiKeyMarker)
        }
        BuiltinProvider builtin = config.catalog().get(provider);
        if (known && builtin != null && builtin.envVars().contains(name)) {
            return; // older releases: the provider's own variable is read before the config key anyway
        }
        // a built-in provider: its own variables and auth profiles outrank the config key unless `auth: "api-key"` (facts §6.1)
        boolean configFirst = "api-key".equals(Nodes.string(RuleSupport.at(config.root(), path.parent()), "auth"));
        List<String> ownVariables = builtin == null || configFirst ? List.of() : builtin.envVars();
        if (builtin != null && !configFirst && (anySet(context.env(), ownVariables) || hasProfile(config, builtin.id()))) {
            return; // the text is never sent: OpenClaw finds a key first
        }
        boolean placeholder = PLACEHOLDER.matcher(name).matches();
        String version = config.version().toString();
        var d = context.diagnostic("`apiKey` of provider `" + path.segments().get(2) + "` is the text `" + name + "`, which"
                        + " OpenClaw " + version + " sends as the key")
                .at(string.span(), placeholder ? "a placeholder, not a key" : "an environment variable's name, not its value")
                .path(path);
        if (!ownVariables.isEmpty()) {
            d.note("OpenClaw first looks for " + String.join(" or ", ownVariables.stream().map(v -> "`" + v + "`").toList())
                    + " and an auth profile of `" + builtin.id() + "`, and sends this text only when it finds neither (as here, in"
                    + " the environment clawc was given)");
        }
        if (placeholder) {
            d.note("every request to this provider carries `" + name + "` as its key, and the provider answers 401");
            d.help("put the real key in the environment and write `\"${" + RuleSupport.upperSnake(provider)
                    + "_API_KEY}\"` here");
            context.report(d);
            return;
        }
        if (config.profile().envNameApiKeyMarker()) {
            d.note("OpenClaw reads a bare variable name as a reference only for the key variables of providers it knows (such as"
                    + " `OPENROUTER_API_KEY`); `" + name + "` is not one of them, so the name itself is sent and the provider"
                    + " answers 401 (openclaw/openclaw#59186)");
        } else {
            d.note("OpenClaw " + version + " never reads a bare variable name as a reference: the name itself is sent as the key"
                    + " and the provider answers 401; releases from " + config.profile().firstWith("envNameApiKeyMarker", true)
                    + " read the key variables of providers they know this way, but not other names");
        }
        String value = context.env().get(name);
        if (value != null && !value.isBlank()) {
            d.note("`" + name + "` is set in the environment clawc was given; `${" + name + "}` picks it up");
        }
        d.help("write `\"${" + name + "}\"` to substitute the variable's value");
        d.fix(Fix.replace("write `${" + name + "}`", string.span(), quoted(string, "${" + name + "}")));
        context.report(d);
    }

    /** Reference syntaxes of other tools (shells, dotenv loaders, CI templates) that OpenClaw does not read. */
    private static final List<Pattern> FOREIGN = List.of(
            Pattern.compile("\\$([A-Z][A-Z0-9_]{0,127})"),
            Pattern.compile("(?i:env):(?:(?i:default):)?([A-Z][A-Z0-9_]*)"),
            Pattern.compile("\\{(?i:env):([A-Z][A-Z0-9_]*)\\}"),
            Pattern.compile("\\$\\{(?i:env)[:.]([A-Z][A-Z0-9_]*)\\}"),
            Pattern.compile("\\$(?i:env):([A-Z][A-Z0-9_]*)"),
            Pattern.compile("%([A-Z][A-Z0-9_]*)%"),
            Pattern.compile("process\\.env\\.([A-Z][A-Z0-9_]*)"),
            Pattern.compile("\\$?\\{\\{\\s*(?:(?:env|secrets)\\.)?([A-Z][A-Z0-9_]*)\\s*\\}\\}"));

    private static void checkForeignSyntax(RuleContext context, Json5String string, ConfigPath path, String text) {
        ConfigModel config = context.config();
        for (int i = 0; i < FOREIGN.size(); i++) {
            java.util.regex.Matcher m = FOREIGN.get(i).matcher(text);
            if (!m.matches()) {
                continue;
            }
            String name = m.group(1);
            if (i == 0 && config.profile().envShorthandSecretRef()) {
                return; // `$NAME` is an env SecretRef on these releases
            }
            String version = config.version().toString();
            var d = context.diagnostic("`" + path + "` is written `" + text + "`, a reference syntax OpenClaw " + version
                            + " does not read")
                    .at(string.span(), "sent as the value itself")
                    .path(path)
                    .note("OpenClaw substitutes only `${NAME}` (and reads SecretRef objects); `" + text + "` stays as written, so the"
                            + " provider or channel receives it as the credential and refuses it (401)");
            if (i == 0) {
                d.note("releases from " + config.profile().firstWith("envShorthandSecretRef", true) + " read a secret field written"
                        + " `$NAME` as an env SecretRef");
            }
            d.help("write `\"${" + name + "}\"` to substitute the variable's value");
            d.fix(Fix.replace("write `${" + name + "}`", string.span(), quoted(string, "${" + name + "}")));
            context.report(d);
            return;
        }
    }

    private static void reportMarker(RuleContext context, Json5String string, ConfigPath path, String text) {
        ConfigModel config = context.config();
        boolean secretref = text.toLowerCase(Locale.ROOT).startsWith("secretref-env:");
        String prefix = secretref ? "secretref-env:" : "__env__:";
        String id = text.substring(prefix.length()).trim();
        boolean rejected = secretref && config.profile().legacyEnvMarkerRejected();
        String version = config.version().toString();
        var d = context.diagnostic(rejected ? Severity.ERROR : Severity.WARNING, "`" + path + "` holds the legacy marker `"
                        + prefix + "`, which OpenClaw " + version + " does not resolve from the environment")
                .at(string.span(), rejected ? "`config validate` refuses this marker" : "not read as a reference here")
                .path(path);
        if (rejected) {
            d.note("OpenClaw " + version + " refuses the file: `\"" + text + "\" is a legacy SecretRef marker and is not valid"
                    + " openclaw.json config`, so the gateway does not start");
        } else if (secretref && config.profile().envNameApiKeyMarker()) {
            d.note("OpenClaw counts `secretref-env:...` as a placeholder for a key it writes into its generated models.json, not as"
                    + " a key: a provider whose `apiKey` is this marker has no key (`No API key found for provider`) unless one comes"
                    + " from an auth profile or the provider's own variable");
        } else {
            d.note("OpenClaw takes the text as the credential itself, so the provider or channel receives `" + prefix + "...`"
                    + " and refuses it (401)");
        }
        String migrates = config.profile().doctorMigratesEnvMarkers();
        if ("both".equals(migrates) || secretref && "secretref-env".equals(migrates)) {
            d.note("`openclaw doctor --fix` on " + version + " rewrites it into an env SecretRef");
        }
        if (ENV_ID.matcher(id).matches()) {
            d.help("write `\"${" + id + "}\"`, or the SecretRef `{ source: \"env\", provider: \"default\", id: \"" + id + "\" }`");
            d.fix(Fix.replace("write `${" + id + "}`", string.span(), quoted(string, "${" + id + "}")));
        } else {
            d.help("use `\"${NAME}\"` or an env SecretRef `{ source: \"env\", provider: \"default\", id: \"NAME\" }` with the"
                    + " variable's name (upper case, digits and `_`)");
        }
        context.report(d);
    }

    private static boolean anySet(java.util.Map<String, String> env, List<String> names) {
        for (String n : names) {
            String v = env.get(n);
            if (v != null && !v.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** An `auth.profiles` entry or `auth.order` list for the provider. */
    private static boolean hasProfile(ConfigModel config, String provider) {
        Json5Object profiles = Nodes.object(config.root(), "auth", "profiles");
        if (profiles != null) {
            for (Json5Member member : profiles.members()) {
                String p = Nodes.string(member.value(), "provider");
                if (p != null && config.catalog().get(p.trim().toLowerCase(Locale.ROOT)) != null
                        && config.catalog().get(p.trim().toLowerCase(Locale.ROOT)).id().equals(provider)) {
                    return true;
                }
            }
        }
        Json5Object order = Nodes.object(config.root(), "auth", "order");
        return order != null && order.members().stream().anyMatch(m -> config.catalog().get(m.name().trim().toLowerCase(Locale.ROOT)) != null
                && config.catalog().get(m.name().trim().toLowerCase(Locale.ROOT)).id().equals(provider)
                && m.value() instanceof Json5Array a && !a.elements().isEmpty());
    }

    private static boolean isKnownKeyVariable(ConfigModel config, String name) {
        if (LEGACY_MARKERS.contains(name)) {
            return true;
        }
        for (String id : config.catalog().ids()) {
            if (config.catalog().get(id).envVars().contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static String quoted(Json5String string, String text) {
        char quote = string.span().text().charAt(0) == '\'' ? '\'' : '"';
        return quote + text + quote;
    }
}
