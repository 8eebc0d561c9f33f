package dev.clawc.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Renders diagnostics the way rustc does: a header with severity and rule id, the location, a code
 * frame with the offending text underlined and labelled, then notes and help. Secrets in source
 * lines and messages are masked. Colour is used only when asked for.
 */
public final class HumanRenderer {
    private static final int MAX_LINE_WIDTH = 140;

    private final Ansi ansi;
    /**
     * Lines already laid out for display: 200 findings on one 80,000-character line redact and measure it once, and
     * each finding's columns are found from a checkpoint near it (a scan from the line's start per finding made the
     * report of N findings on one line cost N times the line).
     */
    private final java.util.Map<SourceFile, java.util.Map<Integer, LineLayout>> layouts = new java.util.IdentityHashMap<>();

    public HumanRenderer(boolean color) {
        this.ansi = new Ansi(color);
    }

    public String render(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        String severityColor = severityColor(d.severity());
        out.append(ansi.paint(d.severity().label() + "[" + d.rule() + "]", severityColor + Ansi.BOLD))
                .append(ansi.paint(": " + Secrets.maskKeyShaped(d.message()), Ansi.BOLD))
                .append('\n');

        List<Mark> marks = new ArrayList<>();
        if (d.span() != null) {
            marks.add(new Mark(d.span(), d.label(), true));
        }
        for (Label label : d.labels()) {
            if (d.span() != null && label.span().file() == d.span().file()) {
                marks.add(new Mark(label.span(), label.message(), false));
            }
        }
        int maxLine = 1;
        for (Mark mark : marks) {
            maxLine = Math.max(maxLine, mark.span.startLine());
        }
        String gutter = " ".repeat(String.valueOf(maxLine).length());

        out.append(gutter).append(ansi.paint("--> ", Ansi.BLUE + Ansi.BOLD));
        if (d.span() != null) {
            out.append(d.span().file().displayName()).append(':').append(d.span().startLine()).append(':')
                    .append(d.span().startColumn());
        } else {
            out.append(d.fileName() == null ? "<unknown>" : d.fileName());
        }
        out.append('\n');

        if (!marks.isEmpty()) {
            renderFrame(out, marks, gutter, severityColor + Ansi.BOLD);
        }
        for (Label label : d.labels()) {
            if (d.span() == null || label.span().file() != d.span().file()) {
                out.append(gutter).append(ansi.paint(" = ", Ansi.BLUE + Ansi.BOLD)).append(ansi.paint("note", Ansi.BOLD))
                        .append(": ").append(Secrets.maskKeyShaped(label.message())).append(" (")
                        .append(label.span()).append(")\n");
            }
        }
        for (String note : d.notes()) {
            appendFooter(out, gutter, "note", note);
        }
        for (String help : d.help()) {
            appendFooter(out, gutter, "help", help);
        }
        return out.toString();
    }

    private void appendFooter(StringBuilder out, String gutter, String kind, String text) {
        String[] lines = Secrets.maskKeyShaped(text).split("\n", -1);
        out.append(gutter).append(ansi.paint(" = ", Ansi.BLUE + Ansi.BOLD)).append(ansi.paint(kind, Ansi.BOLD))
                .append(": ").append(lines[0]).append('\n');
        String indent = gutter + "   " + " ".repeat(kind.length() + 2);
        for (int i = 1; i < lines.length; i++) {
            out.append(indent).append(lines[i]).append('\n');
        }
    }

    private void renderFrame(StringBuilder out, List<Mark> marks, String gutter, String primaryColor) {
        SourceFile file = marks.get(0).span.file();
        TreeMap<Integer, List<Mark>> byLine = new TreeMap<>();
        for (Mark mark : marks) {
            byLine.computeIfAbsent(mark.span.startLine(), k -> new ArrayList<>()).add(mark);
        }
        String bar = ansi.paint("|", Ansi.BLUE + Ansi.BOLD);
        out.append(gutter).append(' ').append(bar).append('\n');
        int previous = -1;
        for (var entry : byLine.entrySet()) {
            int line = entry.getKey();
            if (previous > 0 && line - previous == 2) {
                appendSourceLine(out, file, previous + 1, gutter, bar, null);
            } else if (previous > 0 && line - previous > 2) {
                out.append(ansi.paint("...", Ansi.BLUE + Ansi.BOLD)).append('\n');
            }
            List<Mark> lineMarks = entry.getValue();
            lineMarks.sort(Comparator.comparingInt((Mark m) -> m.span.start()));
            Window window = appendSourceLine(out, file, line, gutter, bar, lineMarks);
            for (Mark mark : lineMarks) {
                appendUnderline(out, file, line, mark, gutter, bar, window, primaryColor);
            }
            previous = line;
        }
        out.append(gutter).append(' ').append(bar).append('\n');
    }

    /** Which display columns of a long line are shown (the rest is cut and marked with `…`). */
    private record Window(int from, int to, boolean cutLeft) {
    }

    private Window appendSourceLine(StringBuilder out, SourceFile file, int line, String gutter, String bar,
            List<Mark> marks) {
        LineLayout layout = layout(file, line);
        int width = layout.shownWidth();
        Window window = new Window(0, width, false);
        if (width > MAX_LINE_WIDTH && marks != null) {
            int focus = displayColumn(file, line, marks.get(0).span.start());
            int from = Math.max(0, focus - 40);
            window = new Window(from, Math.min(width, from + MAX_LINE_WIDTH - 10), from > 0);
        } else if (width > MAX_LINE_WIDTH) {
            window = new Window(0, MAX_LINE_WIDTH - 10, false);
        }
        String number = String.valueOf(line);
        out.append(ansi.paint(" ".repeat(gutter.length() - number.length()) + number, Ansi.BLUE + Ansi.BOLD))
                .append(' ').append(bar);
        String slice = layout.slice(window.from, window.to);
        if (!slice.isEmpty() || window.cutLeft) {
            out.append(' ');
        }
        if (window.cutLeft) {
            out.append('…');
        }
        out.append(slice);
        if (window.to < width) {
            out.append('…');
        }
        out.append('\n');
        return window;
    }

    private void appendUnderline(StringBuilder out, SourceFile file, int line, Mark mark, String gutter, String bar,
            Window window, String primaryColor) {
        int startCol = displayColumn(file, line, mark.span.start());
        int endOffset = mark.span.endLine() == line ? mark.span.end() : file.lineEnd(line);
        int endCol = displayColumn(file, line, Math.min(endOffset, file.lineEnd(line)));
        if (mark.span.endLine() == line && mark.span.end() > file.lineEnd(line)) {
            endCol++;
        }
        int carets = Math.max(1, endCol - startCol);
        int shift = window.from - (window.cutLeft ? 1 : 0);
        int pad = Math.max(0, startCol - shift);
        String color = mark.primary ? primaryColor : Ansi.BLUE + Ansi.BOLD;
        char marker = mark.primary ? '^' : '-';
        out.append(gutter).append(' ').append(bar).append(' ').append(" ".repeat(pad));
        StringBuilder underline = new StringBuilder().append(String.valueOf(marker).repeat(carets));
        if (mark.text != null && !mark.text.isEmpty()) {
            underline.append(' ').append(Secrets.maskKeyShaped(mark.text));
        }
        if (mark.span.endLine() > line) {
            underline.append(mark.text == null ? "" : " ").append("(to line ").append(mark.span.endLine()).append(')');
        }
        out.append(ansi.paint(underline.toString(), color)).append('\n');
    }

    private LineLayout layout(SourceFile file, int line) {
        return layouts.computeIfAbsent(file, f -> new java.util.HashMap<>())
                .computeIfAbsent(line, l -> {
                    String raw = file.lineText(l);
                    return new LineLayout(raw, LineRedactor.redact(raw));
                });
    }

    /** Display column (0-based) of an offset within its line, after tab expansion (on the raw text). */
    private int displayColumn(SourceFile file, int line, int offset) {
        return layout(file, line).column(Math.min(offset, file.lineEnd(line)) - file.lineStart(line));
    }

    /** Characters the line layouts scanned to answer column and slice questions (for the tests). */
    long layoutScans() {
        long sum = 0;
        for (var lines : layouts.values()) {
            for (LineLayout layout : lines.values()) {
                sum += layout.scanned();
            }
        }
        return sum;
    }

    private static String severityColor(Severity severity) {
        return switch (severity) {
            case ERROR -> Ansi.RED;
            case WARNING -> Ansi.YELLOW;
            case INFO -> Ansi.CYAN;
        };
    }

    private record Mark(Span span, String text, boolean primary) {
    }
}
