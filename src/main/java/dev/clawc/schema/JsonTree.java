package dev.clawc.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Number;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;

/** Converts the JSON5 tree into the Jackson tree the validator reads (duplicate keys: the last wins). */
final class JsonTree {
    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private JsonTree() {
    }

    static JsonNode of(Json5Value value) {
        if (value instanceof Json5Object object) {
            ObjectNode node = NODES.objectNode();
            for (Json5Member member : object.members()) {
                node.set(member.name(), of(member.value()));
            }
            return node;
        } else if (value instanceof Json5Array array) {
            ArrayNode node = NODES.arrayNode(array.elements().size());
            for (Json5Value element : array.elements()) {
                node.add(of(element));
            }
            return node;
        } else if (value instanceof Json5String string) {
            return NODES.textNode(string.value());
        } else if (value instanceof Json5Number number) {
            if (!number.isFinite()) {
                // The validator turns number nodes into BigDecimals (minimum, maximum, enum...), which throws for NaN
                // and Infinity (fuzz findings, bench/fuzz.md). Validated as null instead: a type error, which
                // FindingMapper words as `found NaN`/`found Infinity`; JSON has no form for them either.
                return NODES.nullNode();
            }
            String text = number.text();
            if (text.length() < 19 && isPlainInteger(text)) { // the common case, without BigDecimals
                return NODES.numberNode(java.math.BigInteger.valueOf(Long.parseLong(text)));
            }
            return number.isIntegral() && number.decimalValue().scale() <= 0
                    ? NODES.numberNode(number.decimalValue().toBigIntegerExact())
                    : NODES.numberNode(number.decimalValue());
        } else if (value instanceof Json5Boolean bool) {
            return NODES.booleanNode(bool.value());
        }
        return NODES.nullNode();
    }

    /** An optional minus and decimal digits only (no sign +, point, exponent or hex prefix). */
    private static boolean isPlainInteger(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (start == text.length()) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
