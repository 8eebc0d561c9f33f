package dev.clawc.json5;

/**
 * Benchmark access to the package-private {@link TokenBuffer} (same package on the class path): the
 * reader's lexing stage alone, ANTLR lexer plus the flat token arrays.
 */
public final class TokenBufferProbe {
    private TokenBufferProbe() {
    }

    /** Lexes the text; returns the token count so the work cannot be optimized away. */
    public static int lex(String text) {
        return TokenBuffer.lex(text).count;
    }
}
