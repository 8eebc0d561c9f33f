package dev.clawc.cli;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Fix;
import dev.clawc.diag.FixApplier;
import dev.clawc.diag.Secrets;
import dev.clawc.diag.Severity;
import dev.clawc.diag.SourceFile;
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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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
        List<Analysis.FileResult> problems = new ArrayList<>();
        Analysis.Settings settings = analysis.settings(cl, streams, problems);
        Input.Read read = Input.read(file.toString(), streams.in(), analysis.maxFileBytes(spec.commandLine()));
        Analysis.FileResult before = Analysis.analyze(read, settings);
        if (before.ioFailure() || before.file() == null) {
            new Reporter(OutputFormat.human, false).reportDiagnostics(before.diagnostics(), streams.err());
            return ExitCode.USAGE_OR_IO;
        }
        if (before.diagnostics().stream().anyMatch(d -> d.rule().equals("invalid-utf8"))) {
            streams.err().println("clawc: not fixing " + file + ": it is not valid UTF-8, so its bytes could not be kept as they are");
            return ExitCode.FINDINGS;
        }
        SourceFile source = before.file();
        List<Fix> fixes = new ArrayList<>();
        for (Diagnostic d : before.diagnostics()) {
            if (d.fix() != null && (only.isEmpty() || only.contains(d.rule()))) {
                fixes.add(d.fix());
            }
        }
        FixApplier.Result applied = FixApplier.apply(source, fixes);
        if (applied.applied().isEmpty()) {
            streams.out().println(file + ": nothing to fix" + (applied.skipped().isEmpty() ? "" : " in this file ("
                    + applied.skipped().size() + " fix(es) concern included files or overlap)"));
            return remainingErrors(before) ? ExitCode.FINDINGS : ExitCode.CLEAN;
        }

        byte[] newBytes = encode(read.bytes(), applied.text());
        Analysis.FileResult after = Analysis.analyze(new Input.Read(read.displayName(), newBytes, null), settings);
        List<Fix> colliding = collidingRenames(before, after, applied.applied());
        if (!colliding.isEmpty()) {
            // two renames onto one key: applying both would make the first value silently lost; refuse those
            for (Fix fix : colliding) {
                streams.err().println("clawc: refused (another fix renames a key to the same name, which would drop a value): "
                        + Secrets.maskKeyShaped(fix.description()));
            }
            fixes.removeAll(colliding);
            applied = FixApplier.apply(source, fixes);
            if (applied.applied().isEmpty()) {
                return ExitCode.FINDINGS;
            }
            newBytes = encode(read.bytes(), applied.text());
            after = Analysis.analyze(new Input.Read(read.displayName(), newBytes, null), settings);
        }
        String refusal = refusal(before, after);
        if (refusal != null) {
            streams.err().println("clawc: not fixing " + file + ": " + refusal + "; the file is unchanged");
            return ExitCode.FINDINGS;
        }
        if (dryRun) {
            streams.out().print(Secrets.maskKeyShaped(CompileCommand.unifiedDiff(source.text(), applied.text(), "a/" + file, "b/" + file)));
        } else {
            String problem = write(read.bytes(), newBytes);
            if (problem != null) {
                streams.err().println("clawc: not fixing " + file + ": " + problem + "; the file is unchanged");
                return ExitCode.USAGE_OR_IO;
            }
        }
        for (Fix fix : applied.applied()) {
            streams.err().println("clawc: " + (dryRun ? "would apply: " : "applied: ") + Secrets.maskKeyShaped(fix.description()));
        }
        for (Fix fix : applied.skipped()) {
            streams.err().println("clawc: skipped (overlaps another fix; run fix again): " + Secrets.maskKeyShaped(fix.description()));
        }
        streams.out().flush();
        return remainingErrors(after) ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    /** Why the fixed text must not be written, or null when it is at least as good as the original. */
    private static String refusal(Analysis.FileResult before, Analysis.FileResult after) {
        boolean parsedBefore = before.diagnostics().stream().noneMatch(d -> d.rule().equals("json5-syntax"));
        if (parsedBefore && after.diagnostics().stream().anyMatch(d -> d.rule().equals("json5-syntax"))) {
            return "the fixed text would not parse";
        }
        Set<String> old = new HashSet<>();
        for (Diagnostic d : before.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                old.add(d.rule() + "|" + d.path() + "|" + d.message());
            }
        }
        for (Diagnostic d : after.diagnostics()) {
            if (d.severity() == Severity.ERROR && !old.contains(d.rule() + "|" + d.path() + "|" + d.message())) {
                return "the fix would introduce a new error: " + d.rule() + " at " + d.path() + ": " + d.message();
            }
        }
        return null;
    }

    private static boolean remainingErrors(Analysis.FileResult result) {
        return result.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** The new text as bytes, with the original's byte order mark kept. */
    private static byte[] encode(byte[] original, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        boolean bom = original.length >= 3 && (original[0] & 0xFF) == 0xEF && (original[1] & 0xFF) == 0xBB
                && (original[2] & 0xFF) == 0xBF;
        if (!bom) {
            return body;
        }
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    /** Fixes that rename keys onto a name another applied fix also produces in the same object (new duplicate keys). */
    private static List<Fix> collidingRenames(Analysis.FileResult before, Analysis.FileResult after, List<Fix> applied) {
        Set<String> old = new HashSet<>();
        for (Diagnostic d : before.diagnostics()) {
            if (d.rule().equals("duplicate-key")) {
                old.add(d.path().toString());
            }
        }
        Set<String> duplicated = new HashSet<>();
        for (Diagnostic d : after.diagnostics()) {
            if (d.rule().equals("duplicate-key") && !old.contains(d.path().toString())) {
                duplicated.add(lastSegment(d.path().toString()));
            }
        }
        List<Fix> out = new ArrayList<>();
        if (duplicated.isEmpty()) {
            return out;
        }
        for (Fix fix : applied) {
            for (Fix.Edit edit : fix.edits()) {
                String name = edit.replacement().replaceAll("^[\"']|[\"']$", "");
                if (duplicated.contains(name)) {
                    out.add(fix);
                    break;
                }
            }
        }
        return out;
    }

    private static String lastSegment(String path) {
        int bracket = path.lastIndexOf("[\"");
        int dot = path.lastIndexOf('.');
        if (bracket > dot) {
            return path.substring(bracket + 2, path.length() - 2);
        }
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /**
     * Temp file in the target's directory, then rename over it: a crash leaves the old file or the new
     * one. A symlink is followed (its target is edited; the link stays a link). Just before the rename
     * the file is read again: if it changed since clawc read it, nothing is written (returns why).
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
}
