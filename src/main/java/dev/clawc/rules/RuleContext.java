package dev.clawc.rules;

import dev.clawc.config.ConfigModel;
import dev.clawc.release.OpenClawVersion;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import java.util.List;
import java.util.Map;

/** What a rule sees (the config, the target OpenClaw version, the environment) and where it reports. */
public final class RuleContext {
    private final RuleInfo info;
    private final ConfigModel config;
    private final Map<String, String> env;
    private final List<Diagnostic> sink;

    RuleContext(RuleInfo info, ConfigModel config, Map<String, String> env, List<Diagnostic> sink) {
        this.info = info;
        this.config = config;
        this.env = env;
        this.sink = sink;
    }

    public ConfigModel config() {
        return config;
    }

    public OpenClawVersion version() {
        return config.version();
    }

    /** The environment OpenClaw would run with, as far as clawc knows it (process env, --env-file, env.vars). */
    public Map<String, String> env() {
        return env;
    }

    /** A diagnostic pre-filled with this rule's id and default severity. */
    public Diagnostic.Builder diagnostic(String message) {
        return Diagnostic.builder(info.id(), info.severity(), message);
    }

    /** A diagnostic of this rule at another severity than its default (e.g. a warning before a release refuses it). */
    public Diagnostic.Builder diagnostic(Severity severity, String message) {
        return Diagnostic.builder(info.id(), severity, message);
    }

    public void report(Diagnostic.Builder diagnostic) {
        sink.add(diagnostic.build());
    }
}
