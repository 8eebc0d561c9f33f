package dev.clawc.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a file's report readable and its cost bounded: at most {@link #MAX_PER_FILE} findings,
 * then one line saying how many more there were. A stage that stops early (the schema mapper)
 * leaves a marker with its own uncounted rest, which is added to the total here.
 */
public final class FindingCap {
    public static final String RULE = "too-many-findings";
    public static final int MAX_PER_FILE = 200;
    private static final String PREFIX = "and ";

    /** Its metadata, listed by the registry with the stage rules. */
    public static final List<RuleMeta> RULES = List.of(RuleMeta.ofStage("diag", RULE, Severity.INFO, false,
            "More than 200 findings in one file: the rest are counted, not shown."));

    private FindingCap() {
    }

    /** A marker for {@code count} findings a stage did not build. */
    public static Diagnostic more(int count, String fileName) {
        return Diagnostic.builder(RULE, Severity.INFO, PREFIX + count + " more finding(s) in this file not shown")
                .file(fileName)
                .note("clawc shows the first " + MAX_PER_FILE + " findings of a file; fix those and run it again")
                .build();
    }

    /** The first {@link #MAX_PER_FILE} findings in order, then one marker counting every finding left out. */
    public static List<Diagnostic> cap(List<Diagnostic> ordered, String fileName) {
        long hidden = 0;
        List<Diagnostic> kept = new ArrayList<>(Math.min(ordered.size(), MAX_PER_FILE + 1));
        for (Diagnostic d : ordered) {
            if (d.rule().equals(RULE)) {
                hidden += countOf(d);
            } else if (kept.size() < MAX_PER_FILE) {
                kept.add(d);
            } else {
                hidden++;
            }
        }
        if (hidden > 0) {
            kept.add(more((int) Math.min(Integer.MAX_VALUE, hidden), fileName));
        }
        return kept;
    }

    private static long countOf(Diagnostic marker) {
        String text = marker.message().substring(PREFIX.length());
        return Long.parseLong(text.substring(0, text.indexOf(' ')));
    }
}
