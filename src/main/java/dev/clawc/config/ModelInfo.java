package dev.clawc.config;

import java.util.List;

/**
 * One model of {@code rules/models.json5}, keyed by its route: {@code provider} plus the {@code id} the
 * provider's API receives (for OpenRouter {@code anthropic/claude-3.5-sonnet}). Null numbers mean "not known".
 *
 * @param aliases        other ids that mean the same model on that provider (dated ids, {@code :beta} variants)
 * @param caching        {@code "explicit"} (cache_control breakpoints), {@code "automatic"} or {@code "none"}
 * @param ttls           cache lifetimes the route accepts ({@code "5m"}, {@code "1h"}, ...)
 * @param retired        null while the model is served
 * @param hosts          OpenRouter only: the upstream providers serving it; empty elsewhere
 */
public record ModelInfo(String provider, String id, List<String> aliases, String caching, Integer maxBreakpoints,
        List<String> ttls, Integer minCacheTokens, Long contextWindow, Long maxOutput, Retirement retired,
        List<Host> hosts, String note, String source, String asOf) {

    public boolean isRetired() {
        return retired != null;
    }

    /** "openrouter/anthropic/claude-3.5-sonnet": the ref OpenClaw users write for this route. */
    public String ref() {
        return ModelRefs.canonicalKey(provider, id);
    }

    /** The host with this OpenRouter slug, or null. */
    public Host host(String slug) {
        for (Host host : hosts) {
            if (host.slug().equals(slug)) {
                return host;
            }
        }
        return null;
    }

    /**
     * True when a host other than the one that retired the model still serves it (through OpenRouter, a
     * model Anthropic retired may still be served by Bedrock or Vertex, which keep their own schedules).
     */
    public boolean servedByPartners() {
        if (retired == null) {
            return !hosts.isEmpty();
        }
        for (Host host : hosts) {
            if (!host.slug().equals(retired.by())) {
                return true;
            }
        }
        return false;
    }

    /**
     * An upstream provider serving a model through OpenRouter.
     *
     * @param cachePoints {@code "accepted"}, {@code "refused"} or {@code "unknown"}: does that host accept a
     *                    cache_control breakpoint for this model
     */
    public record Host(String slug, String cachePoints, String note) {

        public boolean refusesCachePoints() {
            return "refused".equals(cachePoints);
        }
    }

    /**
     * @param on          the retirement date (ISO), null when the source gives none
     * @param by          who retired it ({@code "anthropic"}, {@code "google"})
     * @param replacement the upstream id to use instead, on the same provider; may be null
     */
    public record Retirement(String on, String by, String replacement, String note) {
    }
}
