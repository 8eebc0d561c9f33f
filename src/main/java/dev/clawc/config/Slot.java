package dev.clawc.config;

import dev.clawc.diag.ConfigPath;
import dev.clawc.json5.Json5String;

/**
 * One place where the config names a model: {@code agents.defaults.model.primary}, a fallback,
 * {@code imageModel}, a per-agent {@code model}, ... {@code agentId} is null for
 * {@code agents.defaults} and for slots outside {@code agents}.
 *
 * @param name   the slot as people say it: "model.primary", "model.fallbacks[1]", "imageModel.primary"
 * @param kind   PRIMARY and FALLBACK are the chat chain; OTHER is every other slot
 * @param ref    the parsed ref, null when the text is not a usable ref
 */
public record Slot(String agentId, String name, Kind kind, int fallbackIndex, ConfigPath path, Json5String node,
        ModelRef ref) {

    public enum Kind { PRIMARY, FALLBACK, OTHER }

    public String text() {
        return node.value();
    }

    /** "agents.defaults", "agent `ops`" or the slot's path outside agents, for messages. */
    public String owner() {
        if (agentId != null) {
            return "agent `" + agentId + "`";
        }
        return "agents".equals(path.segments().get(0)) ? "agents.defaults" : "`" + path + "`";
    }
}
