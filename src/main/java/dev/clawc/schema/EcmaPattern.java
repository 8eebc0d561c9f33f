package dev.clawc.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON Schema patterns are ECMAScript regular expressions; OpenClaw's schemas come from JavaScript and use its
 * syntax. Java's regex reads a few of those differently: inside a character class an unescaped {@code [} opens a
 * nested class and {@code &&} intersects. This rewrites such patterns so java.util.regex means what JavaScript
 * means, in the schema document before it is compiled; {@code \\0} (NUL) becomes {@code \\x00}.
 */
final class EcmaPattern {
    private EcmaPattern() {
    }

    /** The Java form of an ECMAScript pattern. */
    static String toJava(String ecma) {
        StringBuilder out = new StringBuilder(ecma.length() + 8);
        boolean inClass = false;
        for (int i = 0; i < ecma.length(); i++) {
            char c = ecma.charAt(i);
            if (c == '\\' && i + 1 < ecma.length()) {
                char next = ecma.charAt(++i);
                boolean nul = next == '0' && (i + 1 >= ecma.length() || !Character.isDigit(ecma.charAt(i + 1)));
                out.append(nul ? "\\x00" : "\\" + next); // JavaScript's \0 is NUL; Java reads \0 as an octal prefix
                continue;
            }
            if (inClass) {
                if (c == ']' && !(out.length() > 0 && (out.charAt(out.length() - 1) == '[' || endsWith(out, "[^")))) {
                    inClass = false;
                } else if (c == '[' || (c == '&' && i + 1 < ecma.length() && ecma.charAt(i + 1) == '&')) {
                    out.append('\\'); // literal in JavaScript, special in Java
                }
                out.append(c);
                continue;
            }
            if (c == '[') {
                inClass = true;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean endsWith(StringBuilder out, String suffix) {
        return out.length() >= suffix.length() && out.substring(out.length() - suffix.length()).equals(suffix);
    }

    /** Rewrites every {@code pattern} value and {@code patternProperties} key of a schema document in place. */
    static JsonNode rewrite(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode pattern = object.get("pattern");
            if (pattern != null && pattern.isTextual()) {
                object.put("pattern", toJava(pattern.asText()));
            }
            JsonNode patterns = object.get("patternProperties");
            if (patterns instanceof ObjectNode map) {
                List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
                map.fields().forEachRemaining(entries::add);
                map.removeAll();
                for (Map.Entry<String, JsonNode> e : entries) {
                    map.set(toJava(e.getKey()), e.getValue());
                }
            }
            for (Iterator<JsonNode> it = object.elements(); it.hasNext();) {
                rewrite(it.next());
            }
        } else if (node != null && node.isArray()) {
            node.forEach(EcmaPattern::rewrite);
        }
        return node;
    }
}
