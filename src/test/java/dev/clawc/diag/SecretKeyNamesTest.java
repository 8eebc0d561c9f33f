package dev.clawc.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written secret-key tests against what they replace: the regex, and the copying one-edit comparison. */
class SecretKeyNamesTest {
    private static final String[] PIECES = {"api", "Api", "API", "key", "Key", "KEY", "-", "_", "access", "secret",
        "SECRET", "token", "Token", "tokens", "password", "passwd", "passphrase", "authorization", "bearer", "private",
        "cookie", "credential", "credentials", "s", "x", "\n", "\r", "\u0085", "\u2028", "\u2029", "\u212a", "\u0130",
        "\u017f", "bot", "app", "tokne", "apiKye", "max", "file", " ", "\u00e9"};

    @Test
    void theEndingTestAgreesWithThePatternOnRandomKeys() {
        Random random = new Random(6);
        for (int run = 0; run < 50_000; run++) {
            StringBuilder key = new StringBuilder();
            int count = 1 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                key.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = key.toString();
            assertEquals(Secrets.matchesSecretKeyPattern(text), Secrets.endsWithSecretName(text), () -> "key " + text);
        }
    }

    @Test
    void isSecretKeyAgreesWithThePatternAndTheCopyingOneEditTest() {
        Random random = new Random(7);
        String letters = "abcdeiknoprstwyz0";
        String[] names = {"apikey", "token", "password", "secret", "bottoken", "apptoken", "passphrase", "authorization"};
        for (int run = 0; run < 50_000; run++) {
            String key;
            if (random.nextBoolean()) { // a name with one random edit
                StringBuilder edited = new StringBuilder(names[random.nextInt(names.length)]);
                int at = random.nextInt(edited.length());
                switch (random.nextInt(4)) {
                    case 0 -> edited.deleteCharAt(at);
                    case 1 -> edited.insert(at, letters.charAt(random.nextInt(letters.length())));
                    case 2 -> edited.setCharAt(at, letters.charAt(random.nextInt(letters.length())));
                    default -> {
                        if (at + 1 < edited.length()) {
                            char c = edited.charAt(at);
                            edited.setCharAt(at, edited.charAt(at + 1));
                            edited.setCharAt(at + 1, c);
                        }
                    }
                }
                key = edited.toString();
            } else {
                StringBuilder any = new StringBuilder();
                for (int i = random.nextInt(12); i >= 0; i--) {
                    any.append(letters.charAt(random.nextInt(letters.length())));
                }
                key = any.toString();
            }
            String k = key;
            assertEquals(reference(k), Secrets.isSecretKey(k), () -> "key " + k);
        }
    }

    /** isSecretKey as it was written before: the regex and substring copies. */
    private static boolean reference(String key) {
        if (key == null || key.isEmpty()) {
            return false;
        }
        String lower = key.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("tokens") || lower.startsWith("max") || lower.endsWith("file") || lower.endsWith("path")
                || lower.endsWith("env") || lower.endsWith("ref") || lower.endsWith("mode")) {
            return false;
        }
        if (key.length() > 200) {
            return false;
        }
        if (Secrets.matchesSecretKeyPattern(key)) {
            return true;
        }
        if (lower.length() > 20) {
            return false;
        }
        StringBuilder kept = new StringBuilder();
        for (char c : lower.toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                kept.append(c);
            }
        }
        String letters = kept.toString();
        for (String name : new String[] {"apikey", "token", "password", "secret", "bottoken", "apptoken", "passphrase", "authorization"}) {
            if (Math.abs(name.length() - letters.length()) <= 1 && letters.length() >= 4 && withinOneEdit(letters, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean withinOneEdit(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == a.length() && i == b.length()) {
            return true;
        }
        String restA = a.substring(Math.min(i + 1, a.length()));
        String restB = b.substring(Math.min(i + 1, b.length()));
        if (restA.equals(restB) || a.substring(i).equals(restB) || restA.equals(b.substring(i))) {
            return true;
        }
        return i + 1 < a.length() && i + 1 < b.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }
}
