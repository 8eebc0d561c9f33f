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

    @Test
    void aSectionedSchemaGivesEachSectionAndPointerAsTheWholeSchemaDoes() {
        for (Releases.Release release : Releases.bundled().all()) {
            com.fasterxml.jackson.databind.JsonNode whole = PreparedSchemas.cut(release.version());
            SectionedSchema sectioned = PreparedSchemas.sectioned(release.version());
            java.util.List<String> names = new java.util.ArrayList<>();
            whole.path("properties").fieldNames().forEachRemaining(names::add);
            assertEquals(whole, sectioned.withSections(names), "all sections of " + release.version());
            for (String name : names) {
                com.fasterxml.jackson.databind.JsonNode stub = sectioned.skeleton().path("properties").path(name);
                assertTrue(!SectionedSchema.isStub(stub) || !whole.path("properties").path(name).has("not"),
                        "a retired section must stay in the skeleton: " + name);
                assertEquals(whole.path("properties").path(name), sectioned.section(name), name + " of " + release.version());
                String pointer = "/properties/" + name.replace("~", "~0").replace("/", "~1") + "/properties";
                assertEquals(whole.at(pointer), PreparedSchemas.sectioned(release.version()).at(pointer), pointer);
            }
            assertEquals(SchemaValidator.propertyNames(whole), SchemaValidator.propertyNames(sectioned.at("")),
                    "the top-level keys of " + release.version() + " as the skeleton gives them");
        }
    }
}
