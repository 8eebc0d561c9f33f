package dev.clawc.cli;

import dev.clawc.core.AnalysisResult;
import dev.clawc.core.AnalysisSettings;
import dev.clawc.core.Analyzer;
import java.util.List;

/** A command-line input through {@link Analyzer}: an input that could not be read is a result with its problem. */
final class Analysis {

    private Analysis() {
    }

    static AnalysisResult analyze(Input.Read read, AnalysisSettings settings) {
        if (!read.ok()) {
            return AnalysisResult.unreadable(read.displayName(), null, List.of(read.problem()),
                    read.problem().rule().equals(Input.RULE_IO_ERROR));
        }
        return Analyzer.analyze(read.displayName(), read.bytes(), settings);
    }
}
