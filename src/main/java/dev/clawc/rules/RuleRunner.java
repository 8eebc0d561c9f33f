package dev.clawc.rules;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.VersionProfile;
import dev.clawc.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs every semantic rule over a config. A rule that throws is a bug of ours: it becomes a finding, not a crash. */
public final class RuleRunner {

    private RuleRunner() {
    }

    public static List<Diagnostic> run(ConfigModel config, Map<String, String> env) {
        return run(RuleRegistry.semanticRules(), config, env);
    }

    public static List<Diagnostic> run(List<Rule> rules, ConfigModel config, Map<String, String> env) {
        List<Diagnostic> out = new ArrayList<>();
        if (config == null) {
            return out;
        }
        for (Rule rule : rules) {
            RuleInfo info = rule.info();
            if (!appliesTo(info, config.profile())) {
                continue;
            }
            List<Diagnostic> found = new ArrayList<>();
            try {
                rule.check(new RuleContext(info, config, env, found));
            } catch (RuntimeException e) {
                found.clear();
                found.add(Diagnostic.builder("internal-error", dev.clawc.diag.Severity.WARNING,
                                "rule `" + info.id() + "` failed on this config: " + e)
                        .file(config.root().span().file().displayName())
                        .note("this is a bug in clawc; the other rules still ran")
                        .build());
            }
            out.addAll(found);
        }
        return out;
    }

    /** True when the rule's {@code when} switch (if any) is on for the target release. */
    public static boolean appliesTo(RuleInfo info, VersionProfile profile) {
        return info.when().isEmpty() || profile.enabled(info.when());
    }

    /** True when some rule that supersedes schema findings reported at this path. */
    public static boolean supersededBySemanticRule(Diagnostic schemaFinding, List<Diagnostic> semantic) {
        for (Diagnostic d : semantic) {
            RuleInfo info = infoOf(d.rule());
            if (info != null && info.supersedesSchema() && d.path() != null && d.path().equals(schemaFinding.path())) {
                return true;
            }
        }
        return false;
    }

    private static RuleInfo infoOf(String id) {
        for (Rule rule : RuleRegistry.semanticRules()) {
            if (rule.info().id().equals(id)) {
                return rule.info();
            }
        }
        return null;
    }
}
