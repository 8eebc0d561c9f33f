package dev.clawc.rules;

import java.util.List;

/** The model chain and its policy: allowlists, fallbacks, params. Registered by {@link RuleRegistry}. */
final class ChainRules {
    static final List<Rule> ALL = List.of(
    );

    private ChainRules() {
    }
}
