package io.asyncgen.runtime.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.asyncgen.runtime.DecodeException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads JSON text straight from Jackson's streaming parser into generated types, without a tree:
 * only a value that does not fit its type, or a member nobody declared, is read into a tree
 * (numbers as written) to be kept. A union reads ahead to its discriminator, and the members
 * before it are replayed to the member it picks. Every object read knows where its text is, so a
 * record can keep that instead of a tree ({@link AsReceived}). For generated code only; not an
 * API: its methods change with the generator.
 *
 * <p>A {@link Read} is called with the reader on the first token of a value and leaves it on the
 * value's last token. One that answers null for a value that does not fit either leaves the value
 * unread or has read it whole and kept it where {@link #keep} finds it.
 */
public final class JsonReader {
    /** Reads one value; null when it does not fit. */
    @FunctionalInterface
    public interface Read<T> {
        T read(JsonReader in);
    }

    private final String source;
    private TokenReader tokens;
    /** The start of the object whose members {@link #discriminator} read ahead (-1 when none). */
    private int startedAt = -1;
    /** The members being replayed to the object being read (null when none or done): read ahead by {@link #discriminator}. */
    private ReadAhead replaying;
    /** The discriminator of the object being read, still to be named by {@link #nextMember} (after {@link #replaying}). */
    private String pendingName;
    /** Its value, found by {@link #discriminator} in the union's {@link Tags}: replayed when it is named. */
    private JsonNode pendingTag;
    /** A scalar member of {@link #replaying} being read, else null. */
    private JsonNode replayed;
    /** A value a {@link Read} read whole and found not to fit, for {@link #keep}. */
    private JsonNode misfit;
    /** Where to come back to after a replayed member that is an array or object. */
    private Frame frame;

    private JsonReader(String source, TokenReader tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    /** Decodes JSON text that must be exactly one value, or says where it is malformed. */
    public static <T> T decode(String json, Read<T> read) throws DecodeException {
        TokenReader tokens = null;
        try {
            tokens = TokenReader.of(json, 0);
            if (tokens.token() == null) {
                throw new DecodeException("empty message: expected a JSON value", json, -1, -1);
            }
            T value = read.read(new JsonReader(json, tokens));
            if (value == null) {
                throw new IllegalStateException("a read that takes any value answered null");
            }
            DecodeException trailing = tokens.trailing(json);
            if (trailing != null) {
                throw trailing;
            }
            return value;
        } catch (TokenReader.Malformed e) {
            throw JsonText.malformed(json, (Exception) e.getCause());
        } finally {
            if (tokens != null) {
                tokens.close();
            }
        }
    }

    /** Decodes a tree (JSON already, so nothing can be malformed) as its text would be decoded. */
    public static <T> T fromTree(JsonNode json, Read<T> read) {
        try {
            return decode(JsonText.print(json), read);
        } catch (DecodeException e) {
            throw new IllegalStateException("a JSON tree printed text that does not read back", e);
        }
    }

    /** A {@link Read} of arrays whose elements {@code element} reads (see {@link #list}). */
    public static <T> Read<List<T>> listOf(Read<T> element, boolean nullableItems) {
        return in -> in.list(element, nullableItems);
    }

    /** A {@link Read} of objects used as maps (see {@link #map}). */
    public static <T> Read<Map<String, T>> mapOf(Read<T> value, boolean nullableValues) {
        return in -> in.map(value, nullableValues);
    }

    /** A {@link Read} through a tree, for what has no reader of its own (see {@link #viaTree}). */
    public static <T> Read<T> treeOf(Function<JsonNode, T> decode) {
        return in -> in.viaTree(decode);
    }

    /** Whether the value is an object (one whose discriminator was read ahead included). */
    public boolean isObject() {
        return startedAt >= 0 || replayed == null && tokens.token() == JsonToken.START_OBJECT;
    }

    /** Whether the value is JSON null. */
    public boolean isNull() {
        return replayed != null ? replayed.isNull() : startedAt < 0 && tokens.token() == JsonToken.VALUE_NULL;
    }

    /** Starts reading the object the reader is on ({@link #isObject}): where its text starts. */
    public int startObject() {
        if (startedAt < 0) {
            return tokens.tokenStart();
        }
        int start = startedAt;
        startedAt = -1;
        return start;
    }

    /** The name of the object's next member, the reader on its value; null at the object's end. */
    public String nextMember() {
        replayed = null;
        if (replaying != null) {
            return nextReplayed();
        }
        if (pendingName != null) {
            return discriminatorMember();
        }
        JsonToken token = tokens.next();
        if (token == null && frame != null) {
            // a replayed array or object is done: back to the object it belongs to
            tokens.close();
            tokens = frame.tokens;
            replaying = frame.replaying;
            pendingName = frame.pendingName;
            pendingTag = frame.pendingTag;
            frame = frame.previous;
            return replaying != null ? nextReplayed() : discriminatorMember();
        }
        if (token != JsonToken.FIELD_NAME) {
            return null;
        }
        String name = tokens.name();
        tokens.next();
        return name;
    }

    private String nextReplayed() {
        ReadAhead prefix = replaying;
        if (!prefix.hasNext()) {
            replaying = null;
            return discriminatorMember();
        }
        String name = prefix.advance();
        replayed = prefix.scalar();
        if (replayed == null) {
            frame = new Frame(tokens, prefix, pendingName, pendingTag, frame);
            replaying = null;
            pendingName = null;
            pendingTag = null;
            tokens = TokenReader.of(source.substring(prefix.start(), prefix.end()), prefix.start());
        }
        return name;
    }

    /** The discriminator, named after the members before it: the parser is still on its value. */
    private String discriminatorMember() {
        String name = pendingName;
        replayed = pendingTag;
        pendingName = null;
        pendingTag = null;
        return name;
    }

    /**
     * Reads ahead to the member {@code name} of the object the reader is on: its value when it is one
     * of {@code tags} (as that constant: no string is made), else null (not an object, no such member,
     * not a string, another value; {@link #rest} reads the whole value). After a value, the next
     * {@link #startObject} reads the object from its start.
     */
    public String discriminator(String name, Tags tags) {
        if (!isObject()) {
            return null;
        }
        startedAt = startObject();
        ReadAhead prefix = null;
        for (JsonToken token = tokens.next(); token == JsonToken.FIELD_NAME; token = tokens.next()) {
            String member = tokens.name();
            JsonToken value = tokens.next();
            if (member.equals(name)) {
                JsonNode found = value == JsonToken.VALUE_STRING ? tokens.textIn(tags) : null;
                if (found == null) {
                    return null;
                }
                replaying = prefix;
                pendingName = name;
                pendingTag = found;
                return found.textValue();
            }
            if (prefix == null) {
                prefix = new ReadAhead();
            }
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                int start = tokens.tokenStart();
                tokens.skip();
                prefix.add(member, null, start, tokens.tokenStart() + 1);
            } else {
                prefix.add(member, tokens.tree(), 0, 0);
            }
        }
        return null;
    }

    /** The value the reader is on, whole, as a tree; after {@link #discriminator} found none, the object it read. */
    public JsonNode rest() {
        if (startedAt < 0) {
            return tree();
        }
        int start = startedAt;
        startedAt = -1;
        replaying = null;
        pendingName = null;
        pendingTag = null;
        if (tokens.token() != JsonToken.END_OBJECT) {
            tokens.skip();
            while (tokens.next() == JsonToken.FIELD_NAME) {
                tokens.next();
                tokens.skip();
            }
        }
        return TokenReader.span(source, start, tokens.tokenStart() + 1);
    }

    /** The text this reader reads. */
    String source() {
        return source;
    }

    /** Where the token the reader is on starts in {@link #source()}. */
    int tokenStart() {
        return tokens.tokenStart();
    }

    /** The value as a string, else null (the value left unread). */
    public String string() {
        if (replayed != null) {
            return JsonSupport.asString(replayed);
        }
        return tokens.token() == JsonToken.VALUE_STRING ? tokens.text() : null;
    }

    /** The value as a string converted by {@code of} (an open enum's), else null. */
    public <T> T stringAs(Function<String, T> of) {
        String text = string();
        return text == null ? null : of.apply(text);
    }

    /** The value as a long, else null: not an integer, or beyond a long. */
    public Long integer() {
        if (replayed != null) {
            return JsonSupport.asLong(replayed);
        }
        if (tokens.token() != JsonToken.VALUE_NUMBER_INT) {
            return null;
        }
        JsonParser.NumberType type = tokens.numberType();
        return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG ? tokens.longValue() : null;
    }

    /** The value as a double, else null: not a number, or beyond the range of double ({@code 1e400}). */
    public Double number() {
        if (replayed != null) {
            return JsonSupport.asDouble(replayed);
        }
        JsonToken token = tokens.token();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            return null;
        }
        double number = tokens.doubleValue();
        return Double.isFinite(number) ? number : null;
    }

    /** The value as a boolean, else null. */
    public Boolean bool() {
        if (replayed != null) {
            return JsonSupport.asBoolean(replayed);
        }
        JsonToken token = tokens.token();
        return token == JsonToken.VALUE_TRUE ? Boolean.TRUE : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }

    /** The value, whatever it is, as a tree (numbers as written). */
    public JsonNode tree() {
        return replayed != null ? replayed : tokens.tree();
    }

    /** The value read into a tree and decoded by {@code decode}, else null (the tree kept for {@link #keep}). */
    public <T> T viaTree(Function<JsonNode, T> decode) {
        JsonNode value = tree();
        T decoded = decode.apply(value);
        if (decoded == null) {
            misfit = value;
        }
        return decoded;
    }

    /** An array as an unmodifiable list, else null: not an array, or an element that does not fit. */
    public <T> List<T> list(Read<T> element, boolean nullableItems) {
        if (replayed != null || tokens.token() != JsonToken.START_ARRAY) {
            return null;
        }
        int start = tokens.tokenStart();
        Object[] items = new Object[4];
        int size = 0;
        for (JsonToken token = tokens.next(); token != JsonToken.END_ARRAY; token = tokens.next()) {
            Object item = token == JsonToken.VALUE_NULL ? null : element.read(this);
            if (item == null && !(token == JsonToken.VALUE_NULL && nullableItems)) {
                return skipMisfit(start, JsonToken.END_ARRAY);
            }
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = item;
        }
        return JsonSupport.frozen(items, size);
    }

    /** An object as an unmodifiable map, else null: not an object, or a value that does not fit. */
    public <T> Map<String, T> map(Read<T> value, boolean nullableValues) {
        if (replayed != null || tokens.token() != JsonToken.START_OBJECT) {
            return null;
        }
        int start = tokens.tokenStart();
        Map<String, T> entries = new LinkedHashMap<>();
        for (JsonToken token = tokens.next(); token == JsonToken.FIELD_NAME; token = tokens.next()) {
            String name = tokens.name();
            JsonToken first = tokens.next();
            T item = first == JsonToken.VALUE_NULL ? null : value.read(this);
            if (item == null && !(first == JsonToken.VALUE_NULL && nullableValues)) {
                return skipMisfit(start, JsonToken.END_OBJECT);
            }
            entries.put(name, item);
        }
        return Collections.unmodifiableMap(entries);
    }

    /** Skips the rest of the array or object started at {@code start} and keeps it whole, as written, for {@link #keep}. */
    private <T> T skipMisfit(int start, JsonToken end) {
        tokens.skip();
        for (JsonToken token = tokens.next(); token != end; token = tokens.next()) {
            tokens.skip();
        }
        misfit = TokenReader.span(source, start, tokens.tokenStart() + 1);
        return null;
    }

    /** Keeps the value the reader is on (or the one a {@link Read} kept) under {@code name}: returns the map to use from now on. */
    public Map<String, JsonNode> keep(Map<String, JsonNode> extra, String name) {
        JsonNode value = misfit != null ? misfit : tree();
        misfit = null;
        return JsonSupport.keep(extra, name, value);
    }

    /**
     * After reading a declared member into {@code decoded}: keeps the value when it did not fit
     * (null), else forgets what an earlier member of the same name left kept.
     */
    public Map<String, JsonNode> member(Map<String, JsonNode> extra, String name, Object decoded) {
        if (decoded == null) {
            return keep(extra, name);
        }
        if (extra != null) {
            extra.remove(name);
        }
        return extra;
    }

    /** Reads a member fixed to {@code expected}: kept when it holds anything else. */
    public Map<String, JsonNode> fixed(Map<String, JsonNode> extra, String name, String expected) {
        boolean fits = replayed != null
                ? expected.equals(JsonSupport.asString(replayed))
                : tokens.token() == JsonToken.VALUE_STRING && tokens.textEquals(expected);
        return member(extra, name, fits ? expected : null);
    }

    /** The reader and replay to come back to after a replayed array or object. */
    private record Frame(
            TokenReader tokens, ReadAhead replaying, String pendingName, JsonNode pendingTag, Frame previous) {}
}
