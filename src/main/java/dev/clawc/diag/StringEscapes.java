package dev.clawc.diag;

/** Decodes the {@code \\uXXXX} and one-character escapes of a key as written, so that {@code "api\\u004bey"} reads as apiKey. */
final class StringEscapes {
    private StringEscapes() {
    }

    static String decode(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                out.append(c);
                continue;
            }
            char next = raw.charAt(++i);
            if (next == 'u' && i + 4 < raw.length()) {
                try {
                    out.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                    i += 4;
                } catch (NumberFormatException e) {
                    out.append(next);
                }
            } else if (next == 'x' && i + 2 < raw.length()) {
                try {
                    out.append((char) Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                    i += 2;
                } catch (NumberFormatException e) {
                    out.append(next);
                }
            } else {
                out.append(next);
            }
        }
        return out.toString();
    }
}
