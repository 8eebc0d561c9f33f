package dev.clawc.testing;

import dev.clawc.config.OpenClawVersion;
import dev.clawc.core.AnalysisResult;
import dev.clawc.core.AnalysisSettings;
import dev.clawc.core.Analyzer;
import dev.clawc.diag.Diagnostic;
import dev.clawc.rules.Rule;
import java.util.List;
import java.util.Map;

/** Runs one rule over a config text through {@link Analyzer}, as `check` would, and returns its findings. */
public final class RuleTester {
    private final Rule rule;
    private String version = OpenClawVersion.LATEST.toString();
    private Map<String, String> env = Map.of();

    private RuleTester(Rule rule) {
        this.rule = rule;
    }

    public static RuleTester of(Rule rule) {
        return new RuleTester(rule);
    }

    public RuleTester version(String openclawVersion) {
        this.version = openclawVersion;
        return this;
    }

    public RuleTester env(Map<String, String> environment) {
        this.env = environment;
        return this;
    }

    public List<Diagnostic> check(String configText) {
        AnalysisSettings settings = AnalysisSettings.defaults().withVersion(version).withEnvironment(env)
                .withRules(List.of(rule));
        AnalysisResult result = Analyzer.analyzeText("openclaw.json", configText, settings);
        if (result.diagnostics().stream().anyMatch(d -> d.rule().equals("json5-syntax"))) {
            throw new IllegalArgumentException("test config does not parse: " + result.diagnostics());
        }
        String id = rule.info().id();
        return result.diagnostics().stream()
                .filter(d -> d.rule().equals(id) || d.rule().equals("internal-error"))
                .toList();
    }
}
