package dev.clawc.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConfigPathTest {

    @Test
    void writesPathsTheWayOpenClawDoes() {
        assertEquals("agents.defaults.models[\"openai/gpt-4o\"].params",
                ConfigPath.of("agents", "defaults", "models", "openai/gpt-4o", "params").toString());
        assertEquals("agents.defaults.model.fallbacks[0]",
                ConfigPath.of("agents", "defaults", "model", "fallbacks", 0).toString());
        assertEquals("[\"my-agent\"].x", ConfigPath.of("my-agent", "x").toString());
        assertEquals("env[\"a\\\"b\"]", ConfigPath.of("env", "a\"b").toString());
        assertEquals("", ConfigPath.root().toString());
    }

    @Test
    void navigates() {
        ConfigPath path = ConfigPath.of("a", "b", 2);
        assertEquals("a.b", path.parent().toString());
        assertEquals("b", path.parent().lastKey());
        assertEquals(null, path.lastKey());
        assertEquals(path, ConfigPath.of("a").key("b").index(2));
    }
}
