package io.asyncgen.runtime.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.asyncgen.runtime.DecodeException;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * JSON text to a tree and back, keeping what was written: a number stays as its text
 * ({@code 60} stays {@code 60}, {@code 1.50} stays {@code 1.50}), members keep their order. Text
 * that is not exactly one JSON value is refused. For generated code only; not an API: its
 * methods change with the generator.
 */
public final class JsonText {
    /** The mapper the codecs print with and bind mapped classes with; its defaults keep text as written. */
    private static final ObjectMapper MAPPER = RuntimeMapper.create();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Where Jackson says an unclosed array or object started: {@code (start marker at [Source: ...])}. */
    private static final Pattern START_MARKER = Pattern.compile(" \\(start marker at \\[[^\\]]*\\]\\)");

    private JsonText() {}

    /** Parses JSON text into a tree, or says where it is malformed. */
    public static JsonNode parse(String json) throws DecodeException {
        try (JsonParser parser = MAPPER.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new DecodeException("empty message: expected a JSON value", json, -1, -1);
            }
            JsonNode tree = read(parser);
            DecodeException trailing = trailing(parser, json);
            if (trailing != null) {
                throw trailing;
            }
            return tree;
        } catch (IOException e) {
            throw malformed(json, e);
        }
    }

    /** What is wrong with anything after the value the parser has read; null when nothing follows. */
    static DecodeException trailing(JsonParser parser, String json) throws IOException {
        if (parser.nextToken() == null) {
            return null;
        }
        JsonLocation at = parser.currentTokenLocation();
        return new DecodeException(
                "malformed JSON: more text after the value, starting with '" + parser.getText() + "'",
                json,
                at.getLineNr(),
                at.getColumnNr());
    }

    /**
     * What Jackson found wrong, where: its message without where an unclosed array or object started,
     * which Jackson 3 does not know for text (the line and column say where the input broke off).
     * ({@code Exception}, not Jackson's type: the Jackson 3 runtime is this source rewritten.)
     */
    static DecodeException malformed(String json, Exception e) {
        if (e instanceof JsonProcessingException jackson) {
            int line =
                    jackson.getLocation() == null ? -1 : jackson.getLocation().getLineNr();
            int column =
                    jackson.getLocation() == null ? -1 : jackson.getLocation().getColumnNr();
            String message = START_MARKER.matcher(jackson.getOriginalMessage()).replaceAll("");
            return new DecodeException("malformed JSON: " + message, json, line, column);
        }
        return new DecodeException("malformed JSON: " + e.getMessage(), json, -1, -1);
    }

    /**
     * Reads the value at the parser's current token into a tree, numbers as written; the parser is
     * left on the value's last token.
     */
    public static JsonNode read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            token = parser.nextToken();
        }
        switch (token) {
            case START_OBJECT:
                ObjectNode object = NODES.objectNode();
                for (JsonToken next = parser.nextToken(); next == JsonToken.FIELD_NAME; next = parser.nextToken()) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, read(parser));
                }
                return object;
            case START_ARRAY:
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser));
                }
                return array;
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return integer(parser);
            case VALUE_NUMBER_FLOAT:
                return new WrittenNumber(parser.getText(), false);
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT:
                Object embedded = parser.getEmbeddedObject();
                return embedded instanceof byte[] bytes ? NODES.binaryNode(bytes) : NODES.pojoNode(embedded);
            default:
                throw new IllegalStateException("unexpected " + token + " where a JSON value starts");
        }
    }

    /** An integer as Jackson reads it ({@code IntNode}, {@code LongNode}, ...), which prints it back the same; {@code -0} as written. */
    private static JsonNode integer(JsonParser parser) throws IOException {
        if (parser.getTextLength() == 2 && "-0".equals(parser.getText())) {
            return new WrittenNumber("-0", true);
        }
        return switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
        };
    }

    /** Prints a tree as compact JSON text. */
    public static String print(JsonNode json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be printed", e);
        }
    }

    /** The mapper behind {@link #print}, for binding mapped classes. */
    static ObjectMapper mapper() {
        return MAPPER;
    }
}
