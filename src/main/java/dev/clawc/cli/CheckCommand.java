package dev.clawc.cli;

import dev.clawc.core.ProjectSettings;
import dev.clawc.core.AnalysisResult;
import dev.clawc.core.AnalysisSettings;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Hide the findings recorded in FILE (see --write-baseline) and report only new ones.")
    Path baselineFile;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record every current finding in FILE (for --baseline) instead of reporting them; exit 0.")
    Path writeBaseline;

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Config files, directories (every openclaw.json/openclaw.json5 under them) or globs; - reads standard input.")
    List<String> files;

    /**
     * Batch mode: many files are analyzed in parallel, one task per file on as many threads as there are
     * cores; results keep the order of the arguments.
     */
    private List<AnalysisResult> analyzeAll(List<String> files, List<AnalysisSettings> settings, long maxBytes) {
        if (files.size() < 2) {
            List<AnalysisResult> one = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                one.add(Analysis.analyze(Input.read(files.get(i), streams.in(), maxBytes), settings.get(i)));
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
            for (int i = 0; i < files.size(); i++) {
                String file = files.get(i);
                AnalysisSettings its = settings.get(i);
                futures.add(pool.submit(() -> Analysis.analyze(Input.read(file, streams.in(), maxBytes), its)));
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
        // each file under its own project's settings (the nearest .clawc.json5), read once per settings file
        List<String> checked = new ArrayList<>();
        List<ProjectSettings> projects = new ArrayList<>();
        List<AnalysisSettings> settings = new ArrayList<>();
        Map<ProjectSettings, AnalysisSettings> byProject = new IdentityHashMap<>();
        for (String file : expanded) {
            ProjectSettings project = analysis.projectFor(file, results);
            if (!file.equals("-") && project.excludes(Path.of(file))) {
                streams.err().println("clawc: skipped " + file + " (excluded by " + project.file + ")");
                continue;
            }
            checked.add(file);
            projects.add(project);
            settings.add(byProject.computeIfAbsent(project, p -> analysis.settings(spec.commandLine(), streams, results, p)));
        }
        if (expanded.isEmpty()) {
            analysis.settings(spec.commandLine(), streams, results); // validates the options even with nothing to check
        }
        List<AnalysisResult> analyzed = new ArrayList<>();
        List<ProjectSettings> analyzedProjects = new ArrayList<>();
        List<AnalysisResult> all = analyzeAll(checked, settings, analysis.maxFileBytes(spec.commandLine()));
        for (int i = 0; i < all.size(); i++) {
            AnalysisResult result = all.get(i);
            List<String> loaded = result.load() == null ? List.of()
                    : result.load().files().stream().map(dev.clawc.diag.SourceFile::displayName).collect(java.util.stream.Collectors.toList());
            if (roots == null || roots.keep(result.displayName(), loaded)) {
                analyzed.add(result);
                analyzedProjects.add(projects.get(i));
            }
        }
        if (writeBaseline != null) {
            return writeBaseline(results, analyzed);
        }
        BaselineOutcome filtered = applyBaselines(analyzed, analyzedProjects);
        if (filtered == null) {
            return ExitCode.USAGE_OR_IO;
        }
        int firstAnalyzed = results.size();
        results.addAll(filtered.results());
        for (String argument : nothingFound) {
            results.add(AnalysisResult.unreadable(argument, null, List.of(dev.clawc.diag.Diagnostic.builder(
                            Input.RULE_IO_ERROR, Severity.ERROR, "no OpenClaw config in `" + argument
                                    + "` (looked for openclaw.json and openclaw.json5)").file(argument).build()),
                    true));
        }
        boolean failing = false;
        boolean failOnGiven = spec.commandLine().getParseResult().hasMatchedOption("--fail-on");
        for (int i = 0; i < results.size(); i++) {
            AnalysisResult result = results.get(i);
            ioFailure |= result.ioFailure();
            int analyzedIndex = i - firstAnalyzed;
            ProjectSettings project = analyzedIndex >= 0 && analyzedIndex < analyzedProjects.size()
                    ? analyzedProjects.get(analyzedIndex) : ProjectSettings.NONE;
            Severity threshold = failOnGiven || project.failOn == null ? failOn : project.failOn;
            for (Diagnostic diagnostic : result.diagnostics()) {
                failing |= diagnostic.severity().atLeast(threshold);
            }
        }
        if (output != null) {
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
            try (java.io.PrintStream file = new java.io.PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8)) {
                new Reporter(format, false).report(results, file);
            }
            try {
                // a report file gets the same redaction as stdout
                java.nio.file.Files.writeString(output, streams.secrets().redact(buffer.toString(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (java.io.IOException e) {
                streams.err().println("clawc: cannot write " + output + ": " + e.getMessage());
                return ExitCode.USAGE_OR_IO;
            }
            new Reporter(ReportFormat.human, Terminal.useColor(noColor, streams.env())).report(results, streams.out());
        } else {
            new Reporter(format, Terminal.useColor(noColor, streams.env())).report(results, streams.out());
        }
        streams.out().flush();
        for (String line : filtered.summary()) {
            streams.err().println(line);
        }
        if (ioFailure) {
            return ExitCode.USAGE_OR_IO;
        }
        return failing ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    private int writeBaseline(List<AnalysisResult> problems, List<AnalysisResult> analyzed) {
        if (problems.stream().anyMatch(AnalysisResult::ioFailure) || analyzed.stream().anyMatch(AnalysisResult::ioFailure)) {
            new Reporter(format, Terminal.useColor(noColor, streams.env())).report(problems.isEmpty() ? analyzed : problems, streams.out());
            streams.err().println("clawc: baseline not written: an input or settings file could not be used");
            return ExitCode.USAGE_OR_IO;
        }
        Baseline baseline = Baseline.of(writeBaseline, analyzed, streams.secrets());
        try {
            baseline.write();
        } catch (java.io.IOException e) {
            streams.err().println("clawc: cannot write baseline " + writeBaseline + ": " + e.getMessage());
            return ExitCode.USAGE_OR_IO;
        }
        streams.err().println("clawc: wrote " + baseline.size() + " finding(s) of " + analyzed.size() + " file(s) to " + writeBaseline);
        return ExitCode.CLEAN;
    }

    /** The results with every baseline applied (--baseline for all, else each project's), or null when one is unreadable. */
    private record BaselineOutcome(List<AnalysisResult> results, List<String> summary) {
    }

    private BaselineOutcome applyBaselines(List<AnalysisResult> analyzed, List<ProjectSettings> projects) {
        Map<Path, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < analyzed.size(); i++) {
            Path file = baselineFile != null ? baselineFile : projects.get(i).baseline;
            if (file != null) {
                groups.computeIfAbsent(file, k -> new ArrayList<>()).add(i);
            }
        }
        List<AnalysisResult> out = new ArrayList<>(analyzed);
        List<String> summary = new ArrayList<>();
        for (Map.Entry<Path, List<Integer>> group : groups.entrySet()) {
            Baseline baseline;
            try {
                baseline = Baseline.read(group.getKey());
            } catch (java.nio.file.NoSuchFileException e) {
                streams.err().println("clawc: baseline " + group.getKey() + " does not exist (create it with --write-baseline "
                        + group.getKey() + ")");
                return null;
            } catch (java.io.IOException e) {
                streams.err().println("clawc: cannot read baseline " + group.getKey() + ": " + e.getMessage());
                return null;
            }
            List<AnalysisResult> members = group.getValue().stream().map(analyzed::get).toList();
            Baseline.Applied applied = baseline.apply(members, streams.secrets());
            for (int j = 0; j < members.size(); j++) {
                out.set(group.getValue().get(j), applied.results().get(j));
            }
            String line = "clawc: " + applied.hidden() + " finding(s) hidden by baseline " + group.getKey();
            if (applied.stale() > 0) {
                line += "; " + applied.stale() + " recorded finding(s) are gone (shrink it with --write-baseline " + group.getKey() + ")";
            }
            summary.add(line);
        }
        return new BaselineOutcome(out, summary);
    }
}
