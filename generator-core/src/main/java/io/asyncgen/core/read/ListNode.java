package io.asyncgen.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.asyncgen.core.diagnostic.SourceLocation;
import java.util.List;

/** A sequence, its items in document order. */
public record ListNode(SourceLocation location, List<SpecNode> items) implements SpecNode {

    public ListNode {
        items = List.copyOf(items);
    }

    @Override
    public JsonNode toJson() {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        items.forEach(item -> array.add(item.toJson()));
        return array;
    }

    @Override
    public String kindName() {
        return "a sequence";
    }
}
