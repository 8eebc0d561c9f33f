package dev.clawc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Pretty-prints a request body with margin references: a line whose JSON pointer has a note gets
 * {@code ← [n]}, and the notes are listed under the body, numbered. Long tool lists are shortened to
 * their first and last entries (the tool set is the gateway's, not the config's).
 */
final class AnnotatedJson {
    private final Map<String, Integer> references;
    private final StringBuilder out = new StringBuilder();
    private final String indent;

    private AnnotatedJson(Map<String, Integer> references, String indent) {
        this.references = references;
        this.indent = indent;
    }

    /** {@code references}: JSON pointer -> note number. */
    static String render(JsonNode body, Map<String, Integer> references, String indent) {
        AnnotatedJson printer = new AnnotatedJson(references, indent);
        printer.value(body, "", 0, null, true);
        return printer.out.toString();
    }

    private void value(JsonNode node, String pointer, int depth, String key, boolean last) {
        String pad = indent + "  ".repeat(depth);
        String prefix = pad + (key == null ? "" : quote(key) + ": ");
        if (node.isObject() && node.size() > 0) {
            line(prefix + "{", pointer);
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                value(field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), depth + 1,
                        field.getKey(), !fields.hasNext());
            }
            line(pad + "}" + (last ? "" : ","), null);
        } else if (node.isArray() && node.size() > 0) {
            JsonNode shown = pointer.equals("/tools") ? shortened((ArrayNode) node) : node;
            line(prefix + "[", pointer);
            for (int i = 0; i < shown.size(); i++) {
                int index = pointer.equals("/tools") && i == shown.size() - 1 ? node.size() - 1 : i;
                value(shown.get(i), pointer + "/" + index, depth + 1, null, i == shown.size() - 1);
            }
            line(pad + "]" + (last ? "" : ","), null);
        } else {
            line(prefix + node.toString() + (last ? "" : ","), pointer);
        }
    }

    /** The first tool, a count of the hidden middle, the last tool (where a cache marker would sit). */
    private static JsonNode shortened(ArrayNode tools) {
        if (tools.size() <= 3) {
            return tools;
        }
        ArrayNode out = tools.arrayNode();
        out.add(tools.get(0));
        out.add(TextNode.valueOf("… " + (tools.size() - 2) + " more tools …"));
        out.add(tools.get(tools.size() - 1));
        return out;
    }

    private void line(String text, String pointer) {
        out.append(text);
        Integer reference = pointer == null ? null : references.get(pointer);
        if (reference != null) {
            out.append("  ← [").append(reference).append(']');
        }
        out.append('\n');
    }

    private static String quote(String key) {
        return TextNode.valueOf(key).toString();
    }
}
