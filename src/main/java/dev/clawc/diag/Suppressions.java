package dev.clawc.diag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppression comments: {@code // clawc-ignore RULE[, RULE...]: reason}. After code on a line it silences those
 * rules' findings that start on that line; alone on its line it silences them on the next line. The reason is
 * free text (kept for reviewers). The language server's "suppress" action writes exactly this form. A rule named
 * in a comment that silences nothing is reported (info), so stale suppressions do not pile up.
 */
public final class Suppressions {
    public static final String UNUSED = "unused-suppression";
    private static final Pattern COMMENT = Pattern.compile("//\\s*clawc-ignore\\s+([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9-]+");

    /** Its metadata, listed by the registry with the stage rules. */
    public static final List<RuleMeta> RULES = List.of(RuleMeta.ofStage("diag", UNUSED, Severity.INFO, false,
            "A `// clawc-ignore` comment names a rule that has no finding there (or no rule clawc has)."));

    /** One rule named by one comment, with where the name is written. */
    private record Entry(String rule, int target, Span where) {
    }

    private Suppressions() {
    }

    /** The findings no suppression comment in their own file silences, in their order. */
    public static List<Diagnostic> apply(List<Diagnostic> findings) {
        return apply(findings, List.of(), null).kept();
    }

    /** The findings kept, and one info finding per suppression that silenced nothing. */
    public record Outcome(List<Diagnostic> kept, List<Diagnostic> unused) {
    }

    /**
     * Applies the comments of the findings' files; with {@code knownRule} non-null, also reports the rules named in
     * the comments of {@code files} that silenced nothing ({@code knownRule} tells a clawc rule from a typo).
     */
    public static Outcome apply(List<Diagnostic> findings, List<SourceFile> files, Predicate<String> knownRule) {
        Map<SourceFile, Map<Integer, List<Entry>>> byFile = new IdentityHashMap<>();
        Map<Entry, Boolean> used = new IdentityHashMap<>();
        List<Diagnostic> kept = new ArrayList<>(findings.size());
        for (Diagnostic d : findings) {
            if (d.span() == null || d.span().file() == null) {
                kept.add(d);
                continue;
            }
            SourceFile file = d.span().file();
            List<Entry> entries = byFile.computeIfAbsent(file, Suppressions::scan).get(file.lineOf(d.span().start()));
            Entry silencing = null;
            for (Entry entry : entries == null ? List.<Entry>of() : entries) {
                if (entry.rule().equals(d.rule())) {
                    silencing = entry;
                    used.put(entry, true);
                }
            }
            if (silencing == null) {
                kept.add(d);
            }
        }
        List<Diagnostic> unused = new ArrayList<>();
        if (knownRule != null) {
            for (SourceFile file : files) {
                for (List<Entry> entries : byFile.computeIfAbsent(file, Suppressions::scan).values()) {
                    for (Entry entry : entries) {
                        if (!used.containsKey(entry)) {
                            unused.add(unused(entry, knownRule.test(entry.rule())));
                        }
                    }
                }
            }
        }
        return new Outcome(kept, unused);
    }

    private static Diagnostic unused(Entry entry, boolean known) {
        var d = Diagnostic.builder(UNUSED, Severity.INFO, known
                        ? "`clawc-ignore " + entry.rule() + "` silences nothing: no `" + entry.rule() + "` finding on line " + entry.target()
                        : "`clawc-ignore " + entry.rule() + "`: `" + entry.rule() + "` is not a clawc rule")
                .at(entry.where(), known ? "nothing to silence here" : "unknown rule");
        d.help(known ? "remove `" + entry.rule() + "` from the comment (the finding it silenced is gone)"
                : "name a rule id as `clawc rules` lists them");
        return d.build();
    }

    /** Line (as SourceFile numbers them) -> the rules silenced on it, each with where it is named. */
    private static Map<Integer, List<Entry>> scan(SourceFile file) {
        Map<Integer, List<Entry>> out = new HashMap<>();
        String text = file.text();
        if (!text.contains("clawc-ignore")) {
            return out; // the common case costs one scan
        }
        for (int line = 1; line <= file.lineCount(); line++) {
            String lineText = file.lineText(line);
            Matcher m = COMMENT.matcher(lineText);
            if (!m.find()) {
                continue;
            }
            boolean alone = lineText.substring(0, m.start()).isBlank();
            int target = alone ? line + 1 : line;
            List<Entry> entries = out.computeIfAbsent(target, k -> new ArrayList<>());
            Matcher id = RULE_ID.matcher(lineText).region(m.start(1), m.end(1));
            int base = file.lineStart(line);
            while (id.find()) {
                entries.add(new Entry(id.group(), target, file.span(base + id.start(), base + id.end())));
            }
        }
        return out;
    }
}
