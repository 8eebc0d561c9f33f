package dev.clawc.rules;

import java.util.List;

/** Config drift between OpenClaw releases: retired, moved and not-yet-supported keys. Registered by {@link RuleRegistry}. */
final class VersionRules {
    static final List<Rule> ALL = List.of(
            new dev.clawc.rules.checks.RetiredKey(),
            new dev.clawc.rules.checks.UnsupportedKey(),
            new dev.clawc.rules.checks.AgentRoster(),
            new dev.clawc.rules.checks.UnknownAgent()
    );

    private VersionRules() {
    }
}
