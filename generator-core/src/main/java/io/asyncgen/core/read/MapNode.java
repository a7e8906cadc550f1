package io.asyncgen.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.asyncgen.core.diagnostic.SourceLocation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A mapping, its members in document order, with the location of each key. */
public record MapNode(SourceLocation location, Map<String, SpecNode> members, Map<String, SourceLocation> keyLocations)
        implements SpecNode {

    public MapNode {
        members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        keyLocations = Collections.unmodifiableMap(new LinkedHashMap<>(keyLocations));
    }

    public Set<String> keys() {
        return members.keySet();
    }

    public boolean has(String key) {
        return members.containsKey(key);
    }

    public Optional<SpecNode> get(String key) {
        return Optional.ofNullable(members.get(key));
    }

    /** The member as a mapping, when it is one. */
    public Optional<MapNode> map(String key) {
        return get(key).filter(MapNode.class::isInstance).map(MapNode.class::cast);
    }

    /** The member as a sequence, when it is one. */
    public Optional<ListNode> list(String key) {
        return get(key).filter(ListNode.class::isInstance).map(ListNode.class::cast);
    }

    /** The member's text, when it is a scalar other than null. */
    public Optional<String> text(String key) {
        return get(key).filter(ScalarNode.class::isInstance)
                .map(ScalarNode.class::cast)
                .filter(s -> s.kind() != ScalarNode.Kind.NULL)
                .map(ScalarNode::text);
    }

    /** The member as a boolean, when it is {@code true} or {@code false}. */
    public Optional<Boolean> bool(String key) {
        return get(key).filter(ScalarNode.class::isInstance)
                .map(ScalarNode.class::cast)
                .filter(s -> s.kind() == ScalarNode.Kind.BOOLEAN)
                .map(s -> Boolean.parseBoolean(s.text()));
    }

    /** Where the key of a member stands (falls back to the mapping's own location). */
    public SourceLocation keyLocation(String key) {
        return keyLocations.getOrDefault(key, location);
    }

    @Override
    public JsonNode toJson() {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        members.forEach((key, value) -> object.set(key, value.toJson()));
        return object;
    }

    @Override
    public String kindName() {
        return "a mapping";
    }
}
