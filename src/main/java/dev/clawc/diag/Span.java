package dev.clawc.diag;

/**
 * A half-open range {@code [start, end)} of char offsets in a source file. Lines and columns are
 * 1-based and computed on demand from the file's line table; the end column is exclusive (the column
 * just after the last character), as in LSP and SARIF.
 */
public record Span(SourceFile file, int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int startLine() {
        return file.lineOf(start);
    }

    public int startColumn() {
        return file.columnOf(start);
    }

    public int endLine() {
        return file.lineOf(end);
    }

    public int endColumn() {
        return file.columnOf(end);
    }

    public int length() {
        return end - start;
    }

    public String text() {
        return file.text().substring(start, end);
    }

    /** The smallest span covering both. */
    public Span to(Span other) {
        return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
    }

    @Override
    public String toString() {
        return file.displayName() + ":" + startLine() + ":" + startColumn();
    }
}
