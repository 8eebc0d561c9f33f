package dev.clawc.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.clawc.diag.ConfigPath;
import org.junit.jupiter.api.Test;

/** rules/openclaw/legacy-values.json: OpenClaw's doctor rewrites of old value spellings, compared as OpenClaw compares them. */
class LegacyValuesTest {
    @Test
    void hostAliasesCompareTrimmedAndLowerCased() {
        // normalizeOptionalLowercaseString in gateway.bind.host-alias->bind-mode
        assertEquals("lan", LegacyValues.replacement(ConfigPath.of("gateway", "bind"), " 0.0.0.0 "));
        assertEquals("loopback", LegacyValues.replacement(ConfigPath.of("gateway", "bind"), "LOCALHOST"));
    }

    @Test
    void exactEntriesMatchOnlyTheValueAsWritten() {
        // runtime.final-layout-kills compares `reload.mode === "restart"`
        assertEquals("hybrid", LegacyValues.replacement(ConfigPath.of("gateway", "reload", "mode"), "restart"));
        assertNull(LegacyValues.replacement(ConfigPath.of("gateway", "reload", "mode"), "Restart"));
        assertEquals("pretty", LegacyValues.replacement(ConfigPath.of("logging", "consoleStyle"), "compact"));
    }

    @Test
    void aStarMatchesAnyKeyOrIndex() {
        assertEquals("direct", LegacyValues.replacement(ConfigPath.of("bindings", 3, "match", "peer", "kind"), "dm"));
        assertEquals("steer", LegacyValues.replacement(ConfigPath.of("messages", "queue", "byChannel", "telegram"), "queue"));
        assertEquals("followup", LegacyValues.replacement(ConfigPath.of("messages", "queue", "mode"), "steer+backlog"));
        assertNull(LegacyValues.replacement(ConfigPath.of("messages", "queue", "byChannel"), "queue"));
    }
}
