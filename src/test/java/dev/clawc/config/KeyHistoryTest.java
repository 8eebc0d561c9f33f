package dev.clawc.config;

import dev.clawc.release.OpenClawVersion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.config.KeyHistory.Found;
import dev.clawc.config.KeyHistory.IntroducedKey;
import dev.clawc.config.KeyHistory.RetiredKey;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Reader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KeyHistoryTest {
    private final KeyHistory history = KeyHistory.bundled();

    private static OpenClawVersion v(String text) {
        return OpenClawVersion.parse(text);
    }

    @Test
    void findsRetiredKeysByExactAndWildcardPaths() {
        RetiredKey reset = history.retiredAt(ConfigPath.of("gateway", "tailscale", "resetOnExit"));
        assertNotNull(reset);
        assertEquals(v("2026.8.1"), reset.removedIn());
        assertEquals(v("2026.7.35"), reset.lastAcceptedIn());
        assertNull(reset.movedTo());
        assertEquals(KeyHistory.Repair.REMOVE, reset.repair());

        RetiredKey color = history.retiredAt(ConfigPath.of("browser", "profiles", "work", "color"));
        assertEquals("browser.profiles.*.color", color.path().toString());

        RetiredKey perAgent = history.retiredAt(ConfigPath.of("agents", "list", 3, "memorySearch"));
        assertEquals("agents.list.*.memorySearch", perAgent.path().toString());
        assertEquals(ConfigPath.of("agents", "list", 3, "memory", "search"),
                perAgent.movedTo().bind(perAgent.path(), ConfigPath.of("agents", "list", 3, "memorySearch")));

        assertNull(history.retiredAt(ConfigPath.of("gateway", "tailscale")), "only the exact key matches");
        assertNull(history.retiredAt(ConfigPath.of("gateway", "tailscale", "mode")));
    }

    @Test
    void exceptKeepsCurrentKeysOutOfAWildcard() {
        assertNotNull(history.retiredAt(ConfigPath.of("env", "OPENAI_API_KEY")));
        assertNull(history.retiredAt(ConfigPath.of("env", "vars")));
        assertNull(history.retiredAt(ConfigPath.of("env", "shellEnv")));
        assertEquals("env-shorthand", history.retiredAt(ConfigPath.of("env", "X")).reportedBy());
    }

    @Test
    void findsIntroducedKeys() {
        IntroducedKey params = history.introducedAt(ConfigPath.of("agents", "defaults", "params"));
        assertEquals(v("2026.4.1"), params.addedIn());
        assertTrue(params.instead().contains("agents.defaults.models"), params.instead());
        assertEquals(v("2026.3.13"), history.introducedAt(ConfigPath.of("agents", "list", 0, "params")).addedIn());
        assertEquals(v("2026.8.1"), history.introducedAt(ConfigPath.of("agents", "defaults", "modelPolicy")).addedIn());
        assertNull(history.introducedAt(ConfigPath.of("agents", "defaults", "model")));
    }

    @Test
    void acceptedByFollowsTheReleaseWindow() {
        ConfigPath touchedAt = ConfigPath.of("meta", "lastTouchedAt");
        assertTrue(history.acceptedBy(touchedAt, v("2026.2.6-3")));
        assertTrue(history.acceptedBy(touchedAt, v("2026.7.35")));
        assertFalse(history.acceptedBy(touchedAt, v("2026.8.1")));
        assertFalse(history.acceptedBy(touchedAt, v("2026.9.6")));

        ConfigPath ownerDisplay = ConfigPath.of("commands", "ownerDisplay");
        assertFalse(history.acceptedBy(ownerDisplay, v("2026.2.6-3")), "added after 2026.2.6-3");
        assertTrue(history.acceptedBy(ownerDisplay, v("2026.3.2")));

        ConfigPath params = ConfigPath.of("agents", "defaults", "params");
        assertFalse(history.acceptedBy(params, v("2026.2.6-3")));
        assertTrue(history.acceptedBy(params, v("2026.4.12")));
        assertTrue(history.acceptedBy(params, v("2026.9.6")));

        // a key inside a section the release does not know yet
        assertFalse(history.acceptedBy(ConfigPath.of("agents", "entries", "main", "params"), v("2026.7.1")));
        assertTrue(history.acceptedBy(ConfigPath.of("agents", "entries", "main", "params"), v("2026.8.1")));
        // agents.list is migrated on load, never rejected
        assertTrue(history.acceptedBy(ConfigPath.of("agents", "list"), v("2026.9.6")));
        // no history: accepted as far as clawc knows
        assertTrue(history.acceptedBy(ConfigPath.of("gateway", "port"), v("2026.9.6")));
    }

    @Test
    void acceptedUnderDropsOnlyUnknownKeyFindingsTheTargetAccepts() {
        Diagnostic schema = Diagnostic.builder("unknown-key", Severity.ERROR, "unknown key `lastTouchedAt` in `meta`")
                .path(ConfigPath.of("meta", "lastTouchedAt")).build();
        assertTrue(KeyHistory.acceptedUnder(schema, v("2026.3.13")));
        assertFalse(KeyHistory.acceptedUnder(schema, v("2026.9.6")));

        Diagnostic invented = Diagnostic.builder("unknown-key", Severity.ERROR, "unknown key `host` in `gateway`")
                .path(ConfigPath.of("gateway", "host")).build();
        assertFalse(KeyHistory.acceptedUnder(invented, v("2026.3.13")), "never a key of any release");

        Diagnostic otherRule = Diagnostic.builder("invalid-type", Severity.ERROR, "x")
                .path(ConfigPath.of("meta", "lastTouchedAt")).build();
        assertFalse(KeyHistory.acceptedUnder(otherRule, v("2026.3.13")));

        Diagnostic tooEarly = Diagnostic.builder("unknown-key", Severity.ERROR, "x")
                .path(ConfigPath.of("commands", "ownerDisplay")).build();
        assertFalse(KeyHistory.acceptedUnder(tooEarly, v("2026.2.6-3")), "2026.2.6-3 did not know it yet");
    }

    @Test
    void findWalksMapsAndArrays() {
        var root = Json5Reader.read(new SourceFile("t.json5", "{agents: {list: [{id: 'a'}, {id: 'b', memorySearch: {}}]},"
                + " browser: {profiles: {one: {color: '#fff'}, two: {cdpPort: 1}}}}")).value();
        List<Found> perAgent = KeyHistory.find(root, KeyHistory.KeyPattern.parse("agents.list.*.memorySearch", List.of()));
        assertEquals(List.of("agents.list[1].memorySearch"), perAgent.stream().map(f -> f.path().toString()).collect(Collectors.toList()));
        List<Found> colors = KeyHistory.find(root, KeyHistory.KeyPattern.parse("browser.profiles.*.color", List.of()));
        assertEquals(1, colors.size());
        assertEquals("color", colors.get(0).member().name());
    }

    @Test
    void everyEntryIsConsistentAndSourced() {
        for (RetiredKey key : history.retired()) {
            assertFalse(key.source().isBlank(), key.path().toString());
            if (key.lastAcceptedIn() != null) {
                assertTrue(key.lastAcceptedIn().compareTo(key.removedIn()) < 0, key.path() + ": accepted after its removal");
            }
            if (key.addedIn() != null) {
                assertTrue(key.addedIn().compareTo(key.removedIn()) < 0, key.path().toString());
            }
            assertEquals(key.uncertain(), key.note().contains("UNCERTAIN"), key.path() + ": `uncertain` and the note disagree");
        }
        for (IntroducedKey key : history.introduced()) {
            assertFalse(key.source().isBlank(), key.path().toString());
            if (key.lastRejectedIn() != null) {
                assertTrue(key.lastRejectedIn().compareTo(key.addedIn()) < 0, key.path().toString());
            }
            assertEquals(key.uncertain(), key.note().contains("UNCERTAIN"), key.path().toString());
        }
    }
}
