package dev.clawc.cli;

import dev.clawc.core.AnalysisResult;
import dev.clawc.diag.Diagnostic;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.ParseResult;
import dev.clawc.json5.SourceDecoder;
import java.util.ArrayList;
import java.util.List;

/** The front end alone (decode and parse), for `clawc parse`: the file's own value, nothing merged in. */
final class ParseOnly {

    private ParseOnly() {
    }

    static AnalysisResult read(Input.Read read) {
        if (!read.ok()) {
            return AnalysisResult.unreadable(read.displayName(), null, List.of(read.problem()),
                    read.problem().rule().equals(Input.RULE_IO_ERROR));
        }
        SourceDecoder.Decoded decoded = SourceDecoder.decode(read.displayName(), read.bytes());
        ParseResult parsed = Json5Reader.read(decoded.file());
        List<Diagnostic> diagnostics = new ArrayList<>(decoded.diagnostics());
        diagnostics.addAll(parsed.diagnostics());
        diagnostics.sort(java.util.Comparator.comparingInt((Diagnostic d) -> d.span() == null ? -1 : d.span().start()));
        return AnalysisResult.parsedOnly(read.displayName(), decoded.file(), parsed.value(), diagnostics);
    }
}
