package io.asyncgen.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.asyncgen.runtime.DecodeException;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a record decoded from the wire keeps so that it writes itself back exactly as it came
 * (numbers as written, members in their order, values that break the schema included): where the
 * text of the object it was decoded from is, and the values it decoded, carried by its
 * {@code additionalProperties} map, which shows only the members kept aside. A record whose
 * members all still equal the decoded ones writes the object it came from; any other (built, or
 * made with other values) is encoded from its members. For generated code only; not an API.
 */
public final class AsReceived {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AsReceived() {}

    /**
     * The {@code additionalProperties} of a record decoded into {@code values} from the object that
     * {@code in} has just read to its end, which started at {@code start}.
     */
    public static Map<String, JsonNode> of(Map<String, JsonNode> extra, JsonReader in, int start, Object... values) {
        Map<String, JsonNode> kept = extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(extra);
        return new Members(kept, in.source(), start, in.tokenStart() + 1, values);
    }

    /** Whether {@code extra} belongs to a record decoded from the wire that still holds the decoded {@code values}. */
    public static boolean isUnchanged(Map<String, JsonNode> extra, Object... values) {
        if (!(extra instanceof Members members) || members.values.length != values.length) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            if (!Objects.equals(values[i], members.values[i])) {
                return false;
            }
        }
        return true;
    }

    /** A copy of the object the record was decoded from (see {@link #isUnchanged}), marked as such. */
    public static ObjectNode copy(Map<String, JsonNode> extra) {
        Members members = (Members) extra;
        String text = members.source.substring(members.start, members.end);
        ObjectNode source;
        try {
            source = (ObjectNode) JsonText.parse(text);
        } catch (DecodeException e) {
            throw new IllegalStateException("the text of a decoded object does not read back", e);
        }
        Map<String, JsonNode> children = new LinkedHashMap<>();
        source.properties()
                .forEach(member ->
                        children.put(member.getKey(), member.getValue().deepCopy()));
        return new Copy(children, text);
    }

    /** Whether {@code json} is what {@link #copy} made: a record written back as received, which encode does not check. */
    public static boolean isCopy(JsonNode json) {
        return json instanceof Copy;
    }

    /** The text {@code copy} (what {@link #copy} made) was received as, byte for byte (duplicate members included). */
    static String text(JsonNode copy) {
        return ((Copy) copy).text;
    }

    /** Whether {@code extra} is what {@link #of} made (the map a decoded record keeps as it is). */
    static boolean isReceived(Map<String, JsonNode> extra) {
        return extra instanceof Members;
    }

    /** The members kept aside, with what the record was decoded from; equal to any map with the same members. */
    private static final class Members extends AbstractMap<String, JsonNode> {
        private final Map<String, JsonNode> kept;
        /** The text the record was decoded from, and where its object is in it. */
        private final String source;

        private final int start;
        private final int end;
        private final Object[] values;

        Members(Map<String, JsonNode> kept, String source, int start, int end, Object[] values) {
            this.kept = kept;
            this.source = source;
            this.start = start;
            this.end = end;
            this.values = values;
        }

        @Override
        public Set<Entry<String, JsonNode>> entrySet() {
            return kept.entrySet();
        }

        @Override
        public JsonNode get(Object key) {
            return kept.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return kept.containsKey(key);
        }

        @Override
        public int size() {
            return kept.size();
        }
    }

    /** An object written back as it was received, with the text it came as. */
    private static final class Copy extends ObjectNode {
        private static final long serialVersionUID = 1L;
        private final String text;

        Copy(Map<String, JsonNode> children, String text) {
            super(NODES, children);
            this.text = text;
        }
    }
}
