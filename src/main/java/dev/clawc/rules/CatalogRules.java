package dev.clawc.rules;

import java.util.List;

/** Model catalog facts: retired and unknown models. Registered by {@link RuleRegistry}. */
final class CatalogRules {
    static final List<Rule> ALL = List.of(
    );

    private CatalogRules() {
    }
}
