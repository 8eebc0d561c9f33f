package dev.clawc.json5;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes lone surrogates ({@code "\ud800"} in the source) as {@code \ud800} escapes instead of
 * letting the UTF-8 encoder turn each into {@code ?}, which would make distinct keys look equal.
 * Used on JSON output, where a surrogate can only occur inside a string, so the escape is exact.
 */
final class LoneSurrogateEscaper extends FilterWriter {
    private int pendingHigh = -1;

    LoneSurrogateEscaper(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (pendingHigh >= 0) {
            int high = pendingHigh;
            pendingHigh = -1;
            if (Character.isLowSurrogate(ch)) {
                out.write(high);
                out.write(ch);
                return;
            }
            escape(high);
        }
        if (Character.isHighSurrogate(ch)) {
            pendingHigh = ch;
        } else if (Character.isLowSurrogate(ch)) {
            escape(ch);
        } else {
            out.write(ch);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(buffer[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }

    @Override
    public void flush() throws IOException {
        if (pendingHigh >= 0) {
            escape(pendingHigh);
            pendingHigh = -1;
        }
        super.flush();
    }

    private void escape(int c) throws IOException {
        out.write(String.format("\\u%04x", c));
    }
}
