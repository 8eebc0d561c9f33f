package dev.clawc.cli;

import dev.clawc.core.AnalysisResult;
import dev.clawc.core.AnalysisSettings;
import dev.clawc.core.Fixer;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Fix;
import dev.clawc.diag.FixApplier;
import dev.clawc.diag.Secrets;
import dev.clawc.diag.Severity;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "fix",
        description = {"Apply the fixes clawc's findings carry (renames, canonical keys, quotes, moves...) to a config file.",
                "Only the edited text changes; comments, quoting, commas and line ends stay as they are.",
                "The result is checked again: if it would not parse or would have new errors, the file is left alone."},
        mixinStandardHelpOptions = true,
        versionProvider = ClawcVersion.class,
        footer = {"", "Exit status: 0 fixed (or nothing to fix), 1 fixes refused or errors remain, 2 usage or I/O error."})
final class FixCommand implements Callable<Integer> {
    private final Streams streams;

    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", description = "Print the changes as a unified diff; do not write.")
    boolean dryRun;

    @Option(names = "--no-backup", description = "Do not keep the original as FILE.bak.")
    boolean noBackup;

    @Option(names = "--unsafe-fixes", description = {"Also apply fixes that change what OpenClaw reads: comment out keys it does not know",
            "(the text stays in the file as a comment; OpenClaw then starts without those settings)."})
    boolean unsafeFixes;

    @Option(names = "--only", paramLabel = "RULE", split = ",", description = "Apply only the fixes of these rules.")
    List<String> only = new ArrayList<>();

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Parameters(index = "0", paramLabel = "FILE", description = "The config file to fix.")
    Path file;

    FixCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        if (file.toString().equals("-")) {
            throw new CommandLine.ParameterException(cl, "fix edits a file in place, so FILE cannot be `-` (standard input); "
                    + "use `clawc check -` to check standard input");
        }
        List<AnalysisResult> problems = new ArrayList<>();
        AnalysisSettings settings = analysis.settings(cl, streams, problems, file.toString());
        Input.Read read = Input.read(file.toString(), streams.in(), analysis.maxFileBytes(spec.commandLine()));
        AnalysisResult before = Analysis.analyze(read, settings);
        if (before.ioFailure() || before.file() == null) {
            new Reporter(OutputFormat.human, false).reportDiagnostics(before.diagnostics(), streams.err());
            return ExitCode.USAGE_OR_IO;
        }
        if (before.diagnostics().stream().anyMatch(d -> d.rule().equals(Json5Rules.INVALID_UTF8))) {
            streams.err().println("clawc: not fixing " + file + ": it is not valid UTF-8, so its bytes could not be kept as they are");
            return ExitCode.FINDINGS;
        }
        Fixer.Result result = Fixer.fix(read.displayName(), read.bytes(), settings,
                rule -> only.isEmpty() || only.contains(rule), unsafeFixes);
        if (result.refusal() != null) {
            streams.err().println("clawc: not fixing " + file + ": " + result.refusal() + "; the file is unchanged");
            return ExitCode.FINDINGS;
        }
        if (!result.changed()) {
            streams.out().println(file + ": nothing to fix" + (result.skipped().isEmpty() ? "" : " in this file ("
                    + result.skipped().size() + " fix(es) concern included files or overlap)"));
            reportUnsafeLeft(before);
            return remainingErrors(before) ? ExitCode.FINDINGS : ExitCode.CLEAN;
        }
        byte[] newBytes = result.bytes();
        AnalysisResult after = result.after();
        if (dryRun) {
            streams.out().print(Secrets.maskKeyShaped(CompileCommand.unifiedDiff(before.file().text(), result.text(), diffName("a", file), diffName("b", file))));
        } else {
            String problem = write(read.bytes(), newBytes);
            if (problem != null) {
                streams.err().println("clawc: not fixing " + file + ": " + problem + "; the file is unchanged");
                return ExitCode.USAGE_OR_IO;
            }
        }
        for (Fix fix : result.applied()) {
            streams.err().println("clawc: " + (dryRun ? "would apply: " : "applied: ") + Secrets.maskKeyShaped(fix.description()));
        }
        for (Fixer.Withheld w : result.withheld()) {
            streams.err().println("clawc: refused: " + Secrets.maskKeyShaped(w.fix().description()) + " (" + Secrets.maskKeyShaped(w.harm()) + ")");
        }
        for (Fix fix : result.skipped()) {
            streams.err().println("clawc: skipped (overlaps another fix; run fix again): " + Secrets.maskKeyShaped(fix.description()));
        }
        reportUnsafeLeft(after);
        streams.out().flush();
        return remainingErrors(after) ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    /** Says which unsafe fixes were left out, so that a user knows what {@code --unsafe-fixes} would do. */
    private void reportUnsafeLeft(AnalysisResult result) {
        if (unsafeFixes) {
            return;
        }
        List<String> left = result.diagnostics().stream()
                .filter(d -> d.fix() != null && d.fix().unsafe() && (only.isEmpty() || only.contains(d.rule())))
                .map(d -> Secrets.maskKeyShaped(d.fix().description()) + (d.path() == null ? "" : " at " + Secrets.maskKeyShaped(d.path().toString())))
                .toList();
        if (!left.isEmpty()) {
            String shown = String.join("; ", left.subList(0, Math.min(5, left.size())))
                    + (left.size() > 5 ? "; and " + (left.size() - 5) + " more" : "");
            streams.err().println("clawc: " + left.size() + " more fix(es) with --unsafe-fixes (OpenClaw would then start without"
                    + " those settings; the text stays as a comment): " + shown);
        }
    }

    private static boolean remainingErrors(AnalysisResult result) {
        return result.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /**
     * Temp file in the target's directory, then rename over it: a crash leaves the old file or the new
     * one. A symlink is followed (its target is edited; the link stays a link). Just before the rename
     * the file is read again: if it changed since clawc read it, nothing is written (returns why).
     * Two renames onto one key need no check here: core.Fixer keeps no round that adds a duplicate key.
     */
    private String write(byte[] original, byte[] bytes) throws IOException {
        Path target = file.toRealPath();
        if (!java.util.Arrays.equals(Files.readAllBytes(target), original)) {
            return "it changed while clawc was fixing it";
        }
        if (!noBackup) {
            Files.copy(target, target.resolveSibling(target.getFileName() + ".bak"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".clawc-tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the default permissions stay
            }
            if (!java.util.Arrays.equals(Files.readAllBytes(target), original)) {
                return "it changed while clawc was fixing it"; // checked again as late as possible
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return null;
    }

    /** git's `a/`/`b/` prefix for a relative path; an absolute path as it is (never `a//abs/path`). */
    static String diffName(String side, Object file) {
        String name = String.valueOf(file);
        return name.startsWith("/") ? name : side + "/" + name;
    }
}
