package dev.clawc.config;

import dev.clawc.diag.ConfigPath;
import dev.clawc.json5.Json5Value;
import java.util.List;
import java.util.Map;

/**
 * Where one model's requests go and what OpenClaw puts in them, for one agent and one slot of its
 * chain, under the target release: provider, API kind, base URL, endpoint class, the id the provider
 * receives, the effective params (with where each came from), cache retention and cache markers.
 *
 * @param agentId    the agent whose requests these are ("main" when the config has no agents)
 * @param slotName   "primary", "fallbacks[0]", ... ; "model" for a ref given on the command line
 * @param slot       where the ref is written; null for a ref given on the command line
 * @param customBaseUrl true when the base URL comes from the config rather than the provider's default
 */
public record Route(
        String agentId,
        String slotName,
        Slot slot,
        ModelRef ref,
        ConfigModel.Via via,
        String provider,
        String api,
        String baseUrl,
        String host,
        String endpointClass,
        boolean customBaseUrl,
        String upstreamId,
        Map<String, Param> params,
        Retention retention,
        CachePlan cache) {

    /** One effective param and the config path it was taken from (the last layer that set it). */
    public record Param(String name, Json5Value value, ConfigPath path) {
    }

    /**
     * The cache retention OpenClaw applies: {@code none|short|long}, or null when the route is not
     * eligible for retention (no cache options are sent). {@code source} says where it came from.
     */
    public record Retention(String value, String source, Param param, boolean ignored) {
    }

    /** Where OpenClaw puts {@code cache_control} markers in the request, and why. */
    public record CachePlan(List<Marker> markers, List<String> reasons) {
        public boolean sendsMarkers() {
            return !markers.isEmpty();
        }
    }

    public enum Where { SYSTEM, LAST_USER, LAST_TOOL }

    /** A {@code cache_control: {type: "ephemeral"[, ttl]}} marker. */
    public record Marker(Where where, String ttl) {
    }

    public Param param(String name) {
        return params.get(name);
    }

    public String key() {
        return ref.key();
    }
}
