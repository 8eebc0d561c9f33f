package dev.clawc.rules.checks;

import dev.clawc.config.ProviderCatalog.BuiltinProvider;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Secrets;
import dev.clawc.diag.Severity;
import dev.clawc.diag.Span;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A credential written literally in the config: a value under a secret-bearing key ({@code apiKey},
 * {@code botToken}, {@code Authorization}, {@code gateway.auth.token}, ...) or a key-shaped value
 * anywhere. Config files get copied, committed and pasted; {@code ${VAR}} or a SecretRef keeps the key
 * out of them. Not reported: {@code ${VAR}} references, values that name a known provider key variable
 * (OpenClaw resolves {@code apiKey: "OPENROUTER_API_KEY"} from the environment, facts §6.1), OpenClaw's
 * non-secret markers ({@code ollama-local}, {@code oauth:...}), dummy words for local servers
 * ({@code "lmstudio"}, {@code "none"}) and placeholders ({@code "YOUR_API_KEY"}, {@code "sk-..."},
 * {@code "<redacted>"}, and the corpus's {@code "REDACTED"}). The value itself is never printed.
 */
@RuleInfo(id = "inline-secret", severity = Severity.WARNING, category = RuleCategory.PROVIDER,
        summary = "An API key, token or password written literally in the config.")
public final class InlineSecret implements Rule {

    /** A single word or hyphenated words in lower case: dummy keys for local servers ("lmstudio", "sk-local"). */
    private static final Pattern DUMMY_WORDS = Pattern.compile("[a-z]+([-_. ][a-z]+)*");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i).*(redacted|your[-_ ]?|xxx|\\*\\*\\*|\\.\\.\\.|…|changeme|change[-_]me|placeholder|example|dummy"
                    + "|replace[-_ ]?me|insert[-_ ]|_here|-here|<[^>]*>|\\{[^}]*}|#[^#]*#).*");
    /**
     * Credential formats with a recognisable prefix (the known part of {@link Secrets}' patterns). Under keys
     * that do not name a credential only these count: long random-looking text there is mostly hashes
     * ({@code integrity}, {@code shasum}), model ids and paths.
     */
    private static final Pattern KNOWN_FORMAT = Pattern.compile("(?<![A-Za-z0-9_])(?:" + String.join("|",
            "sk-[A-Za-z0-9_\\-]{16,}", "AIza[0-9A-Za-z_\\-]{30,}", "xox[abprs]-[A-Za-z0-9\\-]{10,}",
            "xapp-[A-Za-z0-9\\-]{10,}", "gh[pousr]_[A-Za-z0-9]{30,}", "github_pat_[A-Za-z0-9_]{30,}",
            "AKIA[0-9A-Z]{16}", "gsk_[A-Za-z0-9]{20,}", "hf_[A-Za-z0-9]{20,}", "\\b[0-9]{8,10}:[A-Za-z0-9_\\-]{35}\\b",
            "eyJ[A-Za-z0-9_\\-]{10,}\\.[A-Za-z0-9_\\-]{10,}\\.[A-Za-z0-9_\\-]{10,}",
            "(?i:bearer)\\s+[A-Za-z0-9._~+/\\-]{16,}=*") + ")");
    /** File paths and plain URLs: where a secret is kept, not the secret (`env.files`, `tokenFile`-like keys). */
    private static final Pattern PATH_OR_URL = Pattern.compile("(/|\\./|\\.\\./|~/|file:|https?://[^@\\s]*$).*");
    private static final List<String> MARKER_PREFIXES = List.of("oauth:", "secretref-env:", "secretref-managed",
            "__env__:");

    @Override
    public void check(RuleContext context) {
        walk(context, context.config().root(), ConfigPath.root(), null);
    }

    private void walk(RuleContext context, Json5Value value, ConfigPath path, Json5Member owner) {
        if (value instanceof Json5Object object) {
            for (Json5Member member : object.members()) {
                walk(context, member.value(), path.key(member.name()), member);
            }
        } else if (value instanceof Json5Array array) {
            int index = 0;
            for (Json5Value element : array.elements()) {
                walk(context, element, path.index(index++), owner);
            }
        } else if (value instanceof Json5String string && owner != null) {
            check(context, string, path, owner);
        }
    }

    private void check(RuleContext context, Json5String string, ConfigPath path, Json5Member owner) {
        String value = string.value();
        Span span = string.span();
        if (value.isBlank() || span == null || span.text().contains("${")) {
            return; // empty, or produced by ${VAR} substitution: the secret lives in the environment
        }
        boolean keyShaped = KNOWN_FORMAT.matcher(value).find();
        boolean underSecretKey = Secrets.isSecretKey(owner.name()) && looksLikeCredential(value)
                && !PATH_OR_URL.matcher(value.trim()).matches();
        if (!keyShaped && !underSecretKey || isPlaceholderOrMarker(value)) {
            return;
        }
        String where = "`" + path + "`";
        Span at = span.startLine() == owner.key().span().startLine() || keyShaped ? span : owner.key().span();
        var d = context.diagnostic(where + " holds a literal " + kind(path, owner.name()))
                .at(at, "written in the file" + (keyShaped ? " (shaped like a provider key)" : ""))
                .path(path)
                .note("anyone who sees the file (a backup, a repository, a pasted snippet) gets the credential;"
                        + " clawc never prints it, and `openclaw config get` redacts it, but the file does not");
        List<Object> segments = path.segments();
        String first = segments.isEmpty() ? "" : String.valueOf(segments.get(0));
        if (first.equals("env")) {
            String name = path.lastKey();
            d.help("delete the entry and set `" + name + "` in the gateway's environment (a systemd unit, `~/.openclaw/.env`);"
                    + " the entry cannot use `${" + name + "}` itself: OpenClaw skips `env` values that contain `${...}`");
        } else {
            String variable = suggestedVariable(context, path);
            d.help("write `\"${" + variable + "}\"` instead and set `" + variable + "` in the gateway's environment"
                    + " (or `~/.openclaw/.env`)");
            if (acceptsSecretRef(path)) {
                d.help("or use a SecretRef: `{ source: \"env\", provider: \"default\", id: \"" + variable + "\" }`"
                        + " (also `file` and `exec` sources, see `secrets.providers`)");
            }
        }
        d.help("if the credential was ever shared, rotate it");
        context.report(d);
    }

    /** Under a secret-bearing key: anything but very short values. */
    private static boolean looksLikeCredential(String value) {
        return value.trim().length() >= 6;
    }

    static boolean isPlaceholderOrMarker(String value) {
        String trimmed = value.trim();
        Matcher name = RuleSupport.ENV_VAR_NAME.matcher(trimmed);
        if (name.find() && trimmed.length() - (name.end() - name.start()) <= 6) {
            return true; // `env:OPENAI_API_KEY`, `$OPENAI_API_KEY`, `{env:X}`: a (mis)written reference, not a key
        }
        if (DUMMY_WORDS.matcher(trimmed).matches() || RuleSupport.ENV_VAR_NAME.matcher(trimmed).matches()
                || PLACEHOLDER.matcher(trimmed).matches() || trimmed.chars().allMatch(c -> c == '*' || c == 'x' || c == 'X')) {
            return true;
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        for (String prefix : MARKER_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** "API key", "token", "password" or "secret", from the key name. */
    private static String kind(ConfigPath path, String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.contains("password") || lower.contains("passwd") || lower.contains("passphrase")) {
            return "password";
        }
        if (lower.contains("token")) {
            return "token";
        }
        if (lower.contains("key")) {
            return "API key";
        }
        if (lower.contains("authorization") || lower.contains("bearer")) {
            return "credential";
        }
        return "secret";
    }

    /** SecretRef objects are accepted on provider apiKey, headers and request auth (facts §6.4). */
    private static boolean acceptsSecretRef(ConfigPath path) {
        List<Object> s = path.segments();
        return s.size() >= 4 && "models".equals(s.get(0)) && "providers".equals(s.get(1))
                && ("apiKey".equals(s.get(3)) || "headers".equals(s.get(3)) || "request".equals(s.get(3)));
    }

    /** A variable name for the help: the provider's own for its apiKey, OpenClaw's for the gateway, else from the path. */
    private static String suggestedVariable(RuleContext context, ConfigPath path) {
        List<Object> s = path.segments();
        if (s.size() == 4 && "models".equals(s.get(0)) && "providers".equals(s.get(1)) && "apiKey".equals(s.get(3))) {
            String provider = String.valueOf(s.get(2)).trim().toLowerCase(Locale.ROOT);
            BuiltinProvider builtin = context.config().catalog().get(provider);
            if (builtin != null && !builtin.envVars().isEmpty()) {
                return builtin.envVars().get(builtin.envVars().size() - 1);
            }
            return RuleSupport.upperSnake(provider) + "_API_KEY";
        }
        if (s.size() == 3 && "gateway".equals(s.get(0)) && "auth".equals(s.get(1))) {
            if ("token".equals(s.get(2))) {
                return "OPENCLAW_GATEWAY_TOKEN";
            }
            if ("password".equals(s.get(2))) {
                return "OPENCLAW_GATEWAY_PASSWORD";
            }
        }
        if (s.size() >= 3 && "channels".equals(s.get(0)) && s.get(s.size() - 1) instanceof String key) {
            return RuleSupport.upperSnake(String.valueOf(s.get(1))) + "_" + RuleSupport.upperSnake(key);
        }
        StringBuilder name = new StringBuilder();
        int from = Math.max(0, s.size() - 2);
        for (int i = from; i < s.size(); i++) {
            if (s.get(i) instanceof String key) {
                name.append(name.length() == 0 ? "" : "_").append(RuleSupport.upperSnake(key));
            }
        }
        return name.length() == 0 ? "SECRET" : name.toString();
    }
}
