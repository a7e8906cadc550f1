package io.asyncgen.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.asyncgen.runtime.DecodeException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the shortcuts of generated builders and accessors share: base64 text from and to bytes,
 * adding to a list member, free-form objects given as a tree or as JSON text. For generated code
 * only; not an API: its methods change with the generator.
 */
public final class BuilderSupport {
    private BuilderSupport() {}

    /** The base64 text of {@code bytes} (standard alphabet, padded); null for null. */
    public static String base64(byte[] bytes) {
        return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * The bytes base64 text stands for; null for null.
     *
     * @throws IllegalArgumentException naming the member when the text is not base64
     */
    public static byte[] bytes(String base64, String member) {
        if (base64 == null) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(member + " is not base64: " + e.getMessage(), e);
        }
    }

    /**
     * {@code list} with {@code item} added: a list this class made for a builder grows in place,
     * any other (one the caller passed, one a record holds) is copied first, so it is never changed.
     */
    public static <T> List<T> adding(List<T> list, T item) {
        List<T> growing = list instanceof Growing<T> own ? own : new Growing<>(list == null ? List.of() : list);
        growing.add(item);
        return growing;
    }

    /** The members of a JSON object as a map in their order; null for null. */
    public static Map<String, JsonNode> members(ObjectNode object) {
        if (object == null) {
            return null;
        }
        Map<String, JsonNode> members = new LinkedHashMap<>();
        object.properties().forEach(member -> members.put(member.getKey(), member.getValue()));
        return members;
    }

    /**
     * JSON text given for a member, as a tree (numbers as written); null for null.
     *
     * @throws IllegalArgumentException naming the member and where the text is malformed
     */
    public static JsonNode json(String text, String member) {
        if (text == null) {
            return null;
        }
        try {
            return JsonText.parse(text);
        } catch (DecodeException e) {
            throw new IllegalArgumentException(member + ": " + e.getMessage(), e);
        }
    }

    /**
     * JSON text that must be an object, as its members; null for null.
     *
     * @throws IllegalArgumentException naming the member when the text is malformed or not an object
     */
    public static Map<String, JsonNode> jsonObject(String text, String member) {
        JsonNode json = json(text, member);
        if (json != null && !json.isObject()) {
            throw new IllegalArgumentException(member + ": expected a JSON object but got " + json.getNodeType());
        }
        return members((ObjectNode) json);
    }

    /** A list only this class makes, for a builder to grow. */
    private static final class Growing<T> extends ArrayList<T> {
        private static final long serialVersionUID = 1L;

        Growing(Collection<? extends T> items) {
            super(items);
        }
    }
}
