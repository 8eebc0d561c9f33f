package dev.clawc.rules;

import java.util.List;

/** Model refs and models maps: provider ids, OpenRouter ids, canonical keys, aliases. Registered by {@link RuleRegistry}. */
final class RefRules {
    static final List<Rule> ALL = List.of(
            new dev.clawc.rules.checks.UnknownProvider(),
            new dev.clawc.rules.checks.OpenRouterModelId(),
            new dev.clawc.rules.checks.NonCanonicalModelKey(),
            new dev.clawc.rules.checks.AliasCollision()
    );

    private RefRules() {
    }
}
