package dev.clawc.cli;

import dev.clawc.core.AnalysisResult;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.json5.NonFiniteNumbers;
import dev.clawc.json5.StrictJsonWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "parse",
        description = {"Print a JSON5 file's value as strict JSON (for jq and other JSON tools).",
                "Secrets are printed as \"<redacted>\"."},
        mixinStandardHelpOptions = true,
        versionProvider = ClawcVersion.class,
        footer = {"", "Exit status: 0 printed, 1 the file is not valid JSON5 or has no JSON form, 2 usage or I/O error."})
final class ParseCommand implements Callable<Integer> {
    private final Streams streams;

    @Option(names = "--format", defaultValue = "human", paramLabel = "human|json",
            description = "Format of diagnostics: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "16M",
            description = "Largest file read, in bytes or with K/M (default: ${DEFAULT-VALUE}); never more is read.")
    String maxFileSize;

    @Option(names = "--compact", description = "Print the JSON on one line.")
    boolean compact;

    @Option(names = "--no-color", description = "Never colour the output (NO_COLOR is respected too).")
    boolean noColor;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to read; - reads standard input.")
    String file;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    ParseCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        AnalysisOptions sizes = new AnalysisOptions();
        sizes.maxFileSize = maxFileSize;
        AnalysisResult result = ParseOnly.read(Input.read(file, streams.in(), sizes.maxFileBytes(spec.commandLine())));
        dev.clawc.load.SecretScan.collect(result.value(), null, streams.secrets());
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        if (result.value() != null && !hasErrors(diagnostics)) {
            diagnostics.addAll(NonFiniteNumbers.find(result.value()));
        }
        Reporter reporter = new Reporter(format, Terminal.useColor(noColor, streams.env()));
        if (result.ioFailure() || hasErrors(diagnostics)) {
            // json diagnostics are the output; human ones go to stderr, away from the data channel
            reporter.reportDiagnostics(diagnostics, format == OutputFormat.json ? streams.out() : streams.err());
            streams.out().flush();
            streams.err().flush();
            return result.ioFailure() ? ExitCode.USAGE_OR_IO : ExitCode.FINDINGS;
        }
        if (!diagnostics.isEmpty()) {
            new Reporter(OutputFormat.human, false).reportDiagnostics(diagnostics, streams.err());
        }
        StrictJsonWriter writer = new StrictJsonWriter();
        Writer out = new OutputStreamWriter(streams.out(), StandardCharsets.UTF_8);
        writer.write(result.value(), out, !compact);
        streams.out().println();
        streams.out().flush();
        if (writer.redactions() > 0) {
            streams.err().println("clawc: note: " + writer.redactions() + " secret value"
                    + (writer.redactions() == 1 ? " was" : "s were") + " replaced by \"<redacted>\"");
        }
        return ExitCode.CLEAN;
    }

    private static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
