package dev.clawc.json5;

import dev.clawc.json5.grammar.JSON5Lexer;
import org.antlr.v4.runtime.Token;

/**
 * The common tokens of JSON5 text lexed by hand, everything else by the generated lexer: the same tokens as
 * {@code grammar/JSON5.g4} gives, faster. The generated lexer simulates its state machine per character and
 * builds that machine on first use, which is most of the cost of reading a small config or a bundled data file
 * when the JVM has just started (bench/startup.md).
 *
 * <p>Handled here, each only where the longest match of the grammar is plain to see: punctuation, ASCII white
 * space, ASCII identifiers and keywords followed by an ASCII character that cannot continue them, strings with no
 * backslash and no line break before their closing quote, decimal integers and fractions not followed by an
 * exponent, and comments (a block comment only when it is closed). At any other character (non-ASCII, a
 * backslash, a sign not followed by a digit, an exponent, an unclosed string or comment) the generated lexer
 * lexes one token from that position; lexing JSON5 needs no state but the position, so the result is what
 * the generated lexer gives for the whole text ({@code FastLexerTest} compares the two). Text with surrogate
 * pairs does not come here (see {@link TokenBuffer#lex}).
 */
final class FastLexer {
    private FastLexer() {
    }

    /** Every token of {@code text} (which has no surrogate pair) into {@code out}, EOF last. */
    static void lex(String text, TokenBuffer.Builder out) {
        lex(text, out, null);
    }

    /** The same, telling {@code fallback} (tests) each position where the generated lexer takes over. */
    static void lex(String text, TokenBuffer.Builder out, java.util.function.IntConsumer fallback) {
        int length = text.length();
        TokenBuffer.StringCharStream stream = null;
        JSON5Lexer lexer = null;
        int pos = 0;
        while (pos < length) {
            char c = text.charAt(pos);
            int end = -1;
            int type = 0;
            switch (c) {
                case ' ', '\t', '\n', '\r', '\u000B', '\f' -> {
                    pos++;
                    continue;
                }
                case '{' -> { type = JSON5Lexer.LBRACE; end = pos + 1; }
                case '}' -> { type = JSON5Lexer.RBRACE; end = pos + 1; }
                case '[' -> { type = JSON5Lexer.LBRACK; end = pos + 1; }
                case ']' -> { type = JSON5Lexer.RBRACK; end = pos + 1; }
                case ':' -> { type = JSON5Lexer.COLON; end = pos + 1; }
                case ',' -> { type = JSON5Lexer.COMMA; end = pos + 1; }
                case '"', '\'' -> { type = JSON5Lexer.STRING; end = string(text, pos, c); }
                case '/' -> {
                    int comment = comment(text, pos);
                    if (comment > 0) {
                        out.add(text.charAt(pos + 1) == '/' ? JSON5Lexer.LINE_COMMENT : JSON5Lexer.BLOCK_COMMENT, pos, comment, true);
                        pos = comment;
                        continue;
                    }
                }
                case '+', '-' -> {
                    if (pos + 1 < length && isDigit(text.charAt(pos + 1))) {
                        type = JSON5Lexer.NUMBER;
                        end = number(text, pos + 1);
                    }
                }
                default -> {
                    if (isDigit(c)) {
                        type = JSON5Lexer.NUMBER;
                        end = number(text, pos);
                    } else if (isIdentifierStart(c)) {
                        end = identifier(text, pos);
                        if (end > 0) {
                            type = keyword(text, pos, end);
                        }
                    }
                }
            }
            if (end > 0) {
                out.add(type, pos, end, false);
                pos = end;
                continue;
            }
            // not plain: one token (after any white space it skips) by the generated lexer, from here
            if (fallback != null) {
                fallback.accept(pos);
            }
            if (lexer == null) {
                stream = new TokenBuffer.StringCharStream(text);
                lexer = TokenBuffer.newLexer(stream);
            }
            stream.seek(pos);
            Token token = lexer.nextToken();
            if (token.getType() == Token.EOF) {
                break;
            }
            out.add(token.getType(), token.getStartIndex(), token.getStopIndex() + 1, token.getChannel() == Token.HIDDEN_CHANNEL);
            pos = token.getStopIndex() + 1;
        }
        out.add(Token.EOF, length, length, false);
    }

    /** The end of a string with no escape and no line break before its closing quote, or -1. */
    private static int string(String text, int pos, char quote) {
        for (int i = pos + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == quote) {
                return i + 1;
            }
            if (c == '\\' || c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1; // unterminated: BAD_STRING
    }

    /** The end of a line comment, or of a block comment that is closed; -1 for a lone slash or an unclosed comment. */
    private static int comment(String text, int pos) {
        if (pos + 1 >= text.length()) {
            return -1;
        }
        char next = text.charAt(pos + 1);
        if (next == '/') {
            int i = pos + 2;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                    break;
                }
                i++;
            }
            return i;
        }
        if (next == '*') {
            int close = text.indexOf("*/", pos + 2);
            return close < 0 ? -1 : close + 2;
        }
        return -1;
    }

    /**
     * The end of the number whose digits start at {@code pos} (a sign before it is the caller's), or -1 where an
     * exponent, a hex prefix or a leading zero makes the longest match less plain.
     */
    private static int number(String text, int pos) {
        int length = text.length();
        int i = pos;
        if (text.charAt(i) == '0') {
            i++;
        } else {
            while (i < length && isDigit(text.charAt(i))) {
                i++;
            }
        }
        if (i < length && text.charAt(i) == '.') {
            i++;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
            }
        }
        if (i < length) {
            char c = text.charAt(i);
            if (isDigit(c) || c == 'e' || c == 'E' || c == 'x' || c == 'X' || c == '.') {
                return -1;
            }
        }
        return i;
    }

    /** The end of an ASCII identifier, or -1 when the next character is not ASCII or is a backslash. */
    private static int identifier(String text, int pos) {
        int i = pos + 1;
        while (i < text.length() && isIdentifierPart(text.charAt(i))) {
            i++;
        }
        if (i < text.length()) {
            char c = text.charAt(i);
            if (c >= 0x80 || c == '\\') {
                return -1; // a Unicode letter or an escape may continue it
            }
        }
        return i;
    }

    private static int keyword(String text, int from, int to) {
        switch (to - from) {
            case 3:
                if (text.startsWith("NaN", from)) {
                    return JSON5Lexer.NAN;
                }
                break;
            case 4:
                if (text.startsWith("true", from)) {
                    return JSON5Lexer.TRUE;
                }
                if (text.startsWith("null", from)) {
                    return JSON5Lexer.NULL;
                }
                break;
            case 5:
                if (text.startsWith("false", from)) {
                    return JSON5Lexer.FALSE;
                }
                break;
            case 8:
                if (text.startsWith("Infinity", from)) {
                    return JSON5Lexer.INFINITY;
                }
                break;
            default:
                break;
        }
        return JSON5Lexer.IDENTIFIER;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }
}
