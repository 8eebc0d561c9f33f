package dev.clawc.core;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.KeyHistory;
import dev.clawc.config.ProviderCatalog;
import dev.clawc.config.VersionChoice;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.Json5Rules;
import dev.clawc.json5.Json5Value;
import dev.clawc.json5.ParseResult;
import dev.clawc.json5.SourceDecoder;
import dev.clawc.load.ConfigLoader;
import dev.clawc.load.LoadOptions;
import dev.clawc.load.LoadResult;
import dev.clawc.load.LoadRules;
import dev.clawc.load.SecretScan;
import dev.clawc.rules.RuleRegistry;
import dev.clawc.rules.RuleRunner;
import dev.clawc.schema.SchemaRules;
import dev.clawc.schema.SchemaValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The pipeline over one input, stage by stage: decode and parse, load ({@code $include}, {@code env},
 * {@code ${VAR}}), schema validation, the typed model and the semantic rules. Every stage runs even
 * when an earlier one found problems, so one run reports everything; findings that an earlier finding
 * already explains are dropped (a schema error on text that did not parse, a generic schema error
 * where a specific rule says it better). The one entry point of the CLI, tests and editor integrations:
 * <pre>
 *   AnalysisResult r = Analyzer.analyzeText("openclaw.json", text, AnalysisSettings.defaults().withVersion("2026.2.6"));
 *   r.diagnostics(); r.model(); r.version();
 * </pre>
 * Thread-safe: batch checks call it from several threads.
 */
public final class Analyzer {
    private static final String STDIN = "<stdin>";

    private Analyzer() {
    }

    /**
     * Bytes read from somewhere named {@code displayName}; {@code $include}s resolve against that name's
     * directory ({@code <stdin>}: the working directory).
     */
    public static AnalysisResult analyze(String displayName, byte[] bytes, AnalysisSettings settings) {
        Path location = displayName.equals(STDIN) ? Path.of("openclaw.json") : Path.of(displayName);
        return analyze(displayName, location, bytes, settings);
    }

    /** Text (already decoded) named {@code displayName}, includes resolved beside it. */
    public static AnalysisResult analyzeText(String displayName, String text, AnalysisSettings settings) {
        return analyze(displayName, text.getBytes(StandardCharsets.UTF_8), settings);
    }

    /** A file on disk, named by its path. An unreadable file is an {@code io-error} finding. */
    public static AnalysisResult analyzeFile(Path file, AnalysisSettings settings) {
        String name = file.toString();
        try {
            return analyze(name, file, Files.readAllBytes(file), settings);
        } catch (IOException e) {
            Diagnostic problem = Diagnostic.builder(LoadRules.IO_ERROR, Severity.ERROR, "cannot read `" + name + "`: " + e.getMessage())
                    .file(name).build();
            return AnalysisResult.unreadable(name, null, List.of(problem), true);
        }
    }

    /**
     * The general form: {@code displayName} is what findings print, {@code location} the path includes
     * resolve against (it need not exist when the config has no includes).
     */
    public static AnalysisResult analyze(String displayName, Path location, byte[] bytes, AnalysisSettings settings) {
        StartupTiming.mark("analysis of " + displayName);
        Timing timing = new Timing();
        SourceDecoder.Decoded decoded = SourceDecoder.decode(displayName, bytes);
        ParseResult parsed = Json5Reader.read(decoded.file());
        List<Diagnostic> syntax = new ArrayList<>(decoded.diagnostics());
        syntax.addAll(parsed.diagnostics());
        timing.mark("parse");

        LoadResult load = new ConfigLoader(LoadOptions.of(settings.environment())).load(parsed, location);
        // before anything is rendered: the output's redaction point must know every secret this config holds
        SecretScan.collect(parsed.value(), settings.environment(), settings.secrets());
        SecretScan.collect(load.value(), null, settings.secrets());
        timing.mark("load");
        List<Diagnostic> diagnostics = new ArrayList<>(syntax);
        for (Diagnostic d : load.diagnostics()) {
            if (Json5Rules.SYNTAX_ERRORS.contains(d.rule())) {
                syntax.add(d); // an included file's syntax errors explain schema findings on its text too
            }
            diagnostics.add(d);
        }
        Json5Value value = load.value();
        boolean syntaxErrors = syntax.stream().anyMatch(d -> d.severity() == Severity.ERROR);

        List<Diagnostic> schemaFindings = new ArrayList<>();
        // the release decides which schema applies, so it is chosen before validation
        VersionChoice version = VersionChoice.choose(settings.requestedVersion(), value);
        diagnostics.addAll(version.diagnostics());
        for (Diagnostic finding : SchemaValidator.forRelease(version.selection().profile().version()).validate(value)) {
            // After a syntax error the tree is a recovery: a "missing" key may just be unreadable, and a
            // value read back from broken text is already explained by the syntax error on it.
            boolean cascade = syntaxErrors && (finding.rule().equals(SchemaRules.MISSING_KEY) || overlapsAny(finding, syntax));
            if (!cascade) {
                schemaFindings.add(finding);
            }
        }
        timing.mark("schema");

        ConfigModel model = ConfigModel.of(value, version.version(), ProviderCatalog.bundled());
        timing.mark("model");
        List<Diagnostic> semantic = RuleRunner.run(settings.rules(), model, load.environment().asMap());
        timing.mark("rules");
        timing.print(displayName);
        StartupTiming.mark("stages done");
        for (Diagnostic finding : schemaFindings) {
            // a key the target release still accepts (retired only later) is not an error for that release
            if (!RuleRunner.supersededBySemanticRule(finding, semantic)
                    && !KeyHistory.acceptedUnder(finding, version.version())) {
                diagnostics.add(finding);
            }
        }
        diagnostics.addAll(semantic);

        if (syntaxErrors) {
            // a finding on text that did not parse is a consequence of the syntax error, not news
            // identity, not equals: a linear membership test however many findings there are
            java.util.Set<Diagnostic> syntaxSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            syntaxSet.addAll(syntax);
            diagnostics.removeIf(d -> !syntaxSet.contains(d) && overlapsAny(d, syntax));
        }
        // `// clawc-ignore RULE: reason` comments silence findings on their line (or the next, when alone)
        List<SourceFile> files = load.files();
        // stale comments are reported only when every rule ran on text that parsed: else "silences nothing" may be wrong
        boolean complete = !syntaxErrors && settings.rules().size() == RuleRegistry.semanticRules().size();
        var suppressed = dev.clawc.diag.Suppressions.apply(applyOverrides(diagnostics, settings.ruleOverrides()), files,
                complete ? id -> RuleRegistry.find(id) != null : null);
        List<Diagnostic> leveled = new ArrayList<>(suppressed.kept());
        List<Diagnostic> stale = new ArrayList<>();
        for (Diagnostic unused : suppressed.unused()) {
            String silenced = unused.span().text();
            if (!(settings.ruleOverrides().containsKey(silenced) && settings.ruleOverrides().get(silenced) == null)) {
                stale.add(unused); // a comment for a rule the settings turn off is not stale, just idle
            }
        }
        leveled.addAll(applyOverrides(stale, settings.ruleOverrides()));
        leveled.sort(Comparator
                .comparingInt((Diagnostic d) -> d.span() == null ? -1 : files.indexOf(d.span().file()))
                .thenComparingInt(d -> d.span() == null ? -1 : d.span().start())
                .thenComparingInt(d -> d.span() == null ? -1 : d.span().end()));
        return new AnalysisResult(displayName, decoded.file(), value, dev.clawc.diag.FindingCap.cap(leveled, displayName),
                false, version, load, model);
    }

    /** Stage times on stderr with -Dclawc.timing=true (for start-up work; see bench/startup.md). */
    private static final class Timing {
        private final boolean on = Boolean.getBoolean("clawc.timing");
        private final StringBuilder out = new StringBuilder();
        private long last = System.nanoTime();

        void mark(String stage) {
            if (on) {
                long now = System.nanoTime();
                out.append(' ').append(stage).append(' ').append((now - last) / 1_000_000).append("ms");
                last = now;
            }
        }

        void print(String file) {
            if (on) {
                System.err.println("clawc timing " + file + ":" + out);
            }
        }
    }

    private static List<Diagnostic> applyOverrides(List<Diagnostic> diagnostics, Map<String, Severity> overrides) {
        List<Diagnostic> out = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            if (!overrides.containsKey(d.rule())) {
                out.add(d);
            } else if (overrides.get(d.rule()) != null) {
                out.add(d.withSeverity(overrides.get(d.rule())));
            }
        }
        return out;
    }

    private static boolean overlapsAny(Diagnostic finding, List<Diagnostic> syntax) {
        if (finding.span() == null) {
            return false;
        }
        for (Diagnostic error : syntax) {
            if (error.span() != null && error.span().file() == finding.span().file()
                    && error.span().start() < finding.span().end() && finding.span().start() < error.span().end()) {
                return true;
            }
        }
        return false;
    }
}
