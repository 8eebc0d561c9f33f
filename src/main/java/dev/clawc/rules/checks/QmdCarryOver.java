package dev.clawc.rules.checks;

import dev.clawc.diag.Fix;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5Key;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * OpenClaw 2026.9.6's doctor migration {@code runtime.memory-qmd-retired} for {@code memory.qmd}, as an edit: the QMD
 * block goes, and what it still means for the built-in engine is written in its place as {@code memory.search}:
 * {@code qmd.paths[]} become {@code extraPaths} ({@code path}, or {@code { path, pattern }} with a pattern, trimmed,
 * duplicates dropped) and {@code qmd.sessions.enabled: true} becomes {@code experimental.sessionMemory: true} with
 * {@code sources: ["memory", "sessions"]}. Everything else in the block (command, limits, update, scope...) has no
 * meaning without the QMD backend, which is why OpenClaw drops it. Offered only when {@code memory.search} is absent:
 * merging into an existing one is a judgement call.
 */
final class QmdCarryOver {
    private QmdCarryOver() {
    }

    /** The fix for {@code qmd} (a member of {@code memory}), or null when it cannot be written safely. */
    static Fix fix(Json5Object memory, Json5Member qmd) {
        if (memory.member("search") != null) {
            return null;
        }
        List<String> carried = new ArrayList<>();
        Json5Key like = qmd.key();
        if (qmd.value() instanceof Json5Object block) {
            List<String> paths = extraPaths(block, like);
            if (!paths.isEmpty()) {
                carried.add(key("extraPaths", like) + ": [" + String.join(", ", paths) + "]");
            }
            if (block.member("sessions") != null && block.member("sessions").value() instanceof Json5Object sessions
                    && sessions.member("enabled") != null && sessions.member("enabled").value() instanceof Json5Boolean on && on.value()) {
                carried.add(key("experimental", like) + ": { " + key("sessionMemory", like) + ": true }");
                carried.add(key("sources", like) + ": [" + RuleSupport.jsonString("memory") + ", " + RuleSupport.jsonString("sessions") + "]");
            }
        }
        if (carried.isEmpty()) {
            return new Fix("remove `qmd`", RetiredKey.removal(qmd));
        }
        String search = key("search", like) + ": { " + String.join(", ", carried) + " }";
        List<Fix.Edit> kept = RetiredKey.commentsBefore(qmd);
        if (kept == null) {
            return null; // comments inside a block that shares its line: they could not be kept
        }
        List<Fix.Edit> edits = new ArrayList<>(kept);
        edits.add(new Fix.Edit(qmd.span(), search));
        return new Fix("replace `qmd` with `search` (its paths and session indexing)", edits);
    }

    /** The external paths of {@code qmd.paths[]} as {@code extraPaths} entries, in order, without duplicates. */
    private static List<String> extraPaths(Json5Object block, Json5Key like) {
        if (block.member("paths") == null || !(block.member("paths").value() instanceof Json5Array list)) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (Json5Value element : list.elements()) {
            if (!(element instanceof Json5Object entry) || entry.member("path") == null
                    || !(entry.member("path").value() instanceof Json5String p) || p.value().trim().isEmpty()) {
                continue;
            }
            String path = p.value().trim();
            String pattern = entry.member("pattern") != null && entry.member("pattern").value() instanceof Json5String s
                    ? s.value().trim() : "";
            if (!seen.add(path + "\0" + pattern)) {
                continue;
            }
            out.add(pattern.isEmpty() ? RuleSupport.jsonString(path)
                    : "{ " + key("path", like) + ": " + RuleSupport.jsonString(path) + ", " + key("pattern", like) + ": " + RuleSupport.jsonString(pattern) + " }");
        }
        return out;
    }

    private static String key(String name, Json5Key like) {
        return MemberMove.keyText(name, like);
    }

}
