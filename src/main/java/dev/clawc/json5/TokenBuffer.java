package dev.clawc.json5;

import dev.clawc.json5.grammar.JSON5Lexer;
import java.util.Arrays;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.Pair;

/**
 * The whole token sequence of a file in flat arrays: significant tokens, and the comments that
 * precede each of them. Offsets are UTF-16 char offsets into the source text (ANTLR counts code
 * points, so they are converted when the text has astral characters). The last token is EOF.
 */
final class TokenBuffer {
    final int[] type;
    final int[] start;
    final int[] end;
    final int count;

    final int[] commentStart;
    final int[] commentEnd;
    final boolean[] commentBlock;
    final int commentCount;
    /** commentsUpTo[i]: how many comments come before token i; so token i is preceded by comments
     *  [commentsUpTo[i - 1], commentsUpTo[i]). */
    final int[] commentsUpTo;

    private TokenBuffer(int[] type, int[] start, int[] end, int count, int[] commentStart, int[] commentEnd,
            boolean[] commentBlock, int commentCount, int[] commentsUpTo) {
        this.type = type;
        this.start = start;
        this.end = end;
        this.count = count;
        this.commentStart = commentStart;
        this.commentEnd = commentEnd;
        this.commentBlock = commentBlock;
        this.commentCount = commentCount;
        this.commentsUpTo = commentsUpTo;
    }

    /** Index of the first comment that comes before token i. */
    int firstCommentBefore(int i) {
        return i == 0 ? 0 : commentsUpTo[i - 1];
    }

    static TokenBuffer lex(String text) {
        int[] charOffset = codePointToCharOffsets(text);
        Builder out = new Builder(text.length());
        if (charOffset == null) {
            FastLexer.lex(text, out);
        } else {
            lexAll(newLexer(CharStreams.fromString(text)), text, charOffset, out);
        }
        return out.build();
    }

    /** The generated lexer over {@code input}; building its state machine costs milliseconds, so only on demand. */
    static JSON5Lexer newLexer(CharStream input) {
        JSON5Lexer lexer = new JSON5Lexer(input);
        lexer.removeErrorListeners(); // lexing is total: bad text becomes error tokens
        lexer.setTokenFactory(new ReusedToken()); // each token is copied into the arrays at once
        return lexer;
    }

    /** Every token by the generated lexer (text with surrogate pairs: ANTLR counts code points, mapped back here). */
    static void lexAll(JSON5Lexer lexer, String text, int[] charOffset, Builder out) {
        while (true) {
            Token token = lexer.nextToken();
            int tokenType = token.getType();
            if (tokenType == Token.EOF) {
                out.add(Token.EOF, text.length(), text.length(), false);
                return;
            }
            int from = toChar(charOffset, token.getStartIndex());
            int to = toChar(charOffset, token.getStopIndex() + 1);
            out.add(tokenType, from, to, token.getChannel() == Token.HIDDEN_CHANNEL);
        }
    }

    /** The arrays being filled, token by token. */
    static final class Builder {
        private int[] type;
        private int[] start;
        private int[] end;
        private int[] commentsUpTo;
        private int count;
        private int[] cStart = new int[8];
        private int[] cEnd = new int[8];
        private boolean[] cBlock = new boolean[8];
        private int commentCount;

        Builder(int textLength) {
            int capacity = Math.max(16, textLength / 4);
            type = new int[capacity];
            start = new int[capacity];
            end = new int[capacity];
            commentsUpTo = new int[capacity];
        }

        /** One token; a hidden one (a comment) goes to the comment arrays. */
        void add(int tokenType, int from, int to, boolean hidden) {
            if (hidden) {
                if (commentCount == cStart.length) {
                    cStart = Arrays.copyOf(cStart, commentCount * 2);
                    cEnd = Arrays.copyOf(cEnd, commentCount * 2);
                    cBlock = Arrays.copyOf(cBlock, commentCount * 2);
                }
                cStart[commentCount] = from;
                cEnd[commentCount] = to;
                cBlock[commentCount] = tokenType == JSON5Lexer.BLOCK_COMMENT;
                commentCount++;
                return;
            }
            if (count == type.length) {
                int grown = count * 2;
                type = Arrays.copyOf(type, grown);
                start = Arrays.copyOf(start, grown);
                end = Arrays.copyOf(end, grown);
                commentsUpTo = Arrays.copyOf(commentsUpTo, grown);
            }
            type[count] = tokenType;
            start[count] = from;
            end[count] = to;
            commentsUpTo[count] = commentCount;
            count++;
        }

        TokenBuffer build() {
            return new TokenBuffer(type, start, end, count, cStart, cEnd, cBlock, commentCount, commentsUpTo);
        }
    }

    /**
     * A token factory that hands out one token object again and again: the buffer copies a token's
     * type, channel and offsets before it asks for the next, so a token per token is garbage.
     */
    private static final class ReusedToken implements TokenFactory<CommonToken> {
        private final CommonToken token = new CommonToken(Token.INVALID_TYPE);

        @Override
        public CommonToken create(Pair<TokenSource, CharStream> source, int type, String text, int channel, int start,
                int stop, int line, int charPositionInLine) {
            token.setType(type);
            token.setChannel(channel);
            token.setStartIndex(start);
            token.setStopIndex(stop);
            return token;
        }

        @Override
        public CommonToken create(int type, String text) {
            token.setType(type);
            token.setText(text);
            return token;
        }
    }

    /** The text as the lexer's input, read in place; only for text whose chars are all code points. */
    static final class StringCharStream implements CharStream {
        private final String text;
        private final int length;
        private int index;

        StringCharStream(String text) {
            this.text = text;
            this.length = text.length();
        }

        @Override
        public void consume() {
            if (index >= length) {
                throw new IllegalStateException("cannot consume EOF");
            }
            index++;
        }

        @Override
        public int LA(int i) {
            if (i > 0) {
                int at = index + i - 1;
                return at < length ? text.charAt(at) : IntStream.EOF;
            }
            if (i < 0) {
                int at = index + i;
                return at >= 0 ? text.charAt(at) : IntStream.EOF;
            }
            return 0; // undefined
        }

        @Override
        public int mark() {
            return -1;
        }

        @Override
        public void release(int marker) {
        }

        @Override
        public int index() {
            return index;
        }

        @Override
        public void seek(int to) {
            index = Math.min(Math.max(to, 0), length);
        }

        @Override
        public int size() {
            return length;
        }

        @Override
        public String getSourceName() {
            return IntStream.UNKNOWN_SOURCE_NAME;
        }

        @Override
        public String getText(Interval interval) {
            int from = Math.min(interval.a, length);
            int to = Math.min(interval.b, length - 1);
            return from > to ? "" : text.substring(from, to + 1);
        }
    }

    /** Null when every code point is one char (no surrogate pairs): offsets then need no mapping. */
    private static int[] codePointToCharOffsets(String text) {
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            return null;
        }
        int[] map = new int[codePoints + 1];
        int charIndex = 0;
        for (int cp = 0; cp < codePoints; cp++) {
            map[cp] = charIndex;
            charIndex += Character.charCount(text.codePointAt(charIndex));
        }
        map[codePoints] = text.length();
        return map;
    }

    static int toChar(int[] map, int codePointIndex) {
        return map == null ? codePointIndex : map[Math.min(codePointIndex, map.length - 1)];
    }
}
