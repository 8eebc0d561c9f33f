package dev.clawc.diag;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in a source line before it is shown in a code frame. Each masked character becomes
 * {@code *}, so the line keeps its length and the carets under it stay aligned. Works on one line
 * at a time: a frame only ever shows lines, and most frames show none of the secrets.
 */
public final class LineRedactor {
    /** {@code key: "value"} with the key bare or quoted and the value in either quote style. */
    private static final Pattern KEY_VALUE = Pattern.compile(
            "([\"']?)([A-Za-z0-9_$\\-]+)\\1\\s*:\\s*([\"'])((?:\\\\.|(?!\\3).)*)\\3?");

    private LineRedactor() {
    }

    public static String redact(String line) {
        char[] out = null;
        Matcher pair = KEY_VALUE.matcher(line);
        while (pair.find()) {
            String value = pair.group(4);
            if (Secrets.isSecretKey(pair.group(2)) && Secrets.isSecretValueUnderKey(value)) {
                out = mask(out, line, pair.start(4), pair.end(4));
            }
        }
        int[] range = Secrets.findKeyShaped(line, 0);
        while (range != null) {
            out = mask(out, line, range[0], range[1]);
            range = Secrets.findKeyShaped(line, range[1]);
        }
        return out == null ? line : new String(out);
    }

    private static char[] mask(char[] out, String line, int start, int end) {
        char[] chars = out == null ? line.toCharArray() : out;
        for (int i = start; i < end; i++) {
            chars[i] = '*';
        }
        return chars;
    }
}
