package dev.clawc.diag;

import java.util.Arrays;

/**
 * The decoded text of one input file plus a table of line starts, so that offsets turn into
 * 1-based line and column numbers (columns count Unicode code points, as editors do).
 * Line breaks are LF, CRLF and a lone CR.
 */
public final class SourceFile {
    private final String displayName;
    private final String text;
    private final int[] lineStarts;

    public SourceFile(String displayName, String text) {
        this.displayName = displayName;
        this.text = text;
        this.lineStarts = computeLineStarts(text);
    }

    /** The name diagnostics show: the path as the user gave it, or {@code <stdin>}. */
    public String displayName() {
        return displayName;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line of a char offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of a char offset, in code points from the start of its line. */
    public int columnOf(int offset) {
        int lineStart = lineStarts[lineOf(offset) - 1];
        int clamped = Math.min(offset, text.length());
        return text.codePointCount(lineStart, clamped) + 1;
    }

    /** Char offset where a 1-based line starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** Char offset just past the last character of a line, line break excluded. */
    public int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > lineStarts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** The text of a 1-based line without its line break. */
    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    public Span span(int start, int end) {
        return new Span(this, start, end);
    }

    private static int[] computeLineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
