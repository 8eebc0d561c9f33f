package dev.clawc.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ReleasesTest {
    private final Releases releases = Releases.parse(read("""
            {"releases":[{"release":"2026.2.6-3"},{"release":"2026.1.29"},{"release":"2026.3.2","configValidate":true}]}"""));

    private static com.fasterxml.jackson.databind.JsonNode read(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void ordersReleasesAndNamesTheNewest() {
        assertEquals(OpenClawVersion.parse("2026.1.29"), releases.oldest());
        assertEquals(OpenClawVersion.parse("2026.3.2"), releases.newest());
        assertTrue(releases.all().get(2).hasConfigValidate());
    }

    @Test
    void aReleaseWrittenWithoutItsRebuildSuffixIsThatRelease() {
        assertTrue(releases.contains(OpenClawVersion.parse("2026.2.6")));
        assertEquals(OpenClawVersion.parse("2026.2.6-3"), releases.factsFor(OpenClawVersion.parse("2026.2.6")));
    }

    @Test
    void aVersionBetweenReleasesUsesTheOneBelowAndOlderOnesTheOldest() {
        assertFalse(releases.contains(OpenClawVersion.parse("2026.2.20")));
        assertEquals(OpenClawVersion.parse("2026.2.6-3"), releases.factsFor(OpenClawVersion.parse("2026.2.20")));
        assertEquals(OpenClawVersion.parse("2026.1.29"), releases.factsFor(OpenClawVersion.parse("2025.12.1")));
    }
}
