package dev.clawc.cli;

import dev.clawc.core.AnalysisResult;
import dev.clawc.core.AnalysisSettings;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check",
        description = "Check OpenClaw config files and report every problem found.",
        mixinStandardHelpOptions = true,
        versionProvider = ClawcVersion.class,
        footer = {"", "Exit status: 0 no finding at or above --fail-on, 1 findings, 2 usage or I/O error."})
final class CheckCommand implements Callable<Integer> {
    private final Streams streams;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "human", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report (in --format) to FILE; the human report still goes to the terminal.")
    Path output;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "error|warning|info",
            converter = SeverityConverter.class, completionCandidates = SeverityConverter.Names.class,
            description = "Exit 1 when a finding is at least this severe (default: ${DEFAULT-VALUE}).")
    Severity failOn;

    @Option(names = "--no-color", description = "Never colour the output (NO_COLOR is respected too).")
    boolean noColor;

    @Option(names = "--via-root",
            description = "Check a file that is not an openclaw.json/openclaw.json5 (an include) through the nearest one in its directory or above.")
    boolean viaRoot;

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Config files, directories (every openclaw.json/openclaw.json5 under them) or globs; - reads standard input.")
    List<String> files;

    /**
     * Batch mode: many files are analyzed in parallel, one task per file on as many threads as there are
     * cores; results keep the order of the arguments.
     */
    private List<AnalysisResult> analyzeAll(List<String> files, AnalysisSettings settings, long maxBytes) {
        if (files.size() < 2) {
            List<AnalysisResult> one = new ArrayList<>();
            for (String file : files) {
                one.add(Analysis.analyze(Input.read(file, streams.in(), maxBytes), settings));
            }
            return one;
        }
        int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "clawc-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<java.util.concurrent.Future<AnalysisResult>> futures = new ArrayList<>();
            for (String file : files) {
                futures.add(pool.submit(() -> Analysis.analyze(Input.read(file, streams.in(), maxBytes), settings)));
            }
            List<AnalysisResult> out = new ArrayList<>();
            for (java.util.concurrent.Future<AnalysisResult> future : futures) {
                out.add(future.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    CheckCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        List<AnalysisResult> results = new ArrayList<>();
        boolean ioFailure = false;
        AnalysisSettings settings = analysis.settings(spec.commandLine(), streams, results);

        List<String> nothingFound = new ArrayList<>();
        List<String> expanded = InputExpander.expand(files, nothingFound);
        InputExpander.ViaRoots roots = null;
        if (viaRoot) {
            roots = InputExpander.viaRoots(expanded);
            expanded = roots.files();
            for (String orphan : roots.orphans()) {
                streams.err().println("clawc: not checked: " + orphan + " (no openclaw.json/openclaw.json5 in its directory or above)");
            }
        }
        for (AnalysisResult result : analyzeAll(expanded, settings, analysis.maxFileBytes(spec.commandLine()))) {
            List<String> loaded = result.load() == null ? List.of()
                    : result.load().files().stream().map(dev.clawc.diag.SourceFile::displayName).collect(java.util.stream.Collectors.toList());
            if (roots == null || roots.keep(result.displayName(), loaded)) {
                results.add(result);
            }
        }
        for (String argument : nothingFound) {
            results.add(AnalysisResult.unreadable(argument, null, List.of(dev.clawc.diag.Diagnostic.builder(
                            Input.RULE_IO_ERROR, Severity.ERROR, "no OpenClaw config in `" + argument
                                    + "` (looked for openclaw.json and openclaw.json5)").file(argument).build()),
                    true));
        }
        boolean failing = false;
        for (AnalysisResult result : results) {
            ioFailure |= result.ioFailure();
            for (Diagnostic diagnostic : result.diagnostics()) {
                failing |= diagnostic.severity().atLeast(failOn);
            }
        }
        if (output != null) {
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
            try (java.io.PrintStream file = new java.io.PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8)) {
                new Reporter(format, false).report(results, file);
            }
            try {
                java.nio.file.Files.write(output, buffer.toByteArray());
            } catch (java.io.IOException e) {
                streams.err().println("clawc: cannot write " + output + ": " + e.getMessage());
                return ExitCode.USAGE_OR_IO;
            }
            new Reporter(ReportFormat.human, Terminal.useColor(noColor, streams.env())).report(results, streams.out());
        } else {
            new Reporter(format, Terminal.useColor(noColor, streams.env())).report(results, streams.out());
        }
        streams.out().flush();
        if (ioFailure) {
            return ExitCode.USAGE_OR_IO;
        }
        return failing ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }
}
