package io.asyncgen.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The {@code x-} members of an object, kept for extension code, sorted by key. */
public record Extensions(Map<String, JsonNode> values) {
    public static final Extensions NONE = new Extensions(Map.of());

    public Extensions {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public Optional<JsonNode> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** A string-valued extension, such as {@code x-java-name}. */
    public Optional<String> text(String key) {
        return get(key).filter(JsonNode::isTextual).map(JsonNode::asText);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
