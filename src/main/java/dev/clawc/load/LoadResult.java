package dev.clawc.load;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Value;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What loading produced.
 *
 * @param value         the config after includes and {@code ${VAR}} substitution, or null when the
 *                      root file had no value. Every node's span points into the file it was written in.
 * @param diagnostics   the load stage's findings, including syntax findings of included files (the
 *                      root file's own parse findings are not repeated)
 * @param files         every file read, the root first
 * @param substitutions for each string node produced by substitution (compared by identity), how
 *                      it was produced
 * @param environment   the environment after the config's {@code env} block was applied: what
 *                      OpenClaw's runtime would see
 */
public record LoadResult(Json5Value value, List<Diagnostic> diagnostics, List<SourceFile> files,
        Map<Json5Value, Substitution> substitutions, Environment environment) {

    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
        files = List.copyOf(files);
        substitutions = Collections.unmodifiableMap(new IdentityHashMap<>(substitutions));
    }

    /** How a node was substituted, or null when it is as written. */
    public Substitution substitution(Json5Value node) {
        return substitutions.get(node);
    }

    public boolean hasErrors() {
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.severity() == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }
}
