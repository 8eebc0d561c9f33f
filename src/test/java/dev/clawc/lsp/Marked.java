package dev.clawc.lsp;

import org.eclipse.lsp4j.Position;

/** Test text with a cursor written as {@code |}: the text without it and the cursor's LSP position. */
record Marked(String text, Position cursor) {
    static Marked of(String marked) {
        int at = marked.indexOf('|');
        String text = marked.substring(0, at) + marked.substring(at + 1);
        return new Marked(text, new Positions(text).position(at));
    }
}
