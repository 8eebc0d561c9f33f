package dev.clawc.cli;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check",
        description = "Check OpenClaw config files and report every problem found.",
        mixinStandardHelpOptions = true,
        versionProvider = ClawcVersion.class,
        footer = {"", "Exit status: 0 no finding at or above --fail-on, 1 findings, 2 usage or I/O error."})
final class CheckCommand implements Callable<Integer> {
    private final Streams streams;

    @Option(names = "--format", defaultValue = "human", paramLabel = "human|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "error|warning|info",
            converter = SeverityConverter.class,
            description = "Exit 1 when a finding is at least this severe (default: ${DEFAULT-VALUE}).")
    Severity failOn;

    @Option(names = "--no-color", description = "Never colour the output (NO_COLOR is respected too).")
    boolean noColor;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Config files to check; - reads standard input.")
    List<String> files;

    CheckCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        List<Analysis.FileResult> results = new ArrayList<>();
        boolean ioFailure = false;
        boolean failing = false;
        for (String file : files) {
            Analysis.FileResult result = Analysis.analyze(Input.read(file, streams.in(), Input.DEFAULT_MAX_BYTES));
            results.add(result);
            ioFailure |= result.ioFailure();
            for (Diagnostic diagnostic : result.diagnostics()) {
                failing |= diagnostic.severity().atLeast(failOn);
            }
        }
        new Reporter(format, Terminal.useColor(noColor, streams.env())).report(results, streams.out());
        streams.out().flush();
        if (ioFailure) {
            return ExitCode.USAGE_OR_IO;
        }
        return failing ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }
}
