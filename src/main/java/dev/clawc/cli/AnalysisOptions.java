package dev.clawc.cli;

import dev.clawc.core.ProjectSettings;
import dev.clawc.core.AnalysisResult;
import dev.clawc.core.AnalysisSettings;
import dev.clawc.diag.RuleMeta;
import dev.clawc.diag.Severity;
import dev.clawc.rules.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine;

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
                        RuleRegistry.all().stream().map(RuleMeta::id).toList());
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
     * The environment OpenClaw would see: this process's (unless --no-process-env) with the env files' values over
     * it (the project's, then --env-file, later files winning). Problems reading an env file go to {@code problems}.
     */
    dev.clawc.load.Environment environment(Streams streams, List<AnalysisResult> problems) {
        return environment(streams, problems, ProjectSettings.NONE);
    }

    private dev.clawc.load.Environment environment(Streams streams, List<AnalysisResult> problems, ProjectSettings project) {
        Map<String, String> values = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>(project.envFiles);
        files.addAll(envFiles);
        for (Path envFile : files) {
            dev.clawc.load.EnvFile.Result read = dev.clawc.load.EnvFile.read(envFile);
            values.putAll(read.values());
            if (!read.diagnostics().isEmpty() && reportedOnce.add(envFile.toAbsolutePath().normalize())) {
                problems.add(AnalysisResult.unreadable(envFile.toString(), read.file(), read.diagnostics(),
                        read.diagnostics().stream().anyMatch(d -> d.rule().equals(Input.RULE_IO_ERROR))));
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

    /** Files whose problems were reported already (a settings or env file shared by many configs is reported once). */
    private final java.util.Set<Path> reportedOnce = new java.util.HashSet<>();
    private final Map<Path, ProjectSettings> projects = new java.util.HashMap<>();

    /**
     * The project settings that apply to a file argument: the nearest {@code .clawc.json5} in its directory or above
     * (for {@code -}, the working directory's), read once per run; its problems go to {@code problems} once.
     */
    ProjectSettings projectFor(String argument, List<AnalysisResult> problems) {
        Path start = argument.equals("-") ? Path.of("") : Path.of(argument).toAbsolutePath().getParent();
        Path found = start == null ? null : ProjectSettings.find(start);
        if (found == null) {
            return ProjectSettings.NONE;
        }
        ProjectSettings project = projects.computeIfAbsent(found.toAbsolutePath().normalize(), ProjectSettings::read);
        if (!project.problems.isEmpty() && reportedOnce.add(project.file.toAbsolutePath().normalize())) {
            problems.add(AnalysisResult.unreadable(project.file.toString(), project.source, project.problems, true));
        }
        return project;
    }

    /** The settings for a command with no file argument in reach: command line and defaults only. */
    AnalysisSettings settings(CommandLine commandLine, Streams streams, List<AnalysisResult> problems) {
        return settings(commandLine, streams, problems, ProjectSettings.NONE);
    }

    /** The settings for one file argument: its project's settings under the command line's. */
    AnalysisSettings settings(CommandLine commandLine, Streams streams, List<AnalysisResult> problems, String argument) {
        return settings(commandLine, streams, problems, projectFor(argument, problems));
    }

    /**
     * Everything an analysis needs, validated: the target version, the environment (env-file problems go to
     * {@code problems}) and the rule levels; the command line wins over the project's settings.
     */
    AnalysisSettings settings(CommandLine commandLine, Streams streams, List<AnalysisResult> problems, ProjectSettings project) {
        validateVersion(commandLine);
        Map<String, Severity> overrides = new LinkedHashMap<>(project.rules);
        overrides.putAll(ruleOverrides(commandLine));
        String version = openclawVersion != null ? openclawVersion : project.openclawVersion;
        return AnalysisSettings.defaults().withVersion(version).withEnvironment(environment(streams, problems, project))
                .withRuleOverrides(overrides).withSecrets(streams.secrets());
    }

    private void validateVersion(CommandLine commandLine) {
        if (dev.clawc.config.VersionChoice.INSTALLED.equals(openclawVersion)) {
            if (dev.clawc.release.InstalledOpenClaw.find() == null) {
                throw new CommandLine.ParameterException(commandLine, "--openclaw-version installed: no OpenClaw installation"
                        + " found (looked for `openclaw` on PATH and under npm's global prefix)");
            }
        } else if (openclawVersion != null && !dev.clawc.release.OpenClawVersion.isVersion(openclawVersion)) {
            throw new CommandLine.ParameterException(commandLine, "--openclaw-version must be a release such as "
                    + dev.clawc.release.Releases.bundled().newest() + ", or `installed`; got '" + openclawVersion + "'");
        }
    }
}
