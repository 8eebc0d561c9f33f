package dev.clawc.payload;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.VersionProfile;
import java.util.List;

/**
 * A representative tool list for the native dialects (rules/payload/tools.json5). The real list depends on the
 * gateway's machine and plugins; names and count are illustrative, the presence of {@code tools} and the cache
 * marker on the last tool are not.
 */
final class MessagesTools {
    static final String DESCRIPTION = "<text:tool-description>";
    static final String SCHEMA = "<schema>";

    private MessagesTools() {
    }

    static List<String> names(VersionProfile profile) {
        return NativePayloadData.strings(NativePayloadData.file("tools.json5").path(NativePayloadData.modelLibrary(profile)));
    }

    /** Anthropic Messages: {@code {name, description, input_schema}}; {@code lastToolMarker} null for none. */
    static ArrayNode anthropic(VersionProfile profile, ObjectNode lastToolMarker) {
        ArrayNode tools = NativePayloadData.NODES.arrayNode();
        for (String name : names(profile)) {
            tools.addObject().put("name", name).put("description", DESCRIPTION).put("input_schema", SCHEMA);
        }
        if (lastToolMarker != null && !tools.isEmpty()) {
            ((ObjectNode) tools.get(tools.size() - 1)).set("cache_control", lastToolMarker);
        }
        return tools;
    }

    /** OpenAI Responses function tools: {@code {type: function, name, description, parameters, strict}}. */
    static ArrayNode responses(VersionProfile profile, Boolean strict) {
        ArrayNode tools = NativePayloadData.NODES.arrayNode();
        for (String name : names(profile)) {
            ObjectNode t = tools.addObject().put("type", "function").put("name", name).put("description", DESCRIPTION)
                    .put("parameters", SCHEMA);
            if (strict != null) {
                t.put("strict", strict);
            }
        }
        return tools;
    }

    /** Gemini: one {@code functionDeclarations} group; the schema field is {@code parameters} or {@code parametersJsonSchema}. */
    static ArrayNode gemini(VersionProfile profile, String schemaField) {
        ArrayNode tools = NativePayloadData.NODES.arrayNode();
        ArrayNode declarations = tools.addObject().putArray("functionDeclarations");
        for (String name : names(profile)) {
            declarations.addObject().put("name", name).put("description", DESCRIPTION).put(schemaField, SCHEMA);
        }
        return tools;
    }
}
