package dev.clawc.rules;

import java.util.List;

/** Model refs and models maps: provider ids, OpenRouter ids, canonical keys, aliases. Registered by {@link RuleRegistry}. */
final class RefRules {
    static final List<Rule> ALL = List.of(
    );

    private RefRules() {
    }
}
