package dev.clawc.config;

import dev.clawc.diag.ConfigPath;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Value;

/**
 * {@code agents.defaults} (id null) or one agent of {@code agents.entries} (or the legacy
 * {@code agents.list}, which OpenClaw migrates to entries in memory).
 */
public record Agent(String id, ConfigPath path, Json5Object node, boolean legacy) {

    public boolean isDefaults() {
        return id == null;
    }

    public Json5Value get(String key) {
        return node == null ? null : node.get(key);
    }

    public Json5Object models() {
        return Nodes.object(get("models"));
    }

    public Json5Object params() {
        return Nodes.object(get("params"));
    }

    public Json5Object modelPolicy() {
        return Nodes.object(get("modelPolicy"));
    }

    public String label() {
        return id == null ? "agents.defaults" : "agent `" + id + "`";
    }
}
