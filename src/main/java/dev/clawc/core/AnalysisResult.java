package dev.clawc.core;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.VersionChoice;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Value;
import dev.clawc.load.LoadResult;
import java.util.List;

/**
 * One input's outcome, sorted findings first. {@code file}, {@code value}, {@code version}, {@code load}
 * and {@code model} are null when the input could not be read; {@code model} is also null when the
 * value is not an object.
 *
 * @param displayName the name findings print (a path as given, or {@code <stdin>})
 * @param file        the decoded root file
 * @param value       the value after {@code $include} and {@code ${VAR}}, as OpenClaw would load it
 * @param diagnostics every finding of every stage, with rule overrides applied, in file order
 * @param ioFailure   the input (or an env file) could not be read: exit status 2, not 1
 * @param version     the release checked against and why it was chosen
 * @param load        the loader's output (files read, environment, provenance of substituted strings)
 * @param model       the typed config the rules ran on
 */
public record AnalysisResult(String displayName, SourceFile file, Json5Value value, List<Diagnostic> diagnostics,
        boolean ioFailure, VersionChoice version, LoadResult load, ConfigModel model) {

    public AnalysisResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** An input that produced no text, only problems (unreadable, too large, a bad env file). */
    public static AnalysisResult unreadable(String displayName, SourceFile file, List<Diagnostic> problems, boolean ioFailure) {
        return new AnalysisResult(displayName, file, null, problems, ioFailure, null, null, null);
    }

    /** A text that was parsed only (for `parse`): no load, schema or rules. */
    public static AnalysisResult parsedOnly(String displayName, SourceFile file, Json5Value value, List<Diagnostic> diagnostics) {
        return new AnalysisResult(displayName, file, value, diagnostics, false, null, null, null);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** The findings at or above a severity. */
    public List<Diagnostic> atLeast(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity().compareTo(severity) >= 0).toList();
    }
}
