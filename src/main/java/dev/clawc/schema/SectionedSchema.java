package dev.clawc.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A config schema whose top-level sections ({@code properties} of the root) are read when first asked for. A
 * release's schema is about 540 KB and a config has a few of its sixty sections (channels alone are 230 KB), so
 * validation reads only those (see {@link PreparedSchemas}). The skeleton is the root with each large section
 * replaced by a stub {@code {"$clawcSection": FILE}}; a stub never stands for a section that has a {@code not}
 * (a retired key), so the root's property names and which of them are refused can be read off the skeleton.
 * Thread-safe.
 */
final class SectionedSchema {
    static final String STUB = "$clawcSection";

    private final JsonNode skeleton;
    private final Function<String, JsonNode> reader;
    private final Map<String, JsonNode> loaded = new HashMap<>();
    private volatile JsonNode whole;

    private SectionedSchema(JsonNode skeleton, Function<String, JsonNode> reader) {
        this.skeleton = skeleton;
        this.reader = reader;
    }

    /** A schema held whole (nothing to read later). */
    static SectionedSchema whole(JsonNode document) {
        SectionedSchema schema = new SectionedSchema(document, file -> {
            throw new IllegalStateException("no section file " + file);
        });
        schema.whole = document;
        return schema;
    }

    /** A skeleton whose stubs name files that {@code reader} reads. */
    static SectionedSchema of(JsonNode skeleton, Function<String, JsonNode> reader) {
        return new SectionedSchema(skeleton, reader);
    }

    /** The root with its sections as stubs or, for small ones, whole. */
    JsonNode skeleton() {
        return skeleton;
    }

    /** The section {@code name} of the root's properties, read if it is a stub; a missing node if there is none. */
    JsonNode section(String name) {
        JsonNode node = skeleton.path("properties").path(name);
        if (!isStub(node)) {
            return node;
        }
        String file = node.get(STUB).asText();
        synchronized (loaded) {
            return loaded.computeIfAbsent(file, reader);
        }
    }

    /** The root with only {@code names}' sections in its properties (each whole), the rest of the root as it is. */
    JsonNode withSections(Collection<String> names) {
        ObjectNode trimmed = JsonNodeFactory.instance.objectNode(); // shallow: the sections are shared
        skeleton.fields().forEachRemaining(field -> trimmed.set(field.getKey(), field.getValue()));
        if (skeleton.get("properties") instanceof ObjectNode) {
            ObjectNode kept = trimmed.putObject("properties");
            names.forEach(name -> kept.set(name, section(name)));
        }
        return trimmed;
    }

    /** The node at a JSON pointer into the whole schema, reading only the section it falls in. */
    JsonNode at(String pointer) {
        if (pointer.isEmpty()) {
            return skeleton;
        }
        String prefix = "/properties/";
        if (pointer.startsWith(prefix) && whole == null) {
            int end = pointer.indexOf('/', prefix.length());
            String escaped = pointer.substring(prefix.length(), end < 0 ? pointer.length() : end);
            String name = escaped.replace("~1", "/").replace("~0", "~");
            return section(name).at(end < 0 ? "" : pointer.substring(end));
        }
        return (whole != null ? whole : skeleton).at(pointer);
    }

    /** The whole schema, every section read (once). */
    JsonNode whole() {
        JsonNode document = whole;
        if (document == null) {
            synchronized (this) {
                document = whole;
                if (document == null) {
                    document = skeleton.deepCopy();
                    if (document.get("properties") instanceof ObjectNode properties) {
                        for (Map.Entry<String, JsonNode> field : iterable(properties)) {
                            if (isStub(field.getValue())) {
                                properties.set(field.getKey(), section(field.getKey()));
                            }
                        }
                    }
                    whole = document;
                }
            }
        }
        return document;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(ObjectNode node) {
        java.util.List<Map.Entry<String, JsonNode>> fields = new java.util.ArrayList<>();
        node.fields().forEachRemaining(fields::add);
        return fields;
    }

    static boolean isStub(JsonNode node) {
        return node.isObject() && node.size() == 1 && node.has(STUB);
    }
}
