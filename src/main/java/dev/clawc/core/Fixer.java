package dev.clawc.core;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Fix;
import dev.clawc.diag.FixApplier;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5Rules;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies the machine fixes findings carry, to a fixed point: apply every fix that does not overlap
 * another, analyse the new text, apply the fixes that are now offered, and so on. Fixes interact (a
 * rename changes what an allowlist fix must copy), so each round sees the previous round's result.
 * A round whose fixes together would add a finding at warning or above (or stop the text from parsing)
 * is applied fix by fix, keeping only the harmless ones; when no fix is harmless the set is refused.
 */
public final class Fixer {
    /** Enough for chains of dependent fixes and for a drifted file whose fixes must go one per round; a fix that keeps re-offering itself stops here. */
    static final int MAX_ROUNDS = 48;

    /**
     * @param bytes    the fixed file's bytes (byte order mark kept), or the original when nothing applies
     * @param applied  the fixes applied, over all rounds
     * @param skipped  fixes that could not be applied (they concern included files, or overlap to the end)
     * @param refusal  why the fixed text must not be written (nothing applied without harm), or null
     * @param withheld fixes left out because they would have done harm, each with why (the others were applied)
     * @param before   the analysis of the original
     * @param after    the analysis of the fixed text (the original's when nothing applied)
     * @param sources  the findings whose fixes were applied, in the order of {@code applied} (each
     *                 located in the text of the round that offered it)
     */
    public record Result(byte[] bytes, String text, List<Fix> applied, List<Fix> skipped, String refusal,
            List<Withheld> withheld, AnalysisResult before, AnalysisResult after, List<Diagnostic> sources) {
        public boolean changed() {
            return !applied.isEmpty();
        }
    }

    private Fixer() {
    }

    /** The safe fixes of the rules {@code wanted} accepts, in the file {@code displayName} holding {@code bytes}. */
    public static Result fix(String displayName, byte[] bytes, AnalysisSettings settings, Predicate<String> wanted) {
        return fix(displayName, bytes, settings, wanted, false);
    }

    /** As above; with {@code unsafe}, also the fixes that change what OpenClaw reads ({@link Fix#unsafe()}). */
    public static Result fix(String displayName, byte[] bytes, AnalysisSettings settings, Predicate<String> wanted,
            boolean unsafe) {
        AnalysisResult before = Analyzer.analyze(displayName, bytes, settings);
        AnalysisResult current = before;
        byte[] currentBytes = bytes;
        List<Fix> applied = new ArrayList<>();
        List<Diagnostic> sources = new ArrayList<>();
        List<Fix> skipped = List.of();
        Set<String> seenTexts = new HashSet<>();
        String heldBack = null;
        java.util.Map<String, Withheld> withheld = new java.util.LinkedHashMap<>();
        for (int round = 0; round < MAX_ROUNDS && current.file() != null; round++) {
            List<Fix> fixes = new ArrayList<>();
            java.util.Map<Fix, Diagnostic> offeredBy = new java.util.IdentityHashMap<>();
            for (Diagnostic d : current.diagnostics()) {
                if (d.fix() != null && wanted.test(d.rule()) && (unsafe || !d.fix().unsafe())) {
                    fixes.add(d.fix());
                    offeredBy.put(d.fix(), d);
                    if (d.fix().alternative() != null) {
                        offeredBy.put(d.fix().alternative(), d);
                    }
                }
            }
            Step step = step(displayName, bytes, current, fixes, settings);
            String harm = step == null ? null : worse(before, step.analysis);
            if (harm != null) {
                heldBack = heldBack == null ? harm : heldBack;
                step = greedy(displayName, bytes, before, current, fixes, settings, withheld, unsafe); // keep the harmless fixes
            }
            if (step == null || !seenTexts.add(step.text)) {
                break;
            }
            skipped = step.skipped;
            applied.addAll(step.applied);
            for (Fix fix : step.applied) {
                sources.add(offeredBy.get(fix));
            }
            currentBytes = step.bytes;
            current = step.analysis;
        }
        String text = current.file() == null ? null : current.file().text();
        // a fix withheld in one round may have been applied in a later one (its spans had moved)
        for (Fix fix : applied) {
            withheld.remove(fix.description());
        }
        return new Result(currentBytes, text, applied, skipped, applied.isEmpty() ? heldBack : refusal(before, current),
                applied.isEmpty() ? List.of() : List.copyOf(withheld.values()), before, current, List.copyOf(sources));
    }

    /** A fix kept out of the result, and the harm it would have done. */
    public record Withheld(Fix fix, String harm) {
    }

    private record Step(List<Fix> applied, List<Fix> skipped, String text, byte[] bytes, AnalysisResult analysis) {
    }

    /** One round: the fixes that do not overlap, applied to the current text and analysed; null when none applies. */
    private static Step step(String name, byte[] original, AnalysisResult current, List<Fix> fixes, AnalysisSettings settings) {
        FixApplier.Result result = FixApplier.apply(current.file(), fixes);
        if (result.applied().isEmpty()) {
            return null;
        }
        byte[] bytes = encode(original, result.text());
        return new Step(result.applied(), result.skipped(), result.text(), bytes, Analyzer.analyze(name, bytes, settings));
    }

    /**
     * The round's fixes one at a time, each added to those kept so far (all on the round's text, so their spans
     * still hold) and kept only when the text stays no worse than the original. A withheld fix's alternative (when
     * allowed) is tried in its place.
     */
    private static Step greedy(String name, byte[] original, AnalysisResult first, AnalysisResult current, List<Fix> fixes,
            AnalysisSettings settings, java.util.Map<String, Withheld> withheld, boolean unsafe) {
        Step kept = null;
        List<Fix> applied = new ArrayList<>();
        List<Fix> skipped = new ArrayList<>();
        List<Fix> queue = new ArrayList<>(fixes);
        for (int i = 0; i < queue.size(); i++) {
            Fix fix = queue.get(i);
            List<Fix> trial = new ArrayList<>(applied);
            trial.add(fix);
            Step one = step(name, original, current, trial, settings);
            String harm = one == null ? null : worse(first, one.analysis);
            if (one == null || harm != null || one.applied.size() < trial.size()) {
                if (harm == null) {
                    skipped.add(fix); // it overlaps a kept fix: a later round may apply it
                } else {
                    withheld.putIfAbsent(fix.description(), new Withheld(fix, harm));
                    Fix instead = fix.alternative();
                    if (instead != null && (unsafe || !instead.unsafe())) {
                        queue.add(i + 1, instead);
                    }
                }
                continue;
            }
            applied.add(fix);
            kept = new Step(List.copyOf(applied), skipped, one.text, one.bytes, one.analysis);
        }
        return kept == null ? null : new Step(kept.applied, skipped, kept.text, kept.bytes, kept.analysis);
    }

    /** Why the fixed text must not be written, or null when it is at least as good as the original. */
    static String refusal(AnalysisResult before, AnalysisResult after) {
        boolean parsedBefore = before.diagnostics().stream().noneMatch(d -> d.rule().equals(Json5Rules.SYNTAX));
        if (parsedBefore && after.diagnostics().stream().anyMatch(d -> d.rule().equals(Json5Rules.SYNTAX))) {
            return "the fixed text would not parse";
        }
        return worse(before, after);
    }

    /**
     * A finding at warning or above that {@code after} has more of than {@code before} (counted per rule and
     * severity: a fix that moves a key moves its findings' paths too), or null.
     */
    static String worse(AnalysisResult before, AnalysisResult after) {
        java.util.Map<String, Integer> old = new java.util.HashMap<>();
        for (Diagnostic d : before.atLeast(Severity.WARNING)) {
            old.merge(key(d), 1, Integer::sum);
        }
        for (Diagnostic d : after.atLeast(Severity.WARNING)) {
            if (old.merge(key(d), -1, Integer::sum) < 0) {
                return "the fix would introduce a new " + d.severity().label() + ": " + d.rule() + " at " + d.path()
                        + ": " + d.message();
            }
        }
        return null;
    }

    private static String key(Diagnostic d) {
        return d.rule() + "|" + d.severity();
    }

    /** The new text as bytes, with the original's byte order mark kept. */
    private static byte[] encode(byte[] original, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        boolean bom = original.length >= 3 && (original[0] & 0xFF) == 0xEF && (original[1] & 0xFF) == 0xBB
                && (original[2] & 0xFF) == 0xBF;
        if (!bom) {
            return body;
        }
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }
}
