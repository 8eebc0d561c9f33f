package dev.clawc.release;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a bundled JSON data file into the tree {@code new ObjectMapper().readTree(in)} gives (the same node
 * types: int, long or big integer by size, double for fractions; a repeated key: the last value, at the first's
 * place), with the streaming parser alone. An {@code ObjectMapper}'s class set-up builds date formats and
 * calendars, which costs start-up time for nothing here.
 */
public final class BundledJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BundledJson() {
    }

    /**
     * A string node that writes itself as JSON without Jackson's object mapper. {@code JsonNode.toString()} goes
     * through a mapper set up on first use (date formats, calendars, serializers: tens of milliseconds at start-up),
     * and the schema validator calls it for every string of every {@code enum} it compiles. The text is Jackson's
     * own quoting ({@code TextNode.appendQuoted}), so the result is what the mapper writes; a {@code TextNode}
     * otherwise, equal to any other with the same value ({@code BundledJsonTest}).
     */
    static final class Text extends TextNode {
        private static final long serialVersionUID = 1L;

        Text(String value) {
            super(value);
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(_value.length() + 2);
            appendQuoted(out, _value); // with the quotes
            return out.toString();
        }
    }

    public static JsonNode read(InputStream in) {
        try (JsonParser parser = FACTORY.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IOException("empty JSON document");
            }
            return value(parser, first);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The streaming parser over {@code in}, for readers that skip parts of a file. */
    public static JsonParser parser(InputStream in) throws IOException {
        return FACTORY.createParser(in);
    }

    /** The value the parser is at ({@code token}), read whole; the parser ends on its last token. */
    public static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                    String name = parser.currentName();
                    object.set(name, value(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(value(parser, t));
                }
                return array;
            }
            case VALUE_STRING:
                return new Text(parser.getText());
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return NODES.numberNode(parser.getIntValue());
                    case LONG:
                        return NODES.numberNode(parser.getLongValue());
                    default:
                        return NODES.numberNode(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IOException("unexpected " + token + " in a bundled JSON file");
        }
    }
}
