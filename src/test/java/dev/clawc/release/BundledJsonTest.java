package dev.clawc.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BundledJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void readsTheTreeAnObjectMapperReadsWithTheSameNodeTypes() throws Exception {
        String json = "{\"a\": 1, \"b\": 2147483648, \"c\": 123456789012345678901234567890, \"d\": 0.5, \"e\": -1e-7,"
                + " \"f\": [true, false, null, \"x\\n\\u0001\\\"\\\\/\\u2028\"], \"g\": {}, \"h\": [], \"a\": {\"z\": 1.0},"
                + " \"\\u00e9\": \"\\ud83d\\ude00\", \"i\": -9223372036854775808, \"j\": 2147483647}";
        JsonNode expected = MAPPER.readTree(json);
        JsonNode actual = BundledJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, actual);
        assertEquals(expected.toString(), actual.toString());
        assertSameTypes(expected, actual, "");
    }

    @Test
    void aStringWritesItselfAsTheObjectMapperWritesIt() throws Exception {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x100; c++) {
            every.append(c);
        }
        every.append("\u2028\u2029\ufeff\ud83d\ude00\ud800 end");
        for (String value : new String[] {"", "plain", every.toString(), "\"quoted\" and \\back\\slashes/"}) {
            assertEquals(MAPPER.writeValueAsString(TextNode.valueOf(value)), new BundledJson.Text(value).toString());
            assertEquals(TextNode.valueOf(value), new BundledJson.Text(value));
            assertEquals(new BundledJson.Text(value), TextNode.valueOf(value));
        }
    }

    private static void assertSameTypes(JsonNode expected, JsonNode actual, String at) {
        Class<?> want = expected.getClass() == TextNode.class ? BundledJson.Text.class : expected.getClass();
        assertEquals(want, actual.getClass(), "node at " + at);
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                assertSameTypes(field.getValue(), actual.get(field.getKey()), at + "/" + field.getKey());
            }
        } else if (expected.isArray()) {
            for (int i = 0; i < expected.size(); i++) {
                assertSameTypes(expected.get(i), actual.get(i), at + "/" + i);
            }
        }
    }
}
