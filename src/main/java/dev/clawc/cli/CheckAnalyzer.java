package dev.clawc.cli;

import dev.clawc.diag.Severity;
import dev.clawc.load.EnvFile;
import dev.clawc.load.Environment;
import dev.clawc.lsp.ConfigAnalyzer;
import dev.clawc.rules.RuleRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The language server's way into the analysis {@code check} runs ({@link Analysis}): the one adapter
 * between the editor's settings and the CLI's driver, so the server has no pipeline of its own.
 */
public final class CheckAnalyzer implements ConfigAnalyzer {

    @Override
    public Result analyze(Path path, String text, Settings settings) {
        Map<String, String> envFileValues = new LinkedHashMap<>();
        for (Path envFile : settings.envFiles()) {
            envFileValues.putAll(EnvFile.read(envFile).values());
        }
        Environment environment = Environment.combine(settings.processEnv(), envFileValues);
        Analysis.Settings check = new Analysis.Settings(
                dev.clawc.config.OpenClawVersion.isVersion(settings.openclawVersion()) ? settings.openclawVersion() : null,
                environment, levels(settings.ruleLevels()));
        Input.Read read = new Input.Read(path.toString(), text.getBytes(StandardCharsets.UTF_8), null);
        Analysis.FileResult result = Analysis.analyze(read, check);
        return new Result(result.file(), result.diagnostics(), result.load(), result.version(), environment);
    }

    /** Rule levels as {@code --rule ID=LEVEL} takes them; unknown rules and levels are ignored. */
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
                    // a bad level from the editor's settings: keep the rule's default
                }
            }
        }
        return out;
    }
}
