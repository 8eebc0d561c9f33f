package dev.clawc.lsp;

import java.util.Arrays;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Offsets to LSP positions and back. LSP counts columns in UTF-16 code units, which is what a Java
 * char offset is, so only the line table is needed (unlike {@code SourceFile}, whose columns are code points).
 */
final class Positions {
    private final String text;
    private final int[] lineStarts;

    Positions(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    String text() {
        return text;
    }

    Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int i = Arrays.binarySearch(lineStarts, clamped);
        int line = i >= 0 ? i : -i - 2;
        return new Position(line, clamped - lineStarts[line]);
    }

    Range range(int start, int end) {
        return new Range(position(start), position(end));
    }

    /** The offset of a position; positions past a line's end or the text's end are clamped, as LSP asks. */
    int offset(Position position) {
        if (position.getLine() >= lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[position.getLine()];
        int end = position.getLine() + 1 < lineStarts.length ? lineStarts[position.getLine() + 1] : text.length();
        return Math.min(start + Math.max(0, position.getCharacter()), end);
    }

    /** Offset where the 0-based line starts. */
    int lineStart(int line) {
        return lineStarts[Math.min(line, lineStarts.length - 1)];
    }

    /** The 0-based line's text, line break excluded. */
    String lineText(int line) {
        int start = lineStart(line);
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }
}
