package dev.clawc.json5;

/**
 * Decodes the body of a JSON5 string literal (the text between its quotes) and reports each
 * escape that JSON5 does not allow, with its exact position. Decoding goes on after a bad escape,
 * so one pass finds every problem in the literal.
 */
final class StringLiterals {

    interface ProblemSink {
        void problem(int start, int end, String message, String help);
    }

    private StringLiterals() {
    }

    /** Index of the closing quote of a literal starting at {@code open}, or -1 if it is not closed before {@code limit}. */
    static int closingQuote(String text, int open, int limit) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
                if (i < limit && text.charAt(i) == '\r' && i + 1 < limit && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    static String decode(String text, int from, int to, ProblemSink sink) {
        return decode(text, from, to, sink, null);
    }

    /** As {@link #decode(String, int, int, ProblemSink)}; a literal without escapes comes from {@code cache} when given. */
    static String decode(String text, int from, int to, ProblemSink sink, StringCache cache) {
        int backslash = indexOf(text, '\\', from, to);
        if (backslash < 0) {
            return cache == null ? text.substring(from, to) : cache.get(text, from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        out.append(text, from, backslash);
        int i = backslash;
        while (i < to) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            int escapeStart = i;
            if (i + 1 >= to) {
                sink.problem(escapeStart, to, "a `\\` at the end of a string escapes nothing",
                        "write `\\\\` for a backslash");
                break;
            }
            char e = text.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> {
                    out.append('\r');
                }
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000B');
                case '\n', '\u2028', '\u2029' -> {
                    // line continuation: the escaped line break is dropped
                }
                case '\r' -> {
                    if (i < to && text.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '0' -> {
                    if (i < to && isDigit(text.charAt(i))) {
                        sink.problem(escapeStart, i + 1, "invalid escape `\\0" + text.charAt(i) + "`: JSON5 has no octal escapes",
                                "write the character as `\\u00XX` (hex)");
                    }
                    out.append('\0');
                }
                case 'x' -> i = hexEscape(text, escapeStart, i, to, 2, out, sink);
                case 'u' -> i = hexEscape(text, escapeStart, i, to, 4, out, sink);
                default -> {
                    if (isDigit(e)) {
                        sink.problem(escapeStart, i, "invalid escape `\\" + e + "`: digits cannot be escaped in JSON5",
                                "write the digit without `\\`, or the character as `\\u00XX` (hex)");
                    }
                    out.append(e); // `\a` means `a`, `\'` means `'`, ...
                }
            }
        }
        return out.toString();
    }

    private static int hexEscape(String text, int escapeStart, int digitsStart, int to, int digits,
            StringBuilder out, ProblemSink sink) {
        int value = 0;
        int i = digitsStart;
        for (int n = 0; n < digits; n++, i++) {
            int d = i < to ? Character.digit(text.charAt(i), 16) : -1;
            if (d < 0 && digits == 4 && n == 0 && i < to && text.charAt(i) == '{') {
                return codePointEscape(text, escapeStart, i, to, out, sink);
            }
            if (d < 0) {
                String form = digits == 2 ? "\\xHH" : "\\uHHHH";
                sink.problem(escapeStart, i,
                        "invalid escape `" + text.substring(escapeStart, i)
                                + "`: `" + form.substring(0, 2) + "` needs exactly " + digits + " hex digits",
                        "write it as `" + form + "`, for example `" + (digits == 2 ? "\\x41" : "\\u0041") + "` for `A`");
                return i;
            }
            value = value * 16 + d;
        }
        out.append((char) value);
        return i;
    }

    /** `\\u{1F915}` is ES2015, not ES5: JSON5 rejects it. Suggest the surrogate pair that works. */
    private static int codePointEscape(String text, int escapeStart, int brace, int to, StringBuilder out,
            ProblemSink sink) {
        int close = indexOf(text, '}', brace, to);
        int end = close < 0 || close >= to ? Math.min(brace + 1, to) : close + 1;
        String written = text.substring(escapeStart, end);
        String help = "JSON5 only has `\\uHHHH`; write the character itself";
        if (close > brace && close < to) {
            try {
                int codePoint = Integer.parseInt(text.substring(brace + 1, close), 16);
                if (Character.isValidCodePoint(codePoint)) {
                    StringBuilder pair = new StringBuilder();
                    for (char unit : Character.toChars(codePoint)) {
                        pair.append(String.format("\\u%04X", (int) unit));
                    }
                    help += ", or `" + pair + "`";
                    out.appendCodePoint(codePoint);
                }
            } catch (NumberFormatException e) {
                // not hex: the generic help stands
            }
        }
        sink.problem(escapeStart, end, "invalid escape `" + written + "`: code point escapes `\\u{...}` are not JSON5", help);
        return end;
    }

    /**
     * The first {@code c} in {@code [from, to)}, or -1. Bounded: {@code String.indexOf} would scan on to
     * the next occurrence anywhere in the file, which made reading quadratic when backslashes are rare.
     */
    static int indexOf(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
