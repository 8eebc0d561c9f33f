package dev.clawc.lsp;

/** The value of a quoted JSON5 string token, for the common escapes (enough to name keys and paths). */
final class StringUnquote {
    private StringUnquote() {
    }

    static String unquote(String token, char quote) {
        int end = token.length() > 1 && token.charAt(token.length() - 1) == quote ? token.length() - 1 : token.length();
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < end; i++) {
            char c = token.charAt(i);
            if (c == '\\' && i + 1 < end) {
                char next = token.charAt(++i);
                switch (next) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (i + 4 < end) {
                            try {
                                out.append((char) Integer.parseInt(token.substring(i + 1, i + 5), 16));
                                i += 4;
                            } catch (NumberFormatException e) {
                                out.append('u');
                            }
                        }
                    }
                    default -> out.append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
