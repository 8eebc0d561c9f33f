package dev.clawc.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    /** Whether a {@code [since, until, ...]} segment (until inclusive, null: open-ended) covers {@code release}. */
    static boolean holds(JsonNode seg, OpenClawVersion release) {
        OpenClawVersion since = OpenClawVersion.parse(seg.get(0).asText());
        JsonNode until = seg.get(1);
        return since.compareTo(release) <= 0 && (until.isNull() || release.compareTo(OpenClawVersion.parse(until.asText())) <= 0);
    }

    /** The facts of {@code node} that hold at {@code release}, or null when the node does not exist there. */
    public static JsonNode factsAt(JsonNode node, OpenClawVersion release) {
        JsonNode found = null;
        for (JsonNode seg : node.path("r")) {
            if (holds(seg, release)) {
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

    /**
     * What {@code RangeTree.bundled(kind).at(release)} returns, read straight from the bundled file: ranges that do
     * not hold are skipped in the stream, so the whole tree (every release's facts) is never built. This is what
     * start-up pays for, once per run (see bench/startup.md). Relies on each node's {@code r} coming first, as
     * tools/openclaw-sync writes it; a node without it reads as absent.
     */
    public static JsonNode bundledAt(String kind, OpenClawVersion release) {
        try (InputStream in = Releases.class.getResourceAsStream(Releases.DIR + kind + ".json")) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + Releases.DIR + kind + ".json (run tools/openclaw-sync)");
            }
            try (JsonParser parser = STREAM.getFactory().createParser(in)) {
                parser.nextToken();
                return streamNode(parser, release);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final ObjectMapper STREAM = new ObjectMapper();

    /** One node, the parser on its START_OBJECT; leaves the parser on its END_OBJECT. */
    private static JsonNode streamNode(JsonParser p, OpenClawVersion release) throws IOException {
        JsonNode facts = null;
        ObjectNode out = null;
        boolean ranged = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.getCurrentName();
            p.nextToken();
            if (!ranged) {
                ranged = true;
                if (!name.equals("r")) {
                    p.skipChildren();
                    skipRest(p);
                    return null;
                }
                while (p.nextToken() == JsonToken.START_ARRAY) {
                    p.nextToken();
                    OpenClawVersion since = OpenClawVersion.parse(p.getText());
                    p.nextToken();
                    String until = p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText();
                    p.nextToken();
                    if (since.compareTo(release) <= 0 && (until == null || release.compareTo(OpenClawVersion.parse(until)) <= 0)) {
                        facts = STREAM.readTree(p);
                    } else {
                        p.skipChildren();
                    }
                    p.nextToken(); // the segment's END_ARRAY
                }
                if (facts == null || !facts.isObject()) {
                    skipRest(p);
                    return facts;
                }
                out = (ObjectNode) facts;
                continue;
            }
            // a tag: an object of children
            if (ONE.containsKey(name)) {
                JsonNode child = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    p.nextToken();
                    JsonNode c = streamNode(p, release);
                    child = child == null ? c : child;
                }
                if (child != null) {
                    out.set(ONE.get(name), child);
                }
            } else if (LIST.containsKey(name)) {
                TreeMap<Integer, JsonNode> ordered = new TreeMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    int index = Integer.parseInt(p.getCurrentName());
                    p.nextToken();
                    JsonNode c = streamNode(p, release);
                    if (c != null) {
                        ordered.put(index, c);
                    }
                }
                if (!ordered.isEmpty()) {
                    ArrayNode list = out.putArray(LIST.get(name));
                    ordered.values().forEach(list::add);
                }
            } else {
                ObjectNode map = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.getCurrentName();
                    p.nextToken();
                    JsonNode c = streamNode(p, release);
                    if (c != null) {
                        map.set(key, c);
                    }
                }
                if (map.size() > 0) {
                    out.set(MAP.getOrDefault(name, name), map);
                }
            }
        }
        return out;
    }

    /** Skips the remaining fields of the current object, leaving the parser on its END_OBJECT. */
    private static void skipRest(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            p.nextToken();
            p.skipChildren();
        }
    }
}
