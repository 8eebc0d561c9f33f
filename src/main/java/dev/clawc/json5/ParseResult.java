package dev.clawc.json5;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.diag.SourceFile;
import java.util.List;

/**
 * What reading one file produced: the value (null when nothing could be read) and the findings.
 * With syntax errors the value is the best the reader could recover; use it for further checks
 * only with care.
 */
public record ParseResult(SourceFile file, Json5Value value, List<Diagnostic> diagnostics) {

    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
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
