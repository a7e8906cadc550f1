package io.asyncgen.runtime.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.asyncgen.runtime.DecodeException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.AbstractList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * What the generated codecs share. Decoding never loses a value: a member whose value does not
 * fit its declared type (an explicit {@code null}, a string where a number is declared) is kept
 * as it came, beside the unknown members, and written back unchanged. For generated code only;
 * not an API: its methods change with the generator.
 */
public final class JsonSupport {
    private static final ObjectMapper MAPPER = JsonText.mapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonSupport() {}

    /** Parses JSON text into a tree, or says where it is malformed. */
    public static JsonNode parse(String json) throws DecodeException {
        return JsonText.parse(json);
    }

    /** Prints a tree as compact JSON text; what a decoded record wrote back as received, as the text it came as. */
    public static String print(JsonNode json) {
        return AsReceived.isCopy(json) ? AsReceived.text(json) : JsonText.print(json);
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /**
     * Keeps {@code value} under {@code name} in {@code extra}, which is created on the first member kept
     * (most objects keep none): returns the map to use from now on.
     */
    public static Map<String, JsonNode> keep(Map<String, JsonNode> extra, String name, JsonNode value) {
        // most objects that keep anything keep one or two members
        Map<String, JsonNode> kept = extra == null ? new LinkedHashMap<>(4) : extra;
        kept.put(name, value);
        return kept;
    }

    /**
     * Keeps a member that is present ({@code value} not null) but did not decode ({@code decoded}
     * null: the wrong type, or an explicit null): returns the map to use from now on.
     */
    public static Map<String, JsonNode> keepMisfit(
            Map<String, JsonNode> extra, String name, JsonNode value, Object decoded) {
        return value != null && decoded == null ? keep(extra, name, value) : extra;
    }

    /** Whether a member that should hold {@code expected} is present and holds something else. */
    public static boolean isUnexpected(JsonNode value, String expected) {
        return value != null && !(value.isTextual() && expected.equals(value.textValue()));
    }

    /** The text of a member that is a string, else null. */
    public static String text(JsonNode json, String name) {
        JsonNode value = json.get(name);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    /** Whether a value is a JSON string. */
    public static boolean isString(JsonNode value) {
        return value.isTextual();
    }

    public static String asString(JsonNode value) {
        return value.isTextual() ? value.textValue() : null;
    }

    public static Long asLong(JsonNode value) {
        return value.isIntegralNumber() && value.canConvertToLong() ? value.longValue() : null;
    }

    /** A number as a double; null for one beyond the range of double ({@code 1e400}), which is kept as written. */
    public static Double asDouble(JsonNode value) {
        if (!value.isNumber()) {
            return null;
        }
        // Jackson 3 refuses doubleValue() of an integer beyond double; Jackson 2 gives an infinity
        double number = value.isBigInteger() ? value.bigIntegerValue().doubleValue() : value.doubleValue();
        return Double.isFinite(number) ? number : null;
    }

    public static Boolean asBoolean(JsonNode value) {
        return value.isBoolean() ? value.booleanValue() : null;
    }

    /** Any JSON value, {@code null} included, as it came. */
    public static JsonNode asJson(JsonNode value) {
        return value;
    }

    /** A decoder for arrays; an array with an element that does not fit is not decoded (kept as it came). */
    public static <T> Function<JsonNode, List<T>> listOf(Function<JsonNode, T> element, boolean nullableItems) {
        return value -> asList(value, element, nullableItems);
    }

    /** An array as a list, or null when it is not an array or an element does not fit. */
    public static <T> List<T> asList(JsonNode value, Function<JsonNode, T> element, boolean nullableItems) {
        if (!value.isArray()) {
            return null;
        }
        Object[] items = new Object[value.size()];
        int i = 0;
        for (JsonNode item : value) {
            T decoded = item.isNull() && nullableItems ? null : element.apply(item);
            if (decoded == null && !(item.isNull() && nullableItems)) {
                return null;
            }
            items[i++] = decoded;
        }
        return new FrozenList<>(items);
    }

    /** A decoder for objects used as maps; a value that does not fit leaves the object as it came. */
    public static <T> Function<JsonNode, Map<String, T>> mapOf(Function<JsonNode, T> element, boolean nullableValues) {
        return value -> asMap(value, element, nullableValues);
    }

    /** An object as a map, or null when it is not an object or a value does not fit. */
    public static <T> Map<String, T> asMap(JsonNode value, Function<JsonNode, T> element, boolean nullableValues) {
        if (!value.isObject()) {
            return null;
        }
        Map<String, T> entries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            JsonNode item = member.getValue();
            T decoded = item.isNull() && nullableValues ? null : element.apply(item);
            if (decoded == null && !(item.isNull() && nullableValues)) {
                return null;
            }
            entries.put(member.getKey(), decoded);
        }
        return Collections.unmodifiableMap(entries);
    }

    /**
     * A decoder for a type with a text form (a mapped {@code format}): converts only when printing
     * the value gives back the same text, so nothing is lost.
     */
    public static <T> Function<JsonNode, T> textMapped(Function<String, T> parse, Function<T, String> print) {
        return value -> asTextMapped(value, parse, print);
    }

    /** A value of a type with a text form, or null when it is not text or does not print back the same. */
    public static <T> T asTextMapped(JsonNode value, Function<String, T> parse, Function<T, String> print) {
        if (!value.isTextual()) {
            return null;
        }
        try {
            T parsed = parse.apply(value.textValue());
            return print.apply(parsed).equals(value.textValue()) ? parsed : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A decoder for a mapped class bound with Jackson; converts only when binding back gives the same JSON.
     * ({@code java.lang.Class} is qualified: a schema may be called {@code Class}.)
     */
    public static <T> Function<JsonNode, T> bound(Class<T> type) {
        return value -> asBound(value, type);
    }

    /** A value bound with Jackson, or null when it does not bind or does not bind back to the same JSON. */
    public static <T> T asBound(JsonNode value, Class<T> type) {
        try {
            T bound = MAPPER.treeToValue(value, type);
            return bound != null && MAPPER.valueToTree(bound).equals(value) ? bound : null;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    public static JsonNode unbound(Object value) {
        return MAPPER.valueToTree(value);
    }

    public static JsonNode string(String value) {
        return NODES.textNode(value);
    }

    public static JsonNode number(Long value) {
        return NODES.numberNode(value);
    }

    public static JsonNode number(Double value) {
        return NODES.numberNode(value);
    }

    public static JsonNode bool(Boolean value) {
        return NODES.booleanNode(value);
    }

    public static JsonNode json(JsonNode value) {
        return value;
    }

    public static <T> Function<List<T>, JsonNode> listEncoder(Function<T, JsonNode> element) {
        return list -> {
            ArrayNode array = NODES.arrayNode(list.size());
            for (T item : list) {
                array.add(item == null ? NullNode.getInstance() : element.apply(item));
            }
            return array;
        };
    }

    public static <T> Function<Map<String, T>, JsonNode> mapEncoder(Function<T, JsonNode> element) {
        return map -> {
            ObjectNode object = NODES.objectNode();
            map.forEach((key, item) -> object.set(key, item == null ? NullNode.getInstance() : element.apply(item)));
            return object;
        };
    }

    /** Writes {@code value} under {@code name} unless it is null (absent). */
    public static <T> void put(ObjectNode json, String name, T value, Function<T, JsonNode> encoder) {
        if (value != null) {
            json.set(name, encoder.apply(value));
        }
    }

    /** Writes the members kept aside when decoding (or set explicitly), unless already written. */
    public static void putRest(ObjectNode json, Map<String, JsonNode> extra) {
        extra.forEach((name, value) -> {
            if (!json.has(name)) {
                json.set(name, value);
            }
        });
    }

    /** An unmodifiable copy; the map of a record decoded from the wire is kept as it is (see {@link AsReceived}). */
    public static Map<String, JsonNode> copyOfExtra(Map<String, JsonNode> extra) {
        if (AsReceived.isReceived(extra)) {
            return extra;
        }
        return extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** An unmodifiable copy; a list decoded here is already one and is kept as it is. */
    public static <T> List<T> copyOfList(List<T> list) {
        return list == null ? null : list instanceof FrozenList ? list : new FrozenList<>(list.toArray());
    }

    public static <T> Map<String, T> copyOfMap(Map<String, T> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * What is wrong with a required member that did not decode or was never set: absent, an
     * explicit null where none is allowed, or a value of the wrong type (kept in {@code extra}).
     */
    public static String requiredProblem(Map<String, JsonNode> extra, String name) {
        JsonNode kept = extra.get(name);
        if (kept == null) {
            return name + " is required";
        }
        return kept.isNull() ? name + " must not be null" : name + ": unexpected value " + kept;
    }

    /** Whether {@code name} was set to an explicit null (kept in {@code extra}). */
    public static boolean isExplicitNull(Map<String, JsonNode> extra, String name) {
        JsonNode value = extra.get(name);
        return value != null && value.isNull();
    }

    /** The value at a JSON pointer ({@code /reqid}) of {@code json}, or null when there is none. */
    public static JsonNode at(JsonNode json, String pointer) {
        JsonNode value = json.at(pointer);
        return value.isMissingNode() ? null : value;
    }

    /**
     * Whether two correlation values are the same: equal JSON, numbers by value ({@code 7} and
     * {@code 7.0}, however each was decoded); null (absent) never matches.
     */
    public static boolean sameValue(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    /** A read-only copy of the remaining bytes of {@code data}; {@code data} itself is left as it was. */
    public static ByteBuffer frozenCopy(ByteBuffer data) {
        ByteBuffer copy = ByteBuffer.allocate(data.remaining());
        copy.put(data.duplicate()).flip();
        return copy.asReadOnlyBuffer();
    }

    /** A copy of the remaining bytes of {@code data}. */
    public static byte[] bytesOf(ByteBuffer data) {
        byte[] bytes = new byte[data.remaining()];
        data.duplicate().get(bytes);
        return bytes;
    }

    /** The remaining bytes of {@code data} as a JSON binary value (base64 when printed). */
    public static JsonNode binary(ByteBuffer data) {
        return NODES.binaryNode(bytesOf(data));
    }

    /**
     * The bytes of a JSON binary value (what {@link #binary} made) or of base64 text (how it is
     * printed), as a buffer to send.
     *
     * @throws IllegalArgumentException for any other JSON value
     */
    public static ByteBuffer bytesOf(JsonNode binary) {
        // asked first: Jackson 2's binaryValue() gives null for other values, Jackson 3's throws
        if (!binary.isBinary() && !binary.isTextual()) {
            throw new IllegalArgumentException("expected base64 text but got " + binary.getNodeType());
        }
        try {
            return ByteBuffer.wrap(binary.binaryValue());
        } catch (IOException e) {
            throw new IllegalArgumentException("expected base64 text but got a string that is not base64", e);
        }
    }

    /** The first {@code size} of {@code items} as a list records keep without copying: {@code items} must not change. */
    static <T> List<T> frozen(Object[] items, int size) {
        return new FrozenList<>(items, size);
    }

    /** An unmodifiable list only this class creates, so records can keep it without copying it again. */
    private static final class FrozenList<T> extends AbstractList<T> implements RandomAccess {
        private final Object[] items;
        private final int size;

        FrozenList(Object[] items) {
            this(items, items.length);
        }

        FrozenList(Object[] items, int size) {
            this.items = items;
            this.size = size;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(int index) {
            Objects.checkIndex(index, size);
            return (T) items[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
