package dev.clawc.rules;

import java.util.List;

/** Prompt caching: what OpenClaw will send on each route and whether the route accepts it. Registered by {@link RuleRegistry}. */
final class CachingRules {
    static final List<Rule> ALL = List.of(
            new dev.clawc.rules.checks.CacheRetentionIgnored(),
            new dev.clawc.rules.checks.CacheTtlUnsupported(),
            new dev.clawc.rules.checks.CacheControlRejected(),
            new dev.clawc.rules.checks.CacheBelowMinimum()
    );

    private CachingRules() {
    }
}
