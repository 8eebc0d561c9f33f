package dev.clawc.lsp;

import dev.clawc.config.ConfigModel;
import dev.clawc.release.OpenClawVersion;
import dev.clawc.config.VersionChoice;
import dev.clawc.core.AnalysisResult;
import dev.clawc.core.AnalysisSettings;
import dev.clawc.core.ProjectSettings;
import dev.clawc.core.Analyzer;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.diag.SourceFile;
import dev.clawc.load.EnvFile;
import dev.clawc.load.Environment;
import dev.clawc.load.LoadResult;
import dev.clawc.rules.RuleRegistry;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The editor's unsaved text through the analysis {@code clawc check} runs ({@link Analyzer}, the core driver):
 * the server has no pipeline of its own, only the translation of the editor's settings into
 * {@link AnalysisSettings}.
 */
final class ConfigAnalyzer {

    /**
     * What the editor's settings ask for, as {@code check}'s options do.
     *
     * @param openclawVersion the release to check against, or null for the file's own / the newest
     * @param envFiles        {@code KEY=VALUE} files for {@code ${VAR}}, later winning
     * @param processEnv      the environment of the server process (null to ignore it)
     * @param ruleLevels      rule id -> off, info, warning or error
     */
    record Settings(String openclawVersion, List<Path> envFiles, Map<String, String> processEnv,
            Map<String, String> ruleLevels) {
        Settings {
            envFiles = List.copyOf(envFiles);
            ruleLevels = Map.copyOf(ruleLevels);
        }

        static Settings defaults(Map<String, String> processEnv) {
            return new Settings(null, List.of(), processEnv, Map.of());
        }
    }

    /**
     * One analysis and the environment it ran with ({@code explain}'s routes and requests use the same).
     */
    record Result(AnalysisResult analysis, Environment environment) {
        SourceFile file() {
            return analysis.file();
        }

        List<Diagnostic> diagnostics() {
            return analysis.diagnostics();
        }

        LoadResult load() {
            return analysis.load();
        }

        VersionChoice version() {
            return analysis.version();
        }

        ConfigModel model() {
            return analysis.model();
        }
    }

    private ConfigAnalyzer() {
    }

    static Result analyze(Path path, String text, Settings settings) {
        ProjectSettings project = project(path);
        Environment environment = environment(settings, project);
        String version = OpenClawVersion.isVersion(settings.openclawVersion()) ? settings.openclawVersion().trim() : project.openclawVersion;
        Map<String, Severity> overrides = new LinkedHashMap<>(project.rules);
        overrides.putAll(levels(settings.ruleLevels())); // the editor's settings win, as the command line does
        AnalysisSettings core = AnalysisSettings.defaults()
                .withVersion(version)
                .withEnvironment(environment)
                .withRuleOverrides(overrides);
        return new Result(Analyzer.analyzeText(path.toString(), text, core), environment);
    }

    /** The {@code .clawc.json5} nearest the document, as {@code check} reads it (its own errors show in that file). */
    private static ProjectSettings project(Path path) {
        Path dir = path.toAbsolutePath().getParent();
        Path found = dir == null ? null : ProjectSettings.find(dir);
        return found == null ? ProjectSettings.NONE : ProjectSettings.read(found);
    }

    /** The process environment (unless ignored) with the env files over it (the project's, then the editor's). */
    private static Environment environment(Settings settings, ProjectSettings project) {
        Map<String, String> envFileValues = new LinkedHashMap<>();
        java.util.List<Path> files = new java.util.ArrayList<>(project.envFiles);
        files.addAll(settings.envFiles());
        for (Path envFile : files) {
            envFileValues.putAll(EnvFile.read(envFile).values());
        }
        return Environment.combine(settings.processEnv(), envFileValues);
    }

    /** Rule levels as {@code --rule ID=LEVEL} takes them; unknown rules and levels keep the defaults. */
    private static Map<String, Severity> levels(Map<String, String> ruleLevels) {
        Map<String, Severity> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : ruleLevels.entrySet()) {
            if (RuleRegistry.find(entry.getKey()) == null) {
                continue;
            }
            String level = entry.getValue().trim().toLowerCase(Locale.ROOT);
            if (level.equals("off")) {
                out.put(entry.getKey(), null);
            } else {
                try {
                    out.put(entry.getKey(), Severity.parse(level));
                } catch (IllegalArgumentException e) {
                    // a bad level in the editor's settings: the rule keeps its default
                }
            }
        }
        return out;
    }
}
