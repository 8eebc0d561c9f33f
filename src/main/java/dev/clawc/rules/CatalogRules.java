package dev.clawc.rules;

import java.util.List;

/** Model catalog facts: retired and unknown models. Registered by {@link RuleRegistry}. */
final class CatalogRules {
    static final List<Rule> ALL = List.of(
            new dev.clawc.rules.checks.RetiredModel(),
            new dev.clawc.rules.checks.UnknownModel()
    );

    private CatalogRules() {
    }
}
