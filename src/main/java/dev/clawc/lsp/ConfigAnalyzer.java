package dev.clawc.lsp;

import dev.clawc.config.VersionChoice;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.SourceFile;
import dev.clawc.load.Environment;
import dev.clawc.load.LoadResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The analysis {@code clawc check} runs, as the server calls it on an editor's unsaved text. The server has
 * no pipeline of its own: an implementation delegates to the same driver the CLI uses.
 */
public interface ConfigAnalyzer {

    /**
     * What the editor's settings ask for, as {@code check}'s options do.
     *
     * @param openclawVersion the release to check against, or null for the file's own / the newest
     * @param envFiles        {@code KEY=VALUE} files for {@code ${VAR}}, later winning
     * @param processEnv      the environment of the editor's server process (null to ignore it)
     * @param ruleLevels      rule id -> off, info, warning or error
     */
    record Settings(String openclawVersion, List<Path> envFiles, Map<String, String> processEnv,
            Map<String, String> ruleLevels) {
        public Settings {
            envFiles = List.copyOf(envFiles);
            ruleLevels = Map.copyOf(ruleLevels);
        }

        public static Settings defaults(Map<String, String> processEnv) {
            return new Settings(null, List.of(), processEnv, Map.of());
        }
    }

    /**
     * One analysis.
     *
     * @param file        the analyzed text as the pipeline read it (null when it could not be read)
     * @param diagnostics every finding, in the root and in included files, at the levels the settings give
     * @param load        includes and substitution (null when the text could not be read)
     * @param version     the release checked against (null when the text could not be read)
     * @param environment the environment used for {@code ${VAR}}
     */
    record Result(SourceFile file, List<Diagnostic> diagnostics, LoadResult load, VersionChoice version,
            Environment environment) {
    }

    Result analyze(Path path, String text, Settings settings);
}
