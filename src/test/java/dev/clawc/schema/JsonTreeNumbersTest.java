package dev.clawc.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clawc.json5.Json5Number;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTreeNumbersTest {

    @Test
    void integersTakeTheShortWayToTheSameNodeAsTheExactOne() {
        for (String text : List.of("0", "-0", "1", "-1", "42", "123456789012345678", "-123456789012345678",
                "1234567890123456789", "99999999999999999999", "+5", "1.0", "1.5", "1e3", "1E-2", "0x1F", "-0x10", ".5", "5.")) {
            Json5Number number = new Json5Number(null, text, List.of());
            assertEquals(exact(number), JsonTree.of(number), text);
            assertEquals(exact(number).getClass(), JsonTree.of(number).getClass(), text);
        }
    }

    @Test
    void aLongDecimalWithoutExponentIsFiniteAndOneWithAHugeExponentIsNot() {
        assertEquals(false, new Json5Number(null, "9".repeat(299), List.of()).isInfinite());
        assertEquals(true, new Json5Number(null, "9".repeat(400), List.of()).isInfinite());
        assertEquals(true, new Json5Number(null, "1e400", List.of()).isInfinite());
        assertEquals(true, new Json5Number(null, "-Infinity", List.of()).isInfinite());
        assertEquals(false, new Json5Number(null, "NaN", List.of()).isInfinite());
        assertEquals(false, new Json5Number(null, "0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", List.of()).isInfinite());
    }

    /** The conversion without the short way: what JsonTree did for every number before. */
    private static JsonNode exact(Json5Number number) {
        return number.isIntegral() && number.decimalValue().scale() <= 0
                ? JsonTree.NODES.numberNode(number.decimalValue().toBigIntegerExact())
                : JsonTree.NODES.numberNode(number.decimalValue());
    }
}
