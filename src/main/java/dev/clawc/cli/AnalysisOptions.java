package dev.clawc.cli;

import dev.clawc.diag.Severity;
import dev.clawc.rules.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options every command that reads a config shares: target version, environment, rule levels. */
final class AnalysisOptions {

    @Option(names = "--openclaw-version", paramLabel = "VERSION",
            description = "OpenClaw release to check against (default: the file's meta.lastTouchedVersion, else the newest known).")
    String openclawVersion;

    @Option(names = "--env-file", paramLabel = "FILE",
            description = "Environment for $${VAR} substitution (KEY=VALUE lines); may be repeated, later files win.")
    List<Path> envFiles = new ArrayList<>();

    @Option(names = "--no-process-env", description = "Ignore this process's environment when substituting $${VAR}.")
    boolean noProcessEnv;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "16M",
            description = "Largest config file read, in bytes or with K/M (default: ${DEFAULT-VALUE}); never more is read.")
    String maxFileSize;

    @Option(names = "--rule", paramLabel = "ID=LEVEL",
            description = "Set a rule's severity: off, info, warning or error (may be repeated).")
    List<String> ruleLevels = new ArrayList<>();

    /** Rule id -> severity, with null meaning off. Throws a ParameterException for bad input. */
    Map<String, Severity> ruleOverrides(CommandLine commandLine) {
        Map<String, Severity> overrides = new LinkedHashMap<>();
        for (String item : ruleLevels) {
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new CommandLine.ParameterException(commandLine,
                        "--rule expects ID=LEVEL (e.g. --rule bare-model-ref=error), got '" + item + "'");
            }
            String id = item.substring(0, eq).trim();
            String level = item.substring(eq + 1).trim().toLowerCase(java.util.Locale.ROOT);
            if (RuleRegistry.find(id) == null) {
                String suggestion = dev.clawc.diag.DidYouMean.closest(id,
                        RuleRegistry.all().stream().map(RuleRegistry.Meta::id).toList());
                throw new CommandLine.ParameterException(commandLine, "unknown rule '" + id + "'"
                        + (suggestion != null ? "; did you mean '" + suggestion + "'?" : "; run 'clawc rules' for the list"));
            }
            if (level.equals("off")) {
                overrides.put(id, null);
            } else {
                try {
                    overrides.put(id, Severity.parse(level));
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(commandLine,
                            "level for rule '" + id + "' must be off, info, warning or error, got '" + level + "'");
                }
            }
        }
        return overrides;
    }

    /**
     * The environment OpenClaw would see: this process's (unless --no-process-env) with --env-file
     * values over it. Problems reading an env file are added to {@code problems} as a file result.
     */
    dev.clawc.load.Environment environment(Streams streams, List<Analysis.FileResult> problems) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Path envFile : envFiles) {
            dev.clawc.load.EnvFile.Result read = dev.clawc.load.EnvFile.read(envFile);
            values.putAll(read.values());
            if (!read.diagnostics().isEmpty()) {
                problems.add(new Analysis.FileResult(envFile.toString(), read.file(), null, read.diagnostics(),
                        read.diagnostics().stream().anyMatch(d -> d.rule().equals(Input.RULE_IO_ERROR)), null, null));
            }
        }
        return dev.clawc.load.Environment.combine(noProcessEnv ? null : streams.env(), values);
    }

    long maxFileBytes(CommandLine commandLine) {
        String text = maxFileSize.trim().toUpperCase(java.util.Locale.ROOT);
        long unit = text.endsWith("K") ? 1024 : text.endsWith("M") ? 1024 * 1024 : 1;
        try {
            long value = Long.parseLong(unit == 1 ? text : text.substring(0, text.length() - 1)) * unit;
            if (value <= 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(commandLine, "--max-file-size must be a positive size like 16M, got '"
                    + maxFileSize + "'");
        }
    }

    /**
     * Everything an analysis needs from these options, validated: the target version, the
     * environment (env-file problems go to {@code problems}) and the rule levels.
     */
    Analysis.Settings settings(CommandLine commandLine, Streams streams, List<Analysis.FileResult> problems) {
        validateVersion(commandLine);
        Map<String, Severity> overrides = ruleOverrides(commandLine);
        return new Analysis.Settings(openclawVersion, environment(streams, problems), overrides);
    }

    private void validateVersion(CommandLine commandLine) {
        if (openclawVersion != null && !dev.clawc.config.OpenClawVersion.isVersion(openclawVersion)) {
            throw new CommandLine.ParameterException(commandLine,
                    "--openclaw-version must look like 2026.9.6, got '" + openclawVersion + "'");
        }
    }
}
