package dev.clawc.cli;

import dev.clawc.core.AnalysisResult;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.ConciseRenderer;
import dev.clawc.diag.GithubRenderer;
import dev.clawc.diag.HumanRenderer;
import dev.clawc.diag.JsonRenderer;
import dev.clawc.diag.SarifRenderer;
import dev.clawc.diag.Summary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints the findings of a run in the chosen format, with a per-file status in human output. */
final class Reporter {
    private final ReportFormat format;
    private final boolean color;

    Reporter(OutputFormat format, boolean color) {
        this(format == OutputFormat.json ? ReportFormat.json : ReportFormat.human, color);
    }

    Reporter(ReportFormat format, boolean color) {
        this.format = format;
        this.color = color;
    }

    void report(List<AnalysisResult> results, PrintStream out) {
        if (format == ReportFormat.sarif || format == ReportFormat.github || format == ReportFormat.concise) {
            List<Diagnostic> all = new ArrayList<>();
            for (AnalysisResult result : results) {
                all.addAll(result.diagnostics());
            }
            out.print(format == ReportFormat.sarif
                    ? new SarifRenderer(ClawcVersion.get(), RuleDocs.descriptors(), dev.clawc.diag.RepositoryRoot.of(Path.of(""))).render(all)
                    : format == ReportFormat.github ? new GithubRenderer().render(all)
                    : new ConciseRenderer().render(all));
            return;
        }
        if (format == ReportFormat.json) {
            List<Diagnostic> all = new ArrayList<>();
            for (AnalysisResult result : results) {
                all.addAll(result.diagnostics());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (AnalysisResult result : results) {
                if (result.version() != null) {
                    fields.put("openclawVersion", result.version().version().toString());
                    fields.put("openclawVersionSource", result.version().source());
                    break;
                }
            }
            out.print(new JsonRenderer(ClawcVersion.get()).render(all, fields));
            return;
        }
        HumanRenderer renderer = new HumanRenderer(color);
        for (AnalysisResult result : results) {
            if (result.version() != null) {
                out.println("checking " + result.displayName() + " against " + result.version().describe());
            }
            java.util.Set<String> notesShown = new java.util.HashSet<>();
            for (Diagnostic diagnostic : result.diagnostics()) {
                out.print(renderer.render(withoutRepeatedNotes(diagnostic, notesShown)));
                out.println();
            }
        }
        for (AnalysisResult result : results) {
            Summary summary = Summary.of(result.diagnostics());
            out.println(result.displayName() + ": " + summary.describe());
        }
    }

    /** Diagnostics of one command that produces data on stdout (parse): printed alone. */
    void reportDiagnostics(List<Diagnostic> diagnostics, PrintStream out) {
        if (format == ReportFormat.json) {
            out.print(new JsonRenderer(ClawcVersion.get()).render(diagnostics, Map.of()));
            return;
        }
        HumanRenderer renderer = new HumanRenderer(color);
        for (Diagnostic diagnostic : diagnostics) {
            out.print(renderer.render(diagnostic));
            out.println();
        }
    }

    /** A note already printed for an earlier finding of the same file is not printed again (human format only). */
    static Diagnostic withoutRepeatedNotes(Diagnostic d, java.util.Set<String> notesShown) {
        List<String> notes = new ArrayList<>();
        for (String note : d.notes()) {
            if (notesShown.add(note)) {
                notes.add(note);
            }
        }
        return notes.size() == d.notes().size() ? d : new Diagnostic(d.rule(), d.severity(), d.message(), d.fileName(),
                d.span(), d.label(), d.labels(), d.path(), notes, d.help(), d.fix());
    }
}
