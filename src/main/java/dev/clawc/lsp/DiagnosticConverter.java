package dev.clawc.lsp;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Label;
import dev.clawc.diag.Secrets;
import dev.clawc.diag.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;

/**
 * A clawc finding as an LSP diagnostic: rule id as the code (linking to its doc), message with the label,
 * notes and help lines, and labelled secondary spans as related information. Key-shaped secrets are masked,
 * as in every other output.
 */
final class DiagnosticConverter {
    static final String SOURCE = "clawc";
    private static final String DOCS = "https://github.com/clawc-dev/clawc/blob/main/rules/docs/";

    private DiagnosticConverter() {
    }

    static org.eclipse.lsp4j.Diagnostic convert(Diagnostic d, Positions positions) {
        Range range = d.span() == null ? positions.range(0, 0) : positions.range(d.span().start(), d.span().end());
        StringBuilder message = new StringBuilder(d.message());
        if (d.label() != null && !d.label().isBlank()) {
            message.append("\n").append(d.label());
        }
        for (String note : d.notes()) {
            message.append("\nnote: ").append(note);
        }
        for (String help : d.help()) {
            message.append("\nhelp: ").append(help);
        }
        org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic(range,
                Secrets.maskKeyShaped(message.toString()), severity(d.severity()), SOURCE, d.rule());
        out.setCodeDescription(new org.eclipse.lsp4j.DiagnosticCodeDescription(DOCS + d.rule() + ".md"));
        List<DiagnosticRelatedInformation> related = new ArrayList<>();
        for (Label label : d.labels()) {
            if (label.span() == null) {
                continue;
            }
            Path file = Uris.fromDisplayName(label.span().file().displayName());
            if (file == null) {
                continue;
            }
            // most labels point into the diagnostic's own file: reuse its line table
            Positions labelPositions = label.span().file().text() == positions.text() ? positions
                    : new Positions(label.span().file().text());
            related.add(new DiagnosticRelatedInformation(
                    new Location(Uris.uri(file), labelPositions.range(label.span().start(), label.span().end())),
                    Secrets.maskKeyShaped(label.message() == null ? "" : label.message())));
        }
        if (!related.isEmpty()) {
            out.setRelatedInformation(related);
        }
        return out;
    }

    static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }
}
