package dev.clawc.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies the fixes of diagnostics to one file's text. Edits replace spans of the original text, so
 * every character outside them is kept exactly (comments, quote style, trailing commas, CRLF). A fix
 * whose edits overlap an earlier accepted fix is skipped whole, never half-applied.
 */
public final class FixApplier {

    /** The new text, the fixes applied and those skipped because they collided with another. */
    public record Result(String text, List<Fix> applied, List<Fix> skipped) {
    }

    private FixApplier() {
    }

    public static Result apply(SourceFile file, List<Fix> fixes) {
        List<Fix> applied = new ArrayList<>();
        List<Fix> skipped = new ArrayList<>();
        List<Fix.Edit> accepted = new ArrayList<>();
        for (Fix fix : fixes) {
            boolean sameFile = fix.edits().stream().allMatch(e -> e.span().file() == file);
            boolean clash = !sameFile || fix.edits().stream().anyMatch(e -> accepted.stream().anyMatch(a -> overlaps(a, e)));
            if (clash) {
                skipped.add(fix);
            } else {
                accepted.addAll(fix.edits());
                applied.add(fix);
            }
        }
        accepted.sort(Comparator.comparingInt((Fix.Edit e) -> e.span().start()).thenComparingInt(e -> e.span().end()));
        StringBuilder out = new StringBuilder(file.text().length() + 64);
        String lineEnd = lineEnding(file.text());
        int at = 0;
        for (Fix.Edit edit : accepted) {
            out.append(file.text(), at, edit.span().start()).append(withLineEnding(edit.replacement(), lineEnd));
            at = edit.span().end();
        }
        out.append(file.text(), at, file.text().length());
        return new Result(out.toString(), applied, skipped);
    }

    /** The file's first line ending ({@code \r\n}, {@code \r} or {@code \n}): inserted lines use it too. */
    static String lineEnding(String text) {
        int i = text.indexOf('\n');
        int r = text.indexOf('\r');
        if (r >= 0 && (i < 0 || r < i)) {
            return r + 1 < text.length() && text.charAt(r + 1) == '\n' ? "\r\n" : "\r";
        }
        return "\n";
    }

    private static String withLineEnding(String replacement, String lineEnd) {
        if (lineEnd.equals("\n") || replacement.indexOf('\n') < 0) {
            return replacement;
        }
        StringBuilder out = new StringBuilder(replacement.length() + 8);
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '\n' && (i == 0 || replacement.charAt(i - 1) != '\r')) {
                out.append(lineEnd);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Two edits clash when their spans intersect, or both insert at the same point. */
    private static boolean overlaps(Fix.Edit a, Fix.Edit b) {
        Span x = a.span();
        Span y = b.span();
        if (x.length() == 0 && y.length() == 0) {
            return x.start() == y.start();
        }
        return x.start() < y.end() && y.start() < x.end() || x.length() == 0 && x.start() > y.start() && x.start() < y.end()
                || y.length() == 0 && y.start() > x.start() && y.start() < x.end();
    }
}
