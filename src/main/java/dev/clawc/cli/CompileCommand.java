package dev.clawc.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import dev.clawc.compile.ConfigCompiler;
import dev.clawc.config.ConfigModel;
import dev.clawc.core.AnalysisResult;
import dev.clawc.core.AnalysisSettings;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.PrettyJson;
import dev.clawc.diag.Secrets;
import dev.clawc.diag.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "compile",
        description = {"Print the normalized runtime config for the target OpenClaw release as JSON:",
                "includes inlined, legacy shapes migrated, model refs and keys canonical, aliases expanded,",
                "model-related defaults explicit. $${VAR} stays a reference unless --resolve-env; secrets never print."},
        mixinStandardHelpOptions = true,
        versionProvider = ClawcVersion.class,
        footer = {"", "Exit status: 0 compiled, 1 the config has errors (nothing is written), 2 usage or I/O error."})
final class CompileCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Streams streams;

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the compiled config to OUT instead of stdout.")
    Path output;

    @Option(names = "--resolve-env", description = "Substitute $${VAR} (secret values still print as <redacted:VAR>).")
    boolean resolveEnv;

    @Option(names = "--diff", description = "Print what normalization changed, as a unified diff, instead of the config.")
    boolean diff;

    @Option(names = "--format", defaultValue = "human", paramLabel = "human|json",
            description = "Format of diagnostics: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--no-color", description = "Never colour the output (NO_COLOR is respected too).")
    boolean noColor;

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Parameters(index = "0", paramLabel = "FILE", description = "The config to compile; - reads standard input.")
    String file;

    CompileCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        List<AnalysisResult> problems = new ArrayList<>();
        AnalysisSettings settings = analysis.settings(cl, streams, problems, file);
        AnalysisResult result = Analysis.analyze(Input.read(file, streams.in(), analysis.maxFileBytes(spec.commandLine())), settings);
        Reporter reporter = new Reporter(format, Terminal.useColor(noColor, streams.env()));
        if (result.ioFailure() || problems.stream().anyMatch(AnalysisResult::ioFailure)) {
            problems.add(result);
            reporter.report(problems, streams.err());
            return ExitCode.USAGE_OR_IO;
        }
        boolean errors = result.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
        ConfigModel model = result.model();
        if (errors || model == null) {
            reporter.report(List.of(result), streams.err());
            streams.err().println("clawc: not compiled: fix the errors above first");
            return ExitCode.FINDINGS;
        }
        List<Diagnostic> warnings = result.diagnostics();
        if (!warnings.isEmpty()) {
            new Reporter(OutputFormat.human, false).reportDiagnostics(warnings, streams.err());
        }
        ConfigCompiler.Compiled compiled = ConfigCompiler.compile(result.load(), model, resolveEnv);
        String text = render(compiled.config());
        if (diff) {
            String before = render(ConfigCompiler.uncompiled(result.load(), model, resolveEnv));
            String patch = unifiedDiff(before, text, result.displayName() + " (as loaded)", result.displayName() + " (compiled)");
            streams.out().print(patch);
            if (patch.isEmpty()) {
                streams.err().println("clawc: no changes: " + result.displayName() + " is already normalized for " + result.version().describe());
            }
            for (String change : compiled.changes()) {
                streams.err().println("clawc: " + Secrets.maskKeyShaped(change));
            }
            streams.out().flush();
            return ExitCode.CLEAN;
        }
        if (output != null) {
            Path temp = Files.createTempFile(output.toAbsolutePath().getParent(), ".clawc-", ".json");
            Files.writeString(temp, streams.secrets().redact(text), StandardCharsets.UTF_8); // the same redaction as stdout
            Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            streams.err().println("clawc: wrote " + output + " for " + result.version().describe());
        } else {
            streams.out().print(text);
        }
        streams.out().flush();
        return ExitCode.CLEAN;
    }

    static String render(ObjectNode config) throws IOException {
        // Secret values are redacted by key, but a `${VAR}` holding a key can land in a model ref, which is
        // printed as it is: mask anything key-shaped (fuzz finding, bench/fuzz.md).
        return Secrets.maskKeyShaped(JSON.writer(PrettyJson.printer()).writeValueAsString(config)) + "\n";
    }

    static String unifiedDiff(String before, String after, String oldName, String newName) {
        List<String> a = Arrays.asList(before.split("\n", -1));
        List<String> b = Arrays.asList(after.split("\n", -1));
        Patch<String> patch = DiffUtils.diff(a, b);
        if (patch.getDeltas().isEmpty()) {
            return "";
        }
        List<String> lines = UnifiedDiffUtils.generateUnifiedDiff(oldName, newName, a, patch, 3);
        return String.join("\n", lines) + "\n";
    }
}
