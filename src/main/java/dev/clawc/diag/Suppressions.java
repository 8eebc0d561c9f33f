package dev.clawc.diag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppression comments: {@code // clawc-ignore RULE[, RULE...]: reason}. After code on a line it silences those
 * rules' findings that start on that line; alone on its line it silences them on the next line. The reason is
 * free text (kept for reviewers). The language server's "suppress" action writes exactly this form.
 */
public final class Suppressions {
    private static final Pattern COMMENT = Pattern.compile("//\\s*clawc-ignore\\s+([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");

    private Suppressions() {
    }

    /** The findings no suppression comment in their own file silences, in their order. */
    public static List<Diagnostic> apply(List<Diagnostic> findings) {
        Map<SourceFile, Map<Integer, Set<String>>> byFile = new IdentityHashMap<>();
        List<Diagnostic> kept = new ArrayList<>(findings.size());
        for (Diagnostic d : findings) {
            if (d.span() == null || d.span().file() == null) {
                kept.add(d);
                continue;
            }
            SourceFile file = d.span().file();
            Map<Integer, Set<String>> lines = byFile.computeIfAbsent(file, Suppressions::scan);
            Set<String> silenced = lines.get(file.lineOf(d.span().start()));
            if (silenced == null || !silenced.contains(d.rule())) {
                kept.add(d);
            }
        }
        return kept;
    }

    /** Line (as SourceFile numbers them) -> rules silenced on it. */
    static Map<Integer, Set<String>> scan(SourceFile file) {
        Map<Integer, Set<String>> out = new HashMap<>();
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
            Set<String> rules = out.computeIfAbsent(target, k -> new HashSet<>());
            for (String rule : m.group(1).split("\\s*,\\s*")) {
                rules.add(rule);
            }
        }
        return out;
    }
}
