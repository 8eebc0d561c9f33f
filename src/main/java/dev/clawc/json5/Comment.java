package dev.clawc.json5;

import dev.clawc.diag.Span;

/**
 * A comment and where it sits relative to the node it is attached to: on the lines before it,
 * at the end of its last line, or inside an otherwise empty container.
 */
public record Comment(Span span, Style style, Placement placement) {

    public enum Style { LINE, BLOCK }

    public enum Placement { LEADING, TRAILING, INNER }

    /** The comment's text without its delimiters. */
    public String body() {
        String raw = span.text();
        return style == Style.LINE ? raw.substring(2) : raw.substring(2, raw.length() - 2);
    }
}
