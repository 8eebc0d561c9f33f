package dev.clawc.rules;

import java.util.List;

/** Providers and credentials: custom providers, API kinds, keys, secrets, env. Registered by {@link RuleRegistry}. */
final class ProviderRules {
    static final List<Rule> ALL = List.of(
    );

    private ProviderRules() {
    }
}
