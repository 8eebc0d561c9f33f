package dev.clawc.rules;

import java.util.List;

/** The model chain and its policy: allowlists, fallbacks, params. Registered by {@link RuleRegistry}. */
final class ChainRules {
    static final List<Rule> ALL = List.of(
            new dev.clawc.rules.checks.NotInAllowlist(),
            new dev.clawc.rules.checks.LegacyAllowlist(),
            new dev.clawc.rules.checks.FallbacksDropped(),
            new dev.clawc.rules.checks.DuplicateFallback(),
            new dev.clawc.rules.checks.FallbackIsPrimary(),
            new dev.clawc.rules.checks.InvalidParam()
    );

    private ChainRules() {
    }
}
