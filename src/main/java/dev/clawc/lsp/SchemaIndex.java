package dev.clawc.lsp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.release.OpenClawVersion;
import dev.clawc.release.Releases;
import dev.clawc.schema.PreparedSchemas;
import dev.clawc.schema.SchemaValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * The bundled JSON Schema seen from a config path: which subschemas apply there (through {@code $ref},
 * {@code anyOf}/{@code oneOf}/{@code allOf}, {@code properties}, {@code patternProperties},
 * {@code additionalProperties}, {@code items}), so completion and hover use the same schema as {@code check}.
 */
final class SchemaIndex {
    static final String MODEL_REF = "#/$defs/modelRef";
    static final String MODEL_ENTRY = "#/$defs/modelEntry";
    static final String PROVIDER_ENTRY = "#/$defs/providerEntry";
    static final String CUSTOM_PROVIDER_ENTRY = "#/$defs/customProviderEntry";

    /** A subschema and the {@code $ref} it was reached through (null when reached directly). */
    record Node(JsonNode schema, String ref) {
        String description() {
            JsonNode markdown = schema.get("markdownDescription");
            if (markdown != null && markdown.isTextual()) {
                return markdown.asText();
            }
            JsonNode plain = schema.get("description");
            return plain != null && plain.isTextual() ? plain.asText() : null;
        }
    }

    private static volatile SchemaIndex bundled;

    private final JsonNode root;
    /** The synced schema of the release being edited for (every section, its keys and values), or null. */
    private final SchemaIndex release;
    /** This schema layered over each release's, built once per release. */
    private final ConcurrentMap<OpenClawVersion, SchemaIndex> layered = new ConcurrentHashMap<>();

    SchemaIndex(JsonNode root) {
        this(root, null);
    }

    private SchemaIndex(JsonNode root, SchemaIndex release) {
        this.root = root;
        this.release = release;
    }

    /**
     * This (hand-written) schema layered over the synced schema of the release the analysis chose: keys and values
     * come from the release where it knows the object, descriptions and model-ref hints from ours.
     */
    SchemaIndex forRelease(OpenClawVersion chosen) {
        if (chosen == null || release != null) {
            return this;
        }
        OpenClawVersion synced = Releases.bundled().factsFor(chosen);
        if (synced == null) {
            return this;
        }
        return layered.computeIfAbsent(synced, v -> {
            JsonNode schema = PreparedSchemas.of(v);
            return schema == null ? this : new SchemaIndex(root, new SchemaIndex(schema, null));
        });
    }

    static SchemaIndex bundled() {
        if (bundled == null) {
            synchronized (SchemaIndex.class) {
                if (bundled == null) {
                    try (InputStream in = SchemaIndex.class.getResourceAsStream(SchemaValidator.RESOURCE)) {
                        bundled = new SchemaIndex(new ObjectMapper().readTree(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return bundled;
    }

    /** The subschemas that apply at a path (keys and indexes), flattened; ours first, then the release's. */
    List<Node> at(List<Object> path) {
        List<Node> out = ownAt(path);
        if (release != null) {
            out = new ArrayList<>(out);
            out.addAll(release.ownAt(path));
        }
        return out;
    }

    private List<Node> ownAt(List<Object> path) {
        List<Node> current = expand(new Node(root, null), null);
        for (Object segment : path) {
            List<Node> next = new ArrayList<>();
            for (Node node : current) {
                for (Node child : child(node, segment)) {
                    next.addAll(expand(child, null));
                }
            }
            current = next;
            if (current.isEmpty()) {
                break;
            }
        }
        return current;
    }

    /**
     * The properties an object at this path may have, with the first description found for each
     * (the schema keeps descriptions on the property or on the definition it refers to).
     */
    Map<String, Node> properties(List<Object> path) {
        Map<String, Node> own = ownProperties(path);
        Map<String, Node> released = release == null ? Map.of() : release.ownProperties(path);
        if (released.isEmpty()) {
            return own;
        }
        // the release decides which keys exist there; our description wins where we have one
        Map<String, Node> out = new LinkedHashMap<>();
        for (Map.Entry<String, Node> key : released.entrySet()) {
            Node ours = own.get(key.getKey());
            String description = ours == null ? null : ours.description();
            if (description == null) {
                out.put(key.getKey(), key.getValue());
            } else {
                ObjectNode merged = key.getValue().schema().isObject()
                        ? ((ObjectNode) key.getValue().schema()).deepCopy()
                        : JsonNodeFactory.instance.objectNode();
                merged.put("markdownDescription", description);
                out.put(key.getKey(), new Node(merged, key.getValue().ref()));
            }
        }
        return out;
    }

    private Map<String, Node> ownProperties(List<Object> path) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (Node node : ownAt(path)) {
            JsonNode properties = node.schema().get("properties");
            if (properties == null) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                Node property = new Node(field.getValue(), null);
                if (property.description() == null) {
                    for (Node expanded : expand(property, null)) {
                        if (expanded.description() != null) {
                            property = expanded;
                            break;
                        }
                    }
                }
                out.putIfAbsent(field.getKey(), property);
            }
        }
        return out;
    }

    /** The {@code $ref} of the schema for any member of an object at this path ({@code additionalProperties}). */
    List<String> memberRefs(List<Object> path) {
        List<String> out = new ArrayList<>();
        for (Node node : ownAt(path)) {
            JsonNode additional = node.schema().get("additionalProperties");
            if (additional != null && additional.isObject()) {
                for (Node expanded : expand(new Node(additional, null), null)) {
                    if (expanded.ref() != null) {
                        out.add(expanded.ref());
                    }
                }
            }
        }
        return out;
    }

    /** The description for a member at a path: the property's own, else its definition's; ours before the release's. */
    String description(List<Object> path) {
        String own = ownDescription(path);
        return own != null || release == null ? own : release.ownDescription(path);
    }

    private String ownDescription(List<Object> path) {
        if (path.isEmpty()) {
            return null;
        }
        List<Object> parent = path.subList(0, path.size() - 1);
        Object last = path.get(path.size() - 1);
        for (Node node : ownAt(parent)) {
            for (Node child : child(node, last)) {
                if (child.description() != null) {
                    return child.description();
                }
                for (Node expanded : expand(child, null)) {
                    if (expanded.description() != null) {
                        return expanded.description();
                    }
                }
            }
        }
        return null;
    }

    private List<Node> child(Node node, Object segment) {
        JsonNode schema = node.schema();
        List<Node> out = new ArrayList<>();
        if (segment instanceof Integer) {
            JsonNode items = schema.get("items");
            if (items != null && items.isObject()) {
                out.add(new Node(items, null));
            }
            return out;
        }
        String key = String.valueOf(segment);
        JsonNode properties = schema.get("properties");
        if (properties != null && properties.has(key)) {
            out.add(new Node(properties.get(key), null));
            return out;
        }
        JsonNode patterns = schema.get("patternProperties");
        if (patterns != null) {
            Iterator<Map.Entry<String, JsonNode>> fields = patterns.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                try {
                    if (Pattern.compile(field.getKey()).matcher(key).find()) {
                        out.add(new Node(field.getValue(), null));
                    }
                } catch (RuntimeException e) {
                    // a pattern Java cannot compile: no completion from it
                }
            }
        }
        JsonNode additional = schema.get("additionalProperties");
        if (out.isEmpty() && additional != null && additional.isObject()) {
            out.add(new Node(additional, null));
        }
        return out;
    }

    /** The node itself (when it has content) and everything its $ref and combinators lead to. */
    private List<Node> expand(Node node, List<String> seen) {
        List<Node> out = new ArrayList<>();
        List<String> visited = seen == null ? new ArrayList<>() : seen;
        JsonNode schema = node.schema();
        out.add(node);
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isTextual() && !visited.contains(ref.asText())) {
            visited.add(ref.asText());
            JsonNode target = resolve(ref.asText());
            if (target != null) {
                out.addAll(expand(new Node(target, ref.asText()), visited));
            }
        }
        for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
            JsonNode branches = schema.get(combinator);
            if (branches != null && branches.isArray()) {
                for (JsonNode branch : branches) {
                    out.addAll(expand(new Node(branch, null), visited));
                }
            }
        }
        return out;
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            return null;
        }
        JsonNode target = root.at(ref.substring(1));
        return target.isMissingNode() ? null : target;
    }
}
