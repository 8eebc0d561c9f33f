package dev.clawc.cli;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.Json5Value;
import dev.clawc.json5.ParseResult;
import dev.clawc.json5.SourceDecoder;
import dev.clawc.schema.SchemaRules;
import dev.clawc.schema.SchemaValidator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the pipeline stages that exist so far over one input and gathers their findings in source
 * order. Each later stage adds its findings here.
 */
final class Analysis {

    /** One file's outcome: its text (null if unreadable), its value and findings. */
    record FileResult(String displayName, SourceFile file, Json5Value value, List<Diagnostic> diagnostics,
            boolean ioFailure) {
    }

    private Analysis() {
    }

    static FileResult analyze(Input.Read read) {
        if (!read.ok()) {
            return new FileResult(read.displayName(), null, null, List.of(read.problem()),
                    read.problem().rule().equals(Input.RULE_IO_ERROR));
        }
        SourceDecoder.Decoded decoded = SourceDecoder.decode(read.displayName(), read.bytes());
        ParseResult parsed = Json5Reader.read(decoded.file());
        List<Diagnostic> diagnostics = new ArrayList<>(decoded.diagnostics());
        diagnostics.addAll(parsed.diagnostics());
        boolean syntaxErrors = parsed.hasErrors() || !decoded.diagnostics().isEmpty();
        for (Diagnostic finding : SchemaValidator.bundled().validate(parsed.value())) {
            // After a syntax error the tree is a recovery: a "missing" key may just be unreadable, and a
            // value read back from broken text is already explained by the syntax error on it.
            boolean cascade = syntaxErrors && (finding.rule().equals(SchemaRules.MISSING_KEY)
                    || overlapsAny(finding, parsed.diagnostics()));
            if (!cascade) {
                diagnostics.add(finding);
            }
        }
        diagnostics.sort(SOURCE_ORDER);
        return new FileResult(read.displayName(), decoded.file(), parsed.value(), diagnostics, false);
    }

    private static boolean overlapsAny(Diagnostic finding, List<Diagnostic> syntax) {
        if (finding.span() == null) {
            return false;
        }
        for (Diagnostic error : syntax) {
            if (error.span() != null && error.span().file() == finding.span().file()
                    && error.span().start() < finding.span().end() && finding.span().start() < error.span().end()) {
                return true;
            }
        }
        return false;
    }

    static final Comparator<Diagnostic> SOURCE_ORDER = Comparator
            .comparingInt((Diagnostic d) -> d.span() == null ? -1 : d.span().start())
            .thenComparingInt(d -> d.span() == null ? -1 : d.span().end());
}
