package dev.clawc.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;

/**
 * OpenClaw's schemas write an enum as {@code anyOf: [{type: "string", const: "auto"}, ...]} (zod's literal unions).
 * A validator then reports "no alternative matched"; rewritten to {@code enum: ["auto", ...]} it reports the value
 * and the accepted ones, with a did-you-mean, like every other enum.
 */
final class ConstUnions {
    private ConstUnions() {
    }

    static JsonNode rewrite(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String keyword : new String[] {"anyOf", "oneOf"}) {
                JsonNode branches = object.get(keyword);
                if (branches instanceof ArrayNode list && list.size() > 0 && allConsts(list)) {
                    ArrayNode values = object.putArray("enum");
                    String type = null;
                    boolean oneType = true;
                    for (JsonNode branch : list) {
                        values.add(branch.get("const"));
                        String t = branch.path("type").asText(null);
                        oneType &= t != null && (type == null || type.equals(t));
                        type = t;
                    }
                    object.remove(keyword);
                    if (oneType && !object.has("type")) {
                        object.put("type", type);
                    }
                }
            }
            for (Iterator<JsonNode> it = object.elements(); it.hasNext();) {
                rewrite(it.next());
            }
        } else if (node != null && node.isArray()) {
            node.forEach(ConstUnions::rewrite);
        }
        return node;
    }

    private static boolean allConsts(ArrayNode branches) {
        for (JsonNode branch : branches) {
            if (!branch.isObject() || !branch.has("const")) {
                return false;
            }
            Iterator<String> names = branch.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!name.equals("const") && !name.equals("type")) {
                    return false;
                }
            }
        }
        return true;
    }
}
