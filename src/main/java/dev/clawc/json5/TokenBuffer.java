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
        // Without surrogate pairs every char is a code point: the lexer reads the String in place
        // instead of a copy of it as code points.
        JSON5Lexer lexer = new JSON5Lexer(charOffset == null ? new StringCharStream(text) : CharStreams.fromString(text));
        lexer.removeErrorListeners(); // lexing is total: bad text becomes error tokens
        lexer.setTokenFactory(new ReusedToken()); // each token is copied into the arrays at once

        int capacity = Math.max(16, text.length() / 4);
        int[] type = new int[capacity];
        int[] start = new int[capacity];
        int[] end = new int[capacity];
        int[] commentsUpTo = new int[capacity];
        int count = 0;

        int[] cStart = new int[8];
        int[] cEnd = new int[8];
        boolean[] cBlock = new boolean[8];
        int commentCount = 0;

        while (true) {
            Token token = lexer.nextToken();
            int tokenType = token.getType();
            int from = toChar(charOffset, token.getStartIndex());
            int to = tokenType == Token.EOF ? text.length() : toChar(charOffset, token.getStopIndex() + 1);
            if (tokenType == Token.EOF) {
                from = text.length();
            }
            if (token.getChannel() == Token.HIDDEN_CHANNEL) {
                if (commentCount == cStart.length) {
                    cStart = Arrays.copyOf(cStart, commentCount * 2);
                    cEnd = Arrays.copyOf(cEnd, commentCount * 2);
                    cBlock = Arrays.copyOf(cBlock, commentCount * 2);
                }
                cStart[commentCount] = from;
                cEnd[commentCount] = to;
                cBlock[commentCount] = tokenType == JSON5Lexer.BLOCK_COMMENT;
                commentCount++;
                continue;
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
            if (tokenType == Token.EOF) {
                break;
            }
        }
        return new TokenBuffer(type, start, end, count, cStart, cEnd, cBlock, commentCount, commentsUpTo);
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
    private static final class StringCharStream implements CharStream {
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

    private static int toChar(int[] map, int codePointIndex) {
        return map == null ? codePointIndex : map[Math.min(codePointIndex, map.length - 1)];
    }
}
