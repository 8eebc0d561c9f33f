package dev.clawc.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tree of facts kept once with the releases where each holds, as tools/openclaw-sync writes it
 * (rules/openclaw/releases/schema.json, catalog.json): every node is {@code {"r": [[since, until, facts], ...],
 * TAG: {name: node}}}, {@code until} null meaning "to the newest release". {@link #at} rebuilds the tree of one
 * release; for the schema that is the release's own JSON Schema.
 */
public final class RangeTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Schema keywords of the sync's child tags: one child (its name is ""), a list (names are indexes), or a map. */
    private static final Map<String, String> ONE = Map.of("ap", "additionalProperties", "it", "items", "not", "not",
            "pn", "propertyNames", "ct", "contains", "if", "if", "th", "then", "el", "else", "ai", "additionalItems");
    private static final Map<String, String> LIST = Map.of("any", "anyOf", "one", "oneOf", "all", "allOf",
            "pi", "prefixItems", "ix", "items");
    private static final Map<String, String> MAP = Map.of("p", "properties", "pp", "patternProperties", "d", "definitions");

    private final JsonNode root;

    public RangeTree(JsonNode root) {
        this.root = root;
    }

    /** The synced facts tree of a kind ("schema", "catalog"), read from the jar. */
    public static RangeTree bundled(String kind) {
        return new RangeTree(Releases.readJson(kind + ".json"));
    }

    public JsonNode root() {
        return root;
    }

    /** The facts of {@code node} that hold at {@code release}, or null when the node does not exist there. */
    public static JsonNode factsAt(JsonNode node, OpenClawVersion release) {
        JsonNode found = null;
        for (JsonNode seg : node.path("r")) {
            OpenClawVersion since = OpenClawVersion.parse(seg.get(0).asText());
            JsonNode until = seg.get(1);
            if (since.compareTo(release) <= 0 && (until.isNull() || release.compareTo(OpenClawVersion.parse(until.asText())) <= 0)) {
                found = seg.get(2);
            }
        }
        return found;
    }

    /** The JSON Schema (or catalog) of one synced release; null when the root does not exist there. */
    public JsonNode at(OpenClawVersion release) {
        return schemaAt(root, release);
    }

    private static JsonNode schemaAt(JsonNode node, OpenClawVersion release) {
        JsonNode facts = factsAt(node, release);
        if (facts == null) {
            return null;
        }
        if (!facts.isObject()) {
            return facts; // a boolean schema
        }
        ObjectNode out = ((ObjectNode) facts).deepCopy();
        Iterator<Map.Entry<String, JsonNode>> tags = node.fields();
        while (tags.hasNext()) {
            Map.Entry<String, JsonNode> tag = tags.next();
            String name = tag.getKey();
            if (name.equals("r")) {
                continue;
            }
            if (ONE.containsKey(name)) {
                JsonNode child = schemaAt(tag.getValue().path(""), release);
                if (child != null) {
                    out.set(ONE.get(name), child);
                }
            } else if (LIST.containsKey(name)) {
                TreeMap<Integer, JsonNode> ordered = new TreeMap<>();
                tag.getValue().fields().forEachRemaining(e -> {
                    JsonNode child = schemaAt(e.getValue(), release);
                    if (child != null) {
                        ordered.put(Integer.parseInt(e.getKey()), child);
                    }
                });
                if (!ordered.isEmpty()) {
                    ArrayNode list = out.putArray(LIST.get(name));
                    ordered.values().forEach(list::add);
                }
            } else {
                ObjectNode map = NODES.objectNode();
                tag.getValue().fields().forEachRemaining(e -> {
                    JsonNode child = schemaAt(e.getValue(), release);
                    if (child != null) {
                        map.set(e.getKey(), child);
                    }
                });
                if (map.size() > 0) {
                    out.set(MAP.getOrDefault(name, name), map);
                }
            }
        }
        return out;
    }
}
