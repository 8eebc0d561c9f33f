package dev.clawc.diag;

import java.util.List;

/**
 * A machine-applicable change that resolves a diagnostic: a description and text edits on the
 * source. Edits replace spans of the original text, so bytes outside them stay as they are.
 */
public record Fix(String description, List<Edit> edits) {

    public Fix {
        edits = List.copyOf(edits);
    }

    public static Fix replace(String description, Span span, String replacement) {
        return new Fix(description, List.of(new Edit(span, replacement)));
    }

    /** Replace the text of {@code span} with {@code replacement} (an empty span inserts). */
    public record Edit(Span span, String replacement) {
    }
}
