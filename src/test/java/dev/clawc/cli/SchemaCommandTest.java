package dev.clawc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clawc.release.OpenClawVersion;
import dev.clawc.schema.PreparedSchemas;
import dev.clawc.testing.Cli;
import org.junit.jupiter.api.Test;

/** `clawc schema --openclaw-version V` prints that release's own schema, the one `check` validates against. */
class SchemaCommandTest {
    private static JsonNode schema(String release) throws Exception {
        Cli.Run run = Cli.run("schema", "--openclaw-version", release);
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void eachReleaseGetsItsOwnSchema() throws Exception {
        JsonNode june = schema("2026.6.10");
        JsonNode september = schema("2026.9.6");
        assertFalse(june.path("properties").path("channels").path("properties").has("buzz"));
        assertTrue(september.path("properties").path("channels").path("properties").has("buzz"));
        JsonNode expected = PreparedSchemas.of(OpenClawVersion.parse("2026.9.6"));
        assertEquals(expected.path("properties"), september.path("properties"));
        assertTrue(september.path("$comment").asText().contains("OpenClaw 2026.9.6"));
    }

    @Test
    void aVersionBetweenReleasesIsNamedWithTheReleaseUsed() throws Exception {
        assertTrue(schema("2026.6.12").path("$comment").asText().contains("OpenClaw 2026.6.11 (the synced release nearest below 2026.6.12)"));
        assertEquals(2, Cli.run("schema", "--openclaw-version", "june").exitCode());
    }
}
