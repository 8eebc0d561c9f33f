package dev.clawc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clawc.testing.Cli;
import org.junit.jupiter.api.Test;

/** explain says when no capture of the chosen release has checked its predictions, and names the nearest that did. */
class ExplainVerifiedTest {
    private static JsonNode explain(String release) throws Exception {
        Cli.Run run = Cli.run("explain", "--format", "json", "--no-process-env", "--openclaw-version", release, "examples/seed.json5");
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void aReleaseBetweenTheCapturedOnesIsUnverifiedWithItsNeighbours() throws Exception {
        JsonNode report = explain("2026.6.10");
        assertFalse(report.path("verified").asBoolean(true));
        assertEquals("[\"2026.2.6-3\",\"2026.9.6\"]", report.path("verifiedNearest").toString());
        Cli.Run human = Cli.run("explain", "--no-process-env", "--openclaw-version", "2026.6.10", "examples/seed.json5");
        assertTrue(human.out().lines().skip(1).findFirst().orElse("").startsWith("unverified: "), human.out());
    }

    @Test
    void theCapturedReleasesAreVerified() throws Exception {
        assertTrue(explain("2026.9.6").path("verified").asBoolean(false));
        assertTrue(explain("2026.2.6-3").path("verified").asBoolean(false));
        assertTrue(explain("2026.9.6").path("verifiedNearest").isMissingNode());
    }
}
