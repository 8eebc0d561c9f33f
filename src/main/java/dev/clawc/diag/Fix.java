package dev.clawc.diag;

import java.util.List;

/**
 * A machine-applicable change that resolves a diagnostic: a description and text edits on the
 * source. Edits replace spans of the original text, so bytes outside them stay as they are.
 *
 * <p>An unsafe fix keeps every byte but changes what OpenClaw reads (commenting out a key it does not
 * know drops that setting from the running config): `clawc fix` applies it only when asked
 * ({@code --unsafe-fixes}), like ruff's unsafe fixes.
 *
 * <p>{@code alternative} is tried in its place when this fix is withheld because it would do harm (a did-you-mean
 * rename onto a key whose value does not fit there falls back to commenting the key out), or null.
 */
public record Fix(String description, List<Edit> edits, boolean unsafe, Fix alternative) {

    public Fix {
        edits = List.copyOf(edits);
    }

    public Fix(String description, List<Edit> edits, boolean unsafe) {
        this(description, edits, unsafe, null);
    }

    public Fix(String description, List<Edit> edits) {
        this(description, edits, false, null);
    }

    /** This fix with {@code fallback} to try when it is withheld. */
    public Fix orElse(Fix fallback) {
        return new Fix(description, edits, unsafe, fallback);
    }

    public static Fix replace(String description, Span span, String replacement) {
        return new Fix(description, List.of(new Edit(span, replacement)));
    }

    /** Replace the text of {@code span} with {@code replacement} (an empty span inserts). */
    public record Edit(Span span, String replacement) {
    }
}
