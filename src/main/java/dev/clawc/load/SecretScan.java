package dev.clawc.load;

import dev.clawc.diag.SecretValues;
import dev.clawc.diag.Secrets;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Number;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the secret values of a config so output can be cleaned of them wherever they surface: every value under a
 * field that holds a credential (by name, misspellings included, numbers too), every request header value, the
 * userinfo and query values of URLs, PEM key bodies, the config's own env values and the environment's values of
 * variables whose names say they hold secrets.
 */
public final class SecretScan {
    /** Names of variables that hold credentials; not PWD/OLDPWD (the working directory) nor SSH_AUTH_SOCK (a socket path). */
    private static final Pattern SECRET_ENV_NAME = Pattern.compile(
            ".*(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE|COOKIE).*|(.+_)?(PASS|AUTH)(_(?!SOCK$).+)?|.+_PWD(_.+)?");
    private static final int MAX_DEPTH = 200;
    /**
     * Values under a secret field that are names, not secrets, and must not be masked wherever they appear: lowercase
     * words ("default", the local-provider placeholder "ollama-local") and variable names ("ZAI_API_KEY", written
     * where `${ZAI_API_KEY}` was meant; `inline-secret` and the credential rules report those).
     */
    private static final Pattern ORDINARY_WORD = Pattern.compile("(?=.{1,20}$)[a-z]+(-[a-z]+)*|[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");
    /** A variable name in another tool's reference syntax ({@code $NAME}, {@code env:NAME}, {@code secretref-env:NAME}, {@code {{ secrets.NAME }}}). */
    private static final Pattern REFERENCE = Pattern.compile("(?=.*[_$:{%])[a-z._:${}%\\s-]{0,16}[A-Z][A-Z0-9]*(_[A-Z0-9]+)*[a-z._:${}%\\s-]{0,4}");
    /** Query parameters that carry credentials although their names do not say "key" or "token". */
    private static final java.util.Set<String> QUERY_SECRETS = java.util.Set.of("key", "sig", "signature", "code", "auth", "pass", "pwd");

    private SecretScan() {
    }

    /** Adds the secrets of a loaded config (or of a parsed file) and of the environment to {@code sink}. */
    public static void collect(Json5Value root, Environment environment, SecretValues sink) {
        if (root != null) {
            walk(root, null, false, sink, 0);
        }
        if (environment != null) {
            environment.asMap().forEach((name, value) -> {
                if (isSecretEnvName(name)) {
                    sink.add(value);
                }
            });
        }
    }

    /** Names like {@code OPENROUTER_API_KEY}, {@code DB_PASS}, {@code GH_TOKEN}. */
    public static boolean isSecretEnvName(String name) {
        return name != null && name.length() <= 200 && SECRET_ENV_NAME.matcher(name.toUpperCase(Locale.ROOT)).matches();
    }

    private static void walk(Json5Value node, String key, boolean secret, SecretValues sink, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (node instanceof Json5Object object) {
            boolean headers = key != null && key.equalsIgnoreCase("headers");
            boolean env = key != null && (key.equals("env") || key.equals("vars")) ;
            for (Json5Member member : object.members()) {
                String name = member.name();
                // only the field's own value: a secret reference object ({source, provider, id}) holds no secret
                boolean inner = headers || Secrets.isSecretKey(name) || env && isSecretEnvName(name);
                walk(member.value(), name, inner, sink, depth + 1);
            }
        } else if (node instanceof Json5Array array) {
            for (Json5Value element : array.elements()) {
                walk(element, key, secret, sink, depth + 1);
            }
        } else if (node instanceof Json5String string) {
            String value = string.value();
            if (secret && !ORDINARY_WORD.matcher(value).matches() && !REFERENCE.matcher(value.strip()).matches()) {
                sink.add(value);
                String bearer = value.regionMatches(true, 0, "Bearer ", 0, 7) ? value.substring(7) : null;
                sink.add(bearer);
            }
            urlSecrets(value, sink);
            pemLines(value, sink);
        } else if (node instanceof Json5Number number && secret) {
            sink.add(number.text());
        }
    }

    /** {@code https://user:pass@host/...?key=VALUE}: the userinfo, its password and each query value. */
    private static void urlSecrets(String value, SecretValues sink) {
        if (value.length() > 4096 || !(value.contains("://") && (value.contains("@") || value.contains("?")))) {
            return;
        }
        try {
            URI uri = new URI(value.strip());
            String userInfo = uri.getRawUserInfo();
            if (userInfo != null) {
                sink.add(userInfo);
                int colon = userInfo.indexOf(':');
                if (colon >= 0) {
                    sink.add(userInfo.substring(colon + 1));
                }
            }
            String query = uri.getRawQuery();
            if (query != null) {
                for (String pair : query.split("&")) {
                    int eq = pair.indexOf('=');
                    String name = eq > 0 ? pair.substring(0, eq) : "";
                    String item = eq > 0 ? pair.substring(eq + 1) : "";
                    if (Secrets.isSecretKey(name) || QUERY_SECRETS.contains(name.toLowerCase(Locale.ROOT)) || item.length() >= 16) {
                        sink.add(item);
                    }
                }
            }
        } catch (java.net.URISyntaxException e) {
            // not a URL after all
        }
    }

    /** The body lines of a PEM block ({@code -----BEGIN ... KEY-----}). */
    private static void pemLines(String value, SecretValues sink) {
        int begin = value.indexOf("-----BEGIN");
        if (begin < 0 || value.length() > 1_000_000) {
            return;
        }
        for (String line : value.substring(begin).split("\\\\n|\\r?\\n")) {
            if (!line.startsWith("-----")) {
                sink.add(line);
            }
        }
    }
}
