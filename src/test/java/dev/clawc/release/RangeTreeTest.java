package dev.clawc.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RangeTreeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String TREE = """
            {"r":[["2026.1.29",null,{"type":"object"}]],
             "ap":{"":{"r":[["2026.1.29",null,false]]}},
             "p":{"bind":{"r":[["2026.1.29","2026.4.2",{"type":"string"}],["2026.4.5",null,{"type":"string","enum":["lan","auto"]}]]},
                  "port":{"r":[["2026.3.1",null,{"type":"integer"}]]}},
             "any":{}}
            """;

    private static JsonNode at(String release) throws Exception {
        return new RangeTree(JSON.readTree(TREE)).at(OpenClawVersion.parse(release));
    }

    @Test
    void rebuildsEachReleasesSchemaFromItsRanges() throws Exception {
        assertEquals(JSON.readTree("{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"bind\":{\"type\":\"string\"}}}"),
                at("2026.2.6-3"));
        assertEquals(JSON.readTree("{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"bind\":{\"type\":\"string\"},\"port\":{\"type\":\"integer\"}}}"),
                at("2026.4.2"));
        assertEquals(JSON.readTree("[\"lan\",\"auto\"]"), at("2026.9.6").path("properties").path("bind").path("enum"));
    }

    @Test
    void aNodeOutsideEveryRangeIsAbsent() throws Exception {
        JsonNode node = JSON.readTree("{\"r\":[[\"2026.3.1\",\"2026.4.2\",{\"type\":\"string\"}]]}");
        assertNull(RangeTree.factsAt(node, OpenClawVersion.parse("2026.2.1")));
        assertNull(RangeTree.factsAt(node, OpenClawVersion.parse("2026.5.2")));
        assertEquals("string", RangeTree.factsAt(node, OpenClawVersion.parse("2026.4.2")).path("type").asText());
    }

    @Test
    void theBundledSchemaOfTheNewestReleaseCoversEverySection() {
        JsonNode schema = RangeTree.bundled("schema").at(Releases.bundled().newest());
        assertEquals(false, schema.path("properties").path("gateway").path("additionalProperties").asBoolean(true));
        assertEquals(true, schema.path("properties").size() > 30, "sections: " + schema.path("properties").size());
    }

    @Test
    void streamingOneReleaseGivesWhatTheWholeTreeGives() {
        RangeTree tree = RangeTree.bundled("schema");
        for (Releases.Release release : Releases.bundled().all()) {
            OpenClawVersion v = release.version();
            assertEquals(tree.at(v), RangeTree.bundledAt("schema", v), v.toString());
        }
        RangeTree catalog = RangeTree.bundled("catalog");
        OpenClawVersion newest = Releases.bundled().newest();
        assertEquals(catalog.at(newest), RangeTree.bundledAt("catalog", newest));
    }
}
