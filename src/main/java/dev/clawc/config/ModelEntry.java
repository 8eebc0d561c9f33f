package dev.clawc.config;

import dev.clawc.diag.ConfigPath;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;

/**
 * One entry of a {@code models} map ({@code agents.defaults.models} or an agent's): the key as
 * written, its parsed ref (null for wildcards and unusable keys), its alias and params.
 */
public record ModelEntry(String agentId, ConfigPath path, Json5Member member, ModelRef ref) {

    public String key() {
        return member.name();
    }

    public boolean isWildcard() {
        return ModelRefs.isWildcard(key());
    }

    public Json5Object body() {
        return Nodes.object(member.value());
    }

    /** The alias node, or null. */
    public Json5String aliasNode() {
        Json5Object body = body();
        return body != null && body.get("alias") instanceof Json5String s ? s : null;
    }

    public String alias() {
        Json5String node = aliasNode();
        return node == null || node.value().isBlank() ? null : node.value().trim();
    }

    public Json5Object params() {
        Json5Object body = body();
        return body == null ? null : Nodes.object(body.get("params"));
    }
}
