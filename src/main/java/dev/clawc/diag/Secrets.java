package dev.clawc.diag;

import java.util.ArrayList;
import java.util.List;
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
        if (key.length() > 200) {
            return false; // no credential field has a name this long; keeps the pattern linear
        }
        return endsWithSecretName(key) || misspeltSecretName(lower);
    }

    /** The endings of {@link #SECRET_KEY}'s alternatives, lower case. */
    private static final String[] SECRET_ENDINGS = {"api-key", "api_key", "apikey", "access-key", "access_key", "accesskey",
        "secret", "token", "password", "passwd", "passphrase", "authorization", "bearer", "private-key", "private_key",
        "privatekey", "cookie", "credential", "credentials"};

    /**
     * {@code SECRET_KEY.matcher(key).matches()} without the regex (called for every key of a config, twice): the key
     * ends with an alternative, ASCII letters compared without case as {@code (?i)} does, and no line terminator comes
     * before it (which {@code .*} does not cross). {@code SecretsTest} compares the two.
     */
    static boolean endsWithSecretName(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        for (String ending : SECRET_ENDINGS) {
            if (endsWithIgnoringAsciiCase(key, ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithIgnoringAsciiCase(String key, String lowerEnding) {
        int from = key.length() - lowerEnding.length();
        if (from < 0) {
            return false;
        }
        for (int i = 0; i < lowerEnding.length(); i++) {
            char c = key.charAt(from + i);
            char want = lowerEnding.charAt(i);
            if (c != want && !(want >= 'a' && want <= 'z' && c == want - 32)) {
                return false;
            }
        }
        return true;
    }

    /** The pattern {@link #endsWithSecretName} stands for (kept for the test that compares them). */
    static boolean matchesSecretKeyPattern(String key) {
        return SECRET_KEY.matcher(key).matches();
    }

    /** Secret field names a misspelling of which still holds a secret ({@code apiKye}, {@code tokne}). */
    private static final String[] SECRET_NAMES = {"apikey", "token", "password", "secret", "bottoken", "apptoken",
        "passphrase", "authorization"};

    private static boolean misspeltSecretName(String lower) {
        if (lower.length() > 20) {
            return false;
        }
        StringBuilder kept = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                kept.append(c);
            }
        }
        String letters = kept.toString();
        for (String name : SECRET_NAMES) {
            if (Math.abs(name.length() - letters.length()) <= 1 && letters.length() >= 4 && withinOneEdit(letters, name)) {
                return true;
            }
        }
        return false;
    }

    /** One insertion, deletion, substitution or adjacent transposition at most. */
    private static boolean withinOneEdit(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == a.length() && i == b.length()) {
            return true;
        }
        int afterA = Math.min(i + 1, a.length());
        int afterB = Math.min(i + 1, b.length());
        if (sameTail(a, afterA, b, afterB) || sameTail(a, i, b, afterB) || sameTail(a, afterA, b, i)) {
            return true;
        }
        return i + 1 < a.length() && i + 1 < b.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && sameTail(a, i + 2, b, i + 2);
    }

    /** {@code a.substring(fromA).equals(b.substring(fromB))} without the copies. */
    private static boolean sameTail(String a, int fromA, String b, int fromB) {
        int length = a.length() - fromA;
        return length == b.length() - fromB && a.regionMatches(fromA, b, fromB, length);
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
        List<int[]> ranges = keyShapedRanges(text, from, 1);
        return ranges.isEmpty() ? null : ranges.get(0);
    }

    /**
     * Key-shaped ranges in order, at most {@code limit}, found in one left-to-right pass of each
     * pattern (linear in the text: the matchers never restart from earlier positions).
     */
    static List<int[]> keyShapedRanges(String text, int from, int limit) {
        List<int[]> out = new ArrayList<>();
        Matcher known = KEY_SHAPED.matcher(text);
        Matcher random = RANDOM_RUN.matcher(text);
        int[] nextKnown = known.find(from) ? new int[] {known.start(), known.end()} : null;
        int[] nextRandom = nextRandom(random, text, from);
        int at = from;
        while ((nextKnown != null || nextRandom != null) && out.size() < limit) {
            int[] pick = nextRandom == null || nextKnown != null && nextKnown[0] <= nextRandom[0] ? nextKnown : nextRandom;
            if (pick[0] >= at) {
                out.add(pick);
                at = pick[1];
            } else if (pick[1] > at) {
                out.get(out.size() - 1)[1] = pick[1]; // overlapping ranges merge
                at = pick[1];
            }
            if (pick == nextKnown) {
                nextKnown = known.find() ? new int[] {known.start(), known.end()} : null;
            } else {
                nextRandom = nextRandom(random, text, -1);
            }
        }
        return out;
    }

    private static int[] nextRandom(Matcher random, String text, int from) {
        boolean found = from >= 0 ? random.find(from) : random.find();
        while (found) {
            if (looksRandom(text, random.start(), random.end())) {
                return new int[] {random.start(), random.end()};
            }
            found = random.find();
        }
        return null;
    }

    /** Masks every key-shaped range in free text (messages, comments). */
    public static String maskKeyShaped(String text) {
        List<int[]> ranges = keyShapedRanges(text, 0, Integer.MAX_VALUE);
        if (ranges.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (int[] range : ranges) {
            out.append(text, at, range[0]).append(REDACTED);
            at = range[1];
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
        boolean hexLike = true;
        for (int i = start; i < end && hexLike; i++) {
            hexLike = Character.digit(text.charAt(i), 16) >= 0;
        }
        return slashes < 2 && (hexLike || (upper && lower && digit));
    }
}
