package dev.clawc.diag;

/**
 * Display columns within one source line, for the human renderer: tabs expanded, control characters shown as
 * symbols, wide characters counted twice. A checkpoint every {@link #STEP} characters holds the width (and the tab
 * column) reached there, so a column far into a long line is measured from the nearest checkpoint, not from the
 * line's start: 200 findings on one line of a megabyte cost one pass over the line and 200 short scans, where a scan
 * from the start per finding cost 200 passes. Built once per rendered line.
 */
final class LineLayout {
    static final int TAB_WIDTH = 4;
    /** Characters between checkpoints. */
    static final int STEP = 1024;

    private final String raw;
    private final String shown;
    private final int shownWidth;
    // raw line: checkpoint k at char rawAt[k] (a code point boundary); display text length and width before it
    private final int[] rawAt;
    private final int[] rawColumn;
    private final int[] rawWidth;
    // the shown (redacted, display) text: checkpoint k at char shownAt[k], width before it
    private final int[] shownAt;
    private final int[] shownWidthAt;
    /** Characters scanned after the build, for the tests: it shows that a lookup does not rescan the line. */
    private long scanned;

    /**
     * @param raw the line as in the file: the offsets whose columns are asked are offsets in it
     * @param redacted the same line with secrets masked: what is printed, measured on its own
     */
    LineLayout(String raw, String redacted) {
        this.raw = raw;
        int n = raw.length() / STEP + 1;
        rawAt = new int[n];
        rawColumn = new int[n];
        rawWidth = new int[n];
        int column = 0;
        int width = 0;
        int at = 0;
        for (int k = 1; k < n; k++) {
            int next = boundary(raw, k * STEP);
            String display = displayText(raw.substring(at, next), column);
            column += display.length();
            width += TextWidth.of(display);
            rawAt[k] = next;
            rawColumn[k] = column;
            rawWidth[k] = width;
            at = next;
        }
        shown = displayText(redacted, 0);
        int m = shown.length() / STEP + 1;
        shownAt = new int[m];
        shownWidthAt = new int[m];
        width = 0;
        at = 0;
        for (int k = 1; k < m; k++) {
            int next = boundary(shown, k * STEP);
            width += TextWidth.of(shown.substring(at, next));
            shownAt[k] = next;
            shownWidthAt[k] = width;
            at = next;
        }
        shownWidth = width + TextWidth.of(shown.substring(at));
    }

    /** The text printed for the line. */
    String shown() {
        return shown;
    }

    /** Its width in columns. */
    int shownWidth() {
        return shownWidth;
    }

    /** The display column (0-based) of a char offset within the raw line (clamped to it). */
    int column(int offset) {
        int o = Math.max(0, Math.min(offset, raw.length()));
        int k = o / STEP;
        if (rawAt[k] > o) {
            k--;
        }
        scanned += o - rawAt[k];
        return rawWidth[k] + TextWidth.of(displayText(raw.substring(rawAt[k], o), rawColumn[k]));
    }

    /** The code points of the shown text whose columns lie in {@code [from, to)}. */
    String slice(int from, int to) {
        // the last checkpoint before `from`: every code point before it ends at or before it, so left of `from`
        int lo = 0;
        int hi = shownWidthAt.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (shownWidthAt[mid] < from) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        StringBuilder out = new StringBuilder();
        int column = shownWidthAt[lo];
        for (int i = shownAt[lo]; i < shown.length() && column <= to; ) {
            int cp = shown.codePointAt(i);
            int w = TextWidth.of(cp);
            if (column >= from && column + w <= to) {
                out.appendCodePoint(cp);
            }
            column += w;
            i += Character.charCount(cp);
            scanned++;
        }
        return out.toString();
    }

    long scanned() {
        return scanned;
    }

    /** {@code at}, or one past it when it would split a surrogate pair. */
    private static int boundary(String s, int at) {
        if (at >= s.length()) {
            return s.length();
        }
        return Character.isLowSurrogate(s.charAt(at)) && Character.isHighSurrogate(s.charAt(at - 1)) ? at + 1 : at;
    }

    /**
     * Tabs to spaces (to the next multiple of {@link #TAB_WIDTH}, counted from {@code column}, the display length
     * before the text), control characters to their visible symbols (U+2400 block).
     */
    static String displayText(String text, int column) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = null;
            if (c == '\t') {
                replacement = " ".repeat(TAB_WIDTH - (column % TAB_WIDTH));
            } else if (c < 0x20) {
                replacement = String.valueOf((char) (0x2400 + c));
            } else if (c == 0x7F) {
                replacement = "\u2421";
            } else if (c == '\uFEFF') {
                replacement = "\u2060";
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
            column += replacement != null ? replacement.length() : 1;
        }
        return out == null ? text : out.toString();
    }
}
