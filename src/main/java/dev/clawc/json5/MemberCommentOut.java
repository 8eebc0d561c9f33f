package dev.clawc.json5;

import dev.clawc.diag.Fix;
import dev.clawc.diag.SourceFile;
import dev.clawc.diag.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an object member into a comment, keeping every byte of it: the way to take a key out of what
 * OpenClaw reads without losing what the user wrote. A member on lines of its own gets {@code // } in
 * front of each of its lines (and a line saying why above it); a member sharing a line with others is
 * wrapped in a block comment, which is impossible when its text holds a comment end.
 */
public final class MemberCommentOut {
    private MemberCommentOut() {
    }

    /** The edits, or null when the member cannot become a comment. {@code why} must be one line. */
    public static List<Fix.Edit> edits(Json5Member member, String why) {
        Span span = member.span();
        SourceFile file = span.file();
        String text = file.text();
        int end = skipBlanks(text, span.end());
        end = end < text.length() && text.charAt(end) == ',' ? end + 1 : span.end();
        int firstLine = file.lineOf(span.start());
        int lastLine = file.lineOf(end);
        boolean ownFirstLine = text.substring(file.lineStart(firstLine), span.start()).isBlank();
        int rest = skipBlanks(text, end);
        boolean ownLastLine = rest >= file.lineEnd(lastLine) || text.startsWith("//", rest);
        if (ownFirstLine && ownLastLine) {
            return lineComments(file, firstLine, lastLine, span.start(), why);
        }
        String inner = text.substring(span.start(), end);
        if (inner.contains("*/")) {
            return null;
        }
        return List.of(new Fix.Edit(file.span(span.start(), span.start()), "/* " + why + ": "),
                new Fix.Edit(file.span(end, end), " */"));
    }

    private static List<Fix.Edit> lineComments(SourceFile file, int firstLine, int lastLine, int start, String why) {
        String text = file.text();
        String indent = text.substring(file.lineStart(firstLine), start);
        List<Fix.Edit> edits = new ArrayList<>();
        edits.add(new Fix.Edit(file.span(start, start), "// " + why + "\n" + indent + "// "));
        for (int line = firstLine + 1; line <= lastLine; line++) {
            int at = skipBlanks(text, file.lineStart(line));
            if (at < file.lineEnd(line)) { // blank lines stay blank
                edits.add(new Fix.Edit(file.span(at, at), "// "));
            }
        }
        return edits;
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
