package dev.clawc.core;

import dev.clawc.diag.SecretValues;
import dev.clawc.diag.Severity;
import dev.clawc.load.Environment;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleRegistry;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to analyze a config. Immutable; start from {@link #defaults()} and change what differs.
 *
 * @param requestedVersion the OpenClaw release to check against, or null for the file's
 *                         {@code meta.lastTouchedVersion}, else the newest release clawc knows
 * @param environment      the variables {@code ${VAR}} resolves against (process env, --env-file)
 * @param ruleOverrides    per-rule severity; a null value turns the rule off
 * @param rules            the semantic rules to run (all of {@link RuleRegistry} by default)
 * @param secrets          where the analysis puts the secret values it finds, for the output's redaction point
 */
public record AnalysisSettings(String requestedVersion, Environment environment, Map<String, Severity> ruleOverrides,
        List<Rule> rules, SecretValues secrets) {

    public AnalysisSettings {
        Objects.requireNonNull(environment, "environment");
        ruleOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(ruleOverrides));
        rules = List.copyOf(rules);
        Objects.requireNonNull(secrets, "secrets");
    }

    /** The newest or file-declared release, an empty environment, default levels, every rule. */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(null, Environment.empty(), Map.of(), RuleRegistry.semanticRules(), new SecretValues());
    }

    public AnalysisSettings withVersion(String openclawVersion) {
        return new AnalysisSettings(openclawVersion, environment, ruleOverrides, rules, secrets);
    }

    public AnalysisSettings withEnvironment(Environment env) {
        return new AnalysisSettings(requestedVersion, env, ruleOverrides, rules, secrets);
    }

    /** Plain variables, as if from the process environment. */
    public AnalysisSettings withEnvironment(Map<String, String> env) {
        return withEnvironment(Environment.of(env));
    }

    public AnalysisSettings withRuleOverrides(Map<String, Severity> overrides) {
        return new AnalysisSettings(requestedVersion, environment, overrides, rules, secrets);
    }

    /** Secrets found go to {@code sink} (the run's output redaction). */
    public AnalysisSettings withSecrets(SecretValues sink) {
        return new AnalysisSettings(requestedVersion, environment, ruleOverrides, rules, sink);
    }

    /** Only these semantic rules run (stage findings are always reported). */
    public AnalysisSettings withRules(List<Rule> semanticRules) {
        return new AnalysisSettings(requestedVersion, environment, ruleOverrides, semanticRules, secrets);
    }
}
