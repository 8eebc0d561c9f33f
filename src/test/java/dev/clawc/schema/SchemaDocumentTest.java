package dev.clawc.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Reader;
import dev.clawc.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** schema/openclaw.schema.json as a document: valid 2020-12, documented, its examples valid. */
class SchemaDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode schema() throws IOException {
        return JSON.readTree(Path.of("schema/openclaw.schema.json").toFile());
    }

    @Test
    void isAValid202012Schema() throws IOException {
        JsonNode schema = schema();
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        // validate the document against the 2020-12 meta-schema
        var meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(java.net.URI.create("https://json-schema.org/draft/2020-12/schema"));
        Set<ValidationMessage> errors = meta.validate(schema);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(44, schema.get("properties").size(), "the 44 top-level keys of OpenClaw 2026.9.6");
        assertEquals(false, schema.get("additionalProperties").asBoolean(true));
    }

    /** Every property of the sections clawc reasons about has a description (editors show it on hover). */
    @Test
    void everyRuleRelevantPropertyIsDescribed() throws IOException {
        JsonNode schema = schema();
        List<String> undocumented = new ArrayList<>();
        for (String section : List.of("agents", "models", "auth", "env", "meta", "secrets", "bindings")) {
            walk(schema.get("properties").get(section), section, undocumented);
        }
        for (Iterator<Map.Entry<String, JsonNode>> defs = schema.get("$defs").fields(); defs.hasNext(); ) {
            Map.Entry<String, JsonNode> def = defs.next();
            walk(def.getValue(), "$defs." + def.getKey(), undocumented);
        }
        assertEquals(List.of(), undocumented);
    }

    private static void walk(JsonNode node, String path, List<String> undocumented) {
        JsonNode properties = node.get("properties");
        if (properties == null) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String where = path + "." + property.getKey();
            if (!property.getValue().has("description") && !property.getValue().has("$ref")) {
                undocumented.add(where);
            }
            walk(property.getValue(), where, undocumented);
        }
    }

    /** The examples and default snippets the schema offers are themselves valid configs. */
    @Test
    void examplesValidate() throws IOException {
        SchemaValidator validator = SchemaValidator.bundled();
        for (Path example : List.of(Path.of("examples/seed.json5"))) {
            var parsed = Json5Reader.read(new SourceFile(example.toString(), Files.readString(example)));
            assertEquals(List.of(), validator.validate(parsed.value()), example.toString());
        }
        List<JsonNode> snippets = new ArrayList<>();
        schema().findValues("defaultSnippets").forEach(s -> s.forEach(snippets::add));
        assertTrue(snippets.size() >= 2, "default snippets for a model entry and a custom provider");
    }

    @Test
    void schemaCommandWritesTheSchema(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("openclaw.schema.json");
        assertEquals(0, Cli.run("schema", "-o", out.toString()).exitCode());
        assertEquals(Files.readString(Path.of("schema/openclaw.schema.json")), Files.readString(out));
    }
}
