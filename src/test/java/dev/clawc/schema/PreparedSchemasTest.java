package dev.clawc.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.release.Releases;
import org.junit.jupiter.api.Test;

class PreparedSchemasTest {

    @Test
    void theBuildWroteAPreparedSchemaForEverySyncedRelease() {
        for (Releases.Release release : Releases.bundled().all()) {
            assertTrue(PreparedSchemas.generatedIndex().has(release.version().toString()),
                    "no generated schema for " + release.version() + ": did the process-classes step run?");
        }
    }

    @Test
    void eachGeneratedSchemaIsWhatTheRangeTreeGivesForThatRelease() {
        for (Releases.Release release : Releases.bundled().all()) {
            assertEquals(PreparedSchemas.cut(release.version()), PreparedSchemas.of(release.version()),
                    "generated schema of " + release.version() + " differs from the range tree's");
        }
    }
}
