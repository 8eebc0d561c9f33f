package dev.clawc.diag;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes secrets so that no output shows them: values under secret-bearing keys
 * ({@code apiKey}, {@code botToken}, {@code Authorization}, ...) and key-shaped text anywhere
 * (provider key prefixes, bearer tokens, JWTs, long random-looking strings).
 */
public final class Secrets {
    /** Placeholder printed instead of a secret value. */
    public static final String REDACTED = "<redacted>";

    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i).*(api[-_]?key|apikey|access[-_]?key|secret|token|password|passwd|passphrase|authorization"
                    + "|bearer|private[-_]?key|cookie|credentials?)");

    private static final Pattern KEY_SHAPED = Pattern.compile(String.join("|",
            "sk-[A-Za-z0-9_\\-]{16,}",                     // OpenAI, Anthropic (sk-ant-), OpenRouter (sk-or-)
            "AIza[0-9A-Za-z_\\-]{30,}",                     // Google
            "xox[abprs]-[A-Za-z0-9\\-]{10,}",               // Slack
            "xapp-[A-Za-z0-9\\-]{10,}",                     // Slack app-level
            "gh[pousr]_[A-Za-z0-9]{30,}",                   // GitHub
            "github_pat_[A-Za-z0-9_]{30,}",
            "AKIA[0-9A-Z]{16}",                             // AWS access key id
            "gsk_[A-Za-z0-9]{20,}",                         // Groq
            "hf_[A-Za-z0-9]{20,}",                          // Hugging Face
            "[0-9]{8,10}:[A-Za-z0-9_\\-]{35}",              // Telegram bot token
            "eyJ[A-Za-z0-9_\\-]{10,}\\.[A-Za-z0-9_\\-]{10,}\\.[A-Za-z0-9_\\-]{10,}", // JWT
            "(?i:bearer)\\s+[A-Za-z0-9._~+/\\-]{16,}=*"));

    /** Long runs of mixed-case letters and digits with no structure: random tokens. */
    private static final Pattern RANDOM_RUN = Pattern.compile("[A-Za-z0-9_+/\\-]{32,}={0,2}");

    private Secrets() {
    }

    /** True for keys whose string value is a credential. */
    public static boolean isSecretKey(String key) {
        if (key == null || key.isEmpty()) {
            return false;
        }
        String lower = key.toLowerCase(Locale.ROOT);
        // counts and names of things, not credentials
        if (lower.endsWith("tokens") || lower.startsWith("max") || lower.endsWith("file") || lower.endsWith("path")
                || lower.endsWith("env") || lower.endsWith("ref") || lower.endsWith("mode")) {
            return false;
        }
        return SECRET_KEY.matcher(key).matches();
    }

    /**
     * True for a string value that should be shown as a secret under a secret-bearing key: anything
     * except an environment reference ({@code ${VAR}}) or an empty string.
     */
    public static boolean isSecretValueUnderKey(String value) {
        return !value.isEmpty() && !isEnvReference(value);
    }

    public static boolean isEnvReference(String value) {
        return value.matches("\\$\\{[A-Za-z_][A-Za-z0-9_]*}");
    }

    /** True when the text contains something shaped like a key or token. */
    public static boolean containsKeyShaped(String text) {
        return findKeyShaped(text, 0) != null;
    }

    /** The next key-shaped range {start, end} in text at or after {@code from}, or null. */
    public static int[] findKeyShaped(String text, int from) {
        Matcher known = KEY_SHAPED.matcher(text);
        int[] best = null;
        if (known.find(from)) {
            best = new int[] {known.start(), known.end()};
        }
        Matcher random = RANDOM_RUN.matcher(text);
        int searchFrom = from;
        while (random.find(searchFrom)) {
            if (best != null && random.start() >= best[0]) {
                break;
            }
            if (looksRandom(text, random.start(), random.end())) {
                best = new int[] {random.start(), random.end()};
                break;
            }
            searchFrom = random.end();
        }
        return best;
    }

    /** Masks every key-shaped range in free text (messages, comments). */
    public static String maskKeyShaped(String text) {
        int[] range = findKeyShaped(text, 0);
        if (range == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        while (range != null) {
            out.append(text, at, range[0]).append(REDACTED);
            at = range[1];
            range = findKeyShaped(text, at);
        }
        return out.append(text, at, text.length()).toString();
    }

    private static boolean looksRandom(String text, int start, int end) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        int slashes = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
            digit |= Character.isDigit(c);
            if (c == '/') {
                slashes++;
            }
        }
        boolean hexLike = text.substring(start, end).matches("[0-9a-fA-F]{32,}");
        return slashes < 2 && (hexLike || (upper && lower && digit));
    }
}
