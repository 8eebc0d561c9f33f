package dev.clawc.rules;

import java.util.List;

/** Providers and credentials: custom providers, API kinds, keys, secrets, env. Registered by {@link RuleRegistry}. */
final class ProviderRules {
    static final List<Rule> ALL = List.of(
            new dev.clawc.rules.checks.CustomProviderIncomplete(),
            new dev.clawc.rules.checks.UnknownApi(),
            new dev.clawc.rules.checks.MissingCredentials(),
            new dev.clawc.rules.checks.InlineSecret(),
            new dev.clawc.rules.checks.EnvShorthand());

    private ProviderRules() {
    }
}
