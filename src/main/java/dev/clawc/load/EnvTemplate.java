package dev.clawc.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scans a string value for environment references the way OpenClaw does: {@code ${NAME}} with NAME
 * matching {@code [A-Z_][A-Z0-9_]*} is a reference, {@code $${NAME}} an escape that yields the text
 * {@code ${NAME}}, and every other {@code $} is literal. The name runs to the first {@code }}; a
 * {@code ${...}} whose content is not a valid name is literal text, and scanning resumes right after
 * its {@code $} (so {@code ${a${B}}} still substitutes {@code B}).
 */
final class EnvTemplate {
    static final Pattern NAME = Pattern.compile("[A-Z_][A-Z0-9_]*");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern SHELL_MODIFIER = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(:?[-=?+])(.*)", Pattern.DOTALL);

    /** What a {@code $} starts. Offsets are char offsets into the scanned string, end exclusive. */
    sealed interface Token permits Reference, Escape, Invalid {
        int start();

        int end();
    }

    /** {@code ${NAME}}. */
    record Reference(String name, int start, int end) implements Token {
    }

    /** {@code $${NAME}}, which stands for the text {@code ${NAME}}. */
    record Escape(String name, int start, int end) implements Token {
    }

    /**
     * A {@code ${...}} that OpenClaw leaves literal but that looks meant as a reference: a name with
     * lowercase letters ({@code shellModifier} null) or a shell-style modifier such as
     * {@code ${NAME:-default}} ({@code shellModifier} is the operator, {@code name} the part before it).
     */
    record Invalid(String content, String name, String shellModifier, int start, int end) implements Token {
    }

    private EnvTemplate() {
    }

    /** All references, escapes and suspicious invalid references, in order. */
    static List<Token> scan(String value) {
        List<Token> tokens = new ArrayList<>();
        if (value.indexOf('$') < 0) {
            return tokens;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) != '$') {
                continue;
            }
            char next = i + 1 < value.length() ? value.charAt(i + 1) : 0;
            char afterNext = i + 2 < value.length() ? value.charAt(i + 2) : 0;
            if (next == '$' && afterNext == '{') {
                int close = value.indexOf('}', i + 3);
                if (close >= 0 && NAME.matcher(value.substring(i + 3, close)).matches()) {
                    tokens.add(new Escape(value.substring(i + 3, close), i, close + 1));
                    i = close;
                    continue;
                }
            }
            if (next == '{') {
                int close = value.indexOf('}', i + 2);
                if (close >= 0) {
                    String content = value.substring(i + 2, close);
                    if (NAME.matcher(content).matches()) {
                        tokens.add(new Reference(content, i, close + 1));
                        i = close;
                        continue;
                    }
                    boolean afterDollar = i > 0 && value.charAt(i - 1) == '$';
                    Invalid invalid = afterDollar ? null : classify(content, i, close + 1);
                    if (invalid != null) {
                        tokens.add(invalid);
                    }
                }
            }
            // a literal '$': scanning continues with the next character
        }
        return tokens;
    }

    private static Invalid classify(String content, int start, int end) {
        if (IDENTIFIER.matcher(content).matches()) {
            return new Invalid(content, content, null, start, end);
        }
        Matcher shell = SHELL_MODIFIER.matcher(content);
        if (shell.matches()) {
            return new Invalid(content, shell.group(1), shell.group(2), start, end);
        }
        return null;
    }

    /** True when the text holds at least one {@code ${NAME}} reference (escapes do not count). */
    static boolean containsReference(String value) {
        for (Token token : scan(value)) {
            if (token instanceof Reference) {
                return true;
            }
        }
        return false;
    }
}
