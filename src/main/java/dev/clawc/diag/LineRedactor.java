package dev.clawc.diag;

/**
 * Masks secrets in a source line before it is shown in a code frame. Each masked character becomes
 * {@code *}, so the line keeps its length and the carets under it stay aligned. Works on one line
 * at a time, in one left-to-right scan (no backtracking pattern: a 12,000-character string on a
 * line must not cost more than reading it).
 */
public final class LineRedactor {

    private LineRedactor() {
    }

    public static String redact(String line) {
        char[] out = null;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            int keyStart = i;
            int keyEnd;
            String key;
            if (c == '"' || c == '\'') {
                keyEnd = stringEnd(line, i);
                key = StringEscapes.decode(line.substring(i + 1, Math.max(i + 1, keyEnd - 1)));
            } else if (isKeyChar(c)) {
                keyEnd = i;
                while (keyEnd < n && isKeyChar(line.charAt(keyEnd))) {
                    keyEnd++;
                }
                key = line.substring(i, keyEnd);
            } else {
                i++;
                continue;
            }
            int colon = skipSpaceAndComments(line, keyEnd);
            if (colon < n && line.charAt(colon) == ':') {
                int value = skipSpaceAndComments(line, colon + 1);
                if (Secrets.isSecretKey(key) && value < n) {
                    int valueEnd = valueEnd(line, value);
                    int from = value;
                    int to = valueEnd;
                    char q = line.charAt(value);
                    if (q == '"' || q == '\'') {
                        from = value + 1;
                        to = valueEnd > from && line.charAt(valueEnd - 1) == q ? valueEnd - 1 : valueEnd;
                    }
                    if (to > from && Secrets.isSecretValueUnderKey(line.substring(from, to))) {
                        out = mask(out, line, from, to);
                    }
                    i = Math.max(valueEnd, keyEnd);
                    continue;
                }
                i = colon + 1;
                continue;
            }
            i = Math.max(keyEnd, keyStart + 1);
        }
        for (int[] range : Secrets.keyShapedRanges(line, 0, Integer.MAX_VALUE)) {
            out = mask(out, line, range[0], range[1]);
        }
        return out == null ? line : new String(out);
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '-' || c == '\\';
    }

    /** The index after the closing quote of the string starting at {@code start}, or the line's end. */
    private static int stringEnd(String line, int start) {
        char quote = line.charAt(start);
        int i = start + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            i++;
            if (c == quote) {
                return i;
            }
        }
        return line.length();
    }

    /** The end of a value: a string, or a bare run up to a comma, brace or bracket. */
    private static int valueEnd(String line, int start) {
        char c = line.charAt(start);
        if (c == '"' || c == '\'') {
            return stringEnd(line, start);
        }
        if (c == '{' || c == '[') {
            return start; // a container: its members are checked on their own
        }
        int i = start;
        while (i < line.length() && ",}]\"'/ \t".indexOf(line.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static int skipSpaceAndComments(String line, int i) {
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '/' && i + 1 < n && line.charAt(i + 1) == '*') {
                int close = line.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else {
                return i;
            }
        }
        return i;
    }

    private static char[] mask(char[] out, String line, int start, int end) {
        char[] chars = out == null ? line.toCharArray() : out;
        for (int i = start; i < end; i++) {
            chars[i] = '*';
        }
        return chars;
    }
}
