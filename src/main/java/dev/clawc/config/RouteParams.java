package dev.clawc.config;

import dev.clawc.config.Route.Param;
import dev.clawc.diag.ConfigPath;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The params OpenClaw merges for an agent and model, shallowly, later layers winning. Each layer is looked up by
 * the exact canonical key (or the legacy raw key), so a key written differently never matches (facts §4.1). Which
 * layers exist depends on the release (§4.3).
 */
final class RouteParams {
    private final ConfigModel config;
    private final VersionProfile profile;

    RouteParams(ConfigModel config) {
        this.config = config;
        this.profile = config.profile();
    }

    Map<String, Param> merged(String agentId, ModelRef ref) {
        Map<String, Param> merged = new LinkedHashMap<>();
        Agent agent = config.agent(agentId);
        if (profile.defaultsParams()) {
            layer(merged, config.defaults().params(), config.defaults().path().key("params"));
        }
        ModelEntry defaultsEntry = entryFor(null, ref);
        if (defaultsEntry != null) {
            layer(merged, defaultsEntry.params(), defaultsEntry.path().key("params"));
        }
        if (agent != null && !agent.legacy() && profile.agentsEntries()) {
            ModelEntry agentEntry = entryFor(agentId, ref);
            if (agentEntry != null) {
                layer(merged, agentEntry.params(), agentEntry.path().key("params"));
            }
        }
        if (agent != null && profile.agentParams()) {
            layer(merged, agent.params(), agent.path().key("params"));
        }
        return merged;
    }

    /** The models-map entry OpenClaw finds for a ref: by exact canonical key, else the legacy raw key. */
    ModelEntry entryFor(String agentId, ModelRef ref) {
        String key = ModelRefs.canonicalKey(ref.provider(), ref.model());
        String legacy = ModelRefs.legacyKey(ref.provider(), ref.model());
        ModelEntry exact = null;
        ModelEntry old = null;
        for (ModelEntry entry : config.modelEntries(agentId)) {
            if (entry.key().equals(key)) {
                exact = entry; // duplicates: the last written wins, as in the parsed object
            } else if (entry.key().equals(legacy)) {
                old = entry;
            }
        }
        return exact != null ? exact : old;
    }

    private static void layer(Map<String, Param> merged, Json5Object params, ConfigPath path) {
        if (params == null) {
            return;
        }
        for (Json5Member member : params.members()) {
            merged.put(member.name(), new Param(member.name(), member.value(), path.key(member.name())));
        }
    }
}
