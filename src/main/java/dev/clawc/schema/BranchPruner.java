package dev.clawc.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps, for each failed {@code anyOf}/{@code oneOf}, only the findings of the alternative the value
 * was meant to match. An alternative whose type does not match the value, or whose discriminator
 * ({@code const} on the value or one of its direct properties) does not, is ruled out; of the rest
 * the one whose findings reach deepest into the value wins. When every alternative is ruled out by
 * type, the result is one type finding listing every accepted type.
 */
final class BranchPruner {

    private BranchPruner() {
    }

    static List<SchemaFinding> prune(List<SchemaFinding> findings, int from) {
        List<SchemaFinding> kept = new ArrayList<>();
        Map<String, List<Branching>> groups = new LinkedHashMap<>();
        for (SchemaFinding finding : findings) {
            int at = finding.mayBranch() ? combinatorAt(finding.evaluation(), from) : -1;
            if (at < 0) {
                kept.add(finding);
                continue;
            }
            String group = String.join("/", finding.evaluation().subList(0, at + 1));
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(new Branching(finding, at));
        }
        for (List<Branching> group : groups.values()) {
            kept.addAll(resolve(group));
        }
        return kept;
    }

    private static List<SchemaFinding> resolve(List<Branching> group) {
        Map<Integer, List<SchemaFinding>> branches = new LinkedHashMap<>();
        int rootDepth = Integer.MAX_VALUE;
        int next = -1;
        for (Branching b : group) {
            List<String> eval = b.finding.evaluation();
            if (eval.size() <= b.at + 1) {
                rootDepth = Math.min(rootDepth, b.finding.instance().size());
                continue; // the "0 alternatives matched" summary says nothing the branches do not
            }
            int index = Integer.parseInt(eval.get(b.at + 1));
            branches.computeIfAbsent(index, i -> new ArrayList<>()).add(b.finding);
            rootDepth = Math.min(rootDepth, b.finding.instance().size());
            next = b.at + 2;
        }
        if (branches.isEmpty()) {
            return List.of();
        }
        List<SchemaFinding> best = null;
        int bestDepth = -1;
        int bestCount = Integer.MAX_VALUE;
        for (List<SchemaFinding> branch : branches.values()) {
            if (isRuledOut(branch, rootDepth)) {
                continue;
            }
            int depth = 0;
            for (SchemaFinding finding : branch) {
                depth = Math.max(depth, finding.instance().size());
            }
            if (depth > bestDepth || (depth == bestDepth && branch.size() < bestCount)) {
                best = branch;
                bestDepth = depth;
                bestCount = branch.size();
            }
        }
        if (best == null) {
            return List.of(mergedTypeFinding(branches, rootDepth));
        }
        return prune(best, next);
    }

    private static boolean isRuledOut(List<SchemaFinding> branch, int rootDepth) {
        for (SchemaFinding finding : branch) {
            int depth = finding.instance().size();
            if (finding.keyword().equals("type") && depth == rootDepth) {
                return true;
            }
            if (finding.keyword().equals("const") && (depth == rootDepth || depth == rootDepth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Every alternative wanted another type: one finding naming them all. */
    private static SchemaFinding mergedTypeFinding(Map<Integer, List<SchemaFinding>> branches, int rootDepth) {
        Set<String> expected = new LinkedHashSet<>();
        SchemaFinding sample = null;
        for (List<SchemaFinding> branch : branches.values()) {
            for (SchemaFinding finding : branch) {
                if (finding.instance().size() != rootDepth) {
                    continue;
                }
                if (finding.keyword().equals("type")) {
                    sample = sample == null ? finding : sample;
                    expected.add(finding.argument(1));
                } else if (finding.keyword().equals("const")) {
                    sample = sample == null ? finding : sample;
                }
            }
        }
        if (sample == null) {
            sample = branches.values().iterator().next().get(0);
        }
        return new SchemaFinding("type", sample.instance(), sample.evaluation(), sample.schemaLocation(), null,
                new Object[] {sample.argument(0), String.join(",", expected)});
    }

    /** Index of the first `anyOf`/`oneOf` keyword at or after {@code from} in an evaluation path, or -1. */
    private static int combinatorAt(List<String> evaluation, int from) {
        for (int i = from; i < evaluation.size(); i++) {
            String segment = evaluation.get(i);
            if ((segment.equals("anyOf") || segment.equals("oneOf"))
                    && (i + 1 == evaluation.size() || evaluation.get(i + 1).matches("\\d+"))) {
                return i;
            }
        }
        return -1;
    }

    private record Branching(SchemaFinding finding, int at) {
    }
}
