package io.asyncgen.core.link;

import com.fasterxml.jackson.databind.JsonNode;
import io.asyncgen.core.model.Extensions;
import io.asyncgen.core.read.MapNode;
import io.asyncgen.core.read.SpecNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one schema object says about itself (its own keywords; sub-schemas as tree nodes, not yet
 * resolved). The plain JSON Schema keywords come from swagger-parser's model, the AsyncAPI ones
 * ({@code discriminator} as a string, {@code nullable}) and the nodes from the tree.
 *
 * @param types the {@code type} keyword's values ({@code "null"} included), empty when absent
 * @param enumValues the {@code enum} values as JSON (null values included)
 * @param constValue the {@code const} value
 * @param additionalProperties a sub-schema, or empty; see {@code closed} for {@code false}
 */
record SchemaFacts(
        MapNode node,
        Set<String> types,
        Optional<String> format,
        Optional<String> title,
        Optional<String> description,
        boolean deprecated,
        boolean nullable,
        List<JsonNode> enumValues,
        Optional<JsonNode> constValue,
        Optional<JsonNode> defaultValue,
        List<String> required,
        Map<String, SpecNode> properties,
        Optional<SpecNode> items,
        Optional<SpecNode> additionalProperties,
        boolean closed,
        List<SpecNode> oneOf,
        List<SpecNode> anyOf,
        List<SpecNode> allOf,
        Optional<String> discriminator,
        Extensions extensions) {

    boolean hasType(String type) {
        return types.contains(type);
    }

    /**
     * The single string a {@code const} or a one-value {@code enum} fixes. Only strings: a fixed
     * number or boolean ({@code enum: [24000]}) stays a value of its declared type, since generated
     * code writes fixed values as JSON strings and compares them as text.
     */
    Optional<String> fixedValue() {
        if (constValue.isPresent() && constValue.get().isTextual()) {
            return Optional.of(constValue.get().textValue());
        }
        if (enumValues.size() == 1 && enumValues.get(0).isTextual()) {
            return Optional.of(enumValues.get(0).textValue());
        }
        return Optional.empty();
    }
}
