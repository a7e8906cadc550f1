package io.asyncgen.core.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.model.Extensions;
import io.asyncgen.core.read.ListNode;
import io.asyncgen.core.read.MapNode;
import io.asyncgen.core.read.ScalarNode;
import io.asyncgen.core.read.SpecNode;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a schema object's own keywords through swagger-parser's JSON Schema model
 * ({@link OpenAPIDeserializer}, OpenAPI 3.1 mode) and adds what that model does not carry for
 * AsyncAPI. Only the schema's own keywords are handed to swagger-parser (sub-schemas are taken
 * from the tree, which knows their locations and resolves their {@code $ref}s), so each schema
 * is parsed once however deep it sits.
 */
final class SchemaFactsReader {
    private static final Set<String> OWN_KEYWORDS =
            Set.of("type", "format", "title", "description", "deprecated", "enum", "const", "default", "required");

    private final OpenAPIDeserializer deserializer = new OpenAPIDeserializer();
    private final Diagnostics diagnostics;

    SchemaFactsReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    SchemaFacts read(MapNode node) {
        Schema<?> schema = swaggerSchema(node);
        Set<String> types = new LinkedHashSet<>();
        if (schema.getTypes() != null) {
            types.addAll(schema.getTypes());
        } else if (schema.getType() != null) {
            types.add(schema.getType());
        }
        boolean nullable = types.contains("null") || node.bool("nullable").orElse(false);
        Optional<SpecNode> additional = node.get("additionalProperties").filter(MapNode.class::isInstance);
        boolean closed =
                node.bool("additionalProperties").map(allowed -> !allowed).orElse(false);
        return new SchemaFacts(
                node,
                types,
                format(schema, node),
                Optional.ofNullable(schema.getTitle()),
                Optional.ofNullable(schema.getDescription()),
                Boolean.TRUE.equals(schema.getDeprecated())
                        || node.bool("x-deprecated").orElse(false),
                nullable,
                enumValues(node),
                node.get("const").map(SpecNode::toJson),
                node.get("default").map(SpecNode::toJson),
                schema.getRequired() == null ? List.of() : List.copyOf(schema.getRequired()),
                properties(node),
                node.get("items"),
                additional,
                closed,
                items(node, "oneOf"),
                items(node, "anyOf"),
                items(node, "allOf"),
                discriminator(node),
                extensions(node));
    }

    /**
     * The {@code format}; for a schema without one that says {@code contentEncoding: base64}, the
     * format that means the same in OpenAPI terms, {@code byte}, so both read as base64 text.
     */
    private static Optional<String> format(Schema<?> schema, MapNode node) {
        Optional<String> format = Optional.ofNullable(schema.getFormat());
        boolean base64 = node.text("contentEncoding")
                .filter(e -> e.equalsIgnoreCase("base64"))
                .isPresent();
        return format.isEmpty() && base64 ? Optional.of("byte") : format;
    }

    private Schema<?> swaggerSchema(MapNode node) {
        ObjectNode own = JsonNodeFactory.instance.objectNode();
        node.members().forEach((key, value) -> {
            if (OWN_KEYWORDS.contains(key)) {
                own.set(key, value.toJson());
            }
        });
        OpenAPIDeserializer.ParseResult result = new OpenAPIDeserializer.ParseResult().openapi31(true);
        Schema<?> schema = deserializer.getJsonSchema(own, node.pointer(), result);
        return schema == null ? new Schema<>() : schema;
    }

    /** Enum values straight from the tree: swagger-parser's model coerces them by declared type. */
    private static List<JsonNode> enumValues(MapNode node) {
        return node.list("enum")
                .map(list -> list.items().stream().map(SpecNode::toJson).toList())
                .orElse(List.of());
    }

    private static Map<String, SpecNode> properties(MapNode node) {
        return node.map("properties").map(MapNode::members).orElse(Map.of());
    }

    private static List<SpecNode> items(MapNode node, String keyword) {
        return node.list(keyword).map(ListNode::items).orElse(List.of());
    }

    /**
     * AsyncAPI 2.x names the discriminator property with a string; the OpenAPI object form
     * ({@code propertyName}) is accepted with a warning, since documents in the wild use it.
     */
    private Optional<String> discriminator(MapNode node) {
        Optional<SpecNode> value = node.get("discriminator");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.STRING) {
            return Optional.of(scalar.text());
        }
        if (value.get() instanceof MapNode object && object.text("propertyName").isPresent()) {
            // The meta-schema check already reports the OpenAPI object form; its property name is still meant.
            return object.text("propertyName");
        }
        diagnostics.warning(
                value.get().location(), "discriminator must be the name of a property (a string);" + " ignoring it");
        return Optional.empty();
    }

    static Extensions extensions(MapNode node) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        node.members().forEach((key, value) -> {
            if (key.startsWith("x-")) {
                values.put(key, value.toJson());
            }
        });
        return values.isEmpty() ? Extensions.NONE : new Extensions(values);
    }

    static List<String> texts(List<JsonNode> values) {
        List<String> texts = new ArrayList<>();
        values.forEach(v -> texts.add(v.asText()));
        return texts;
    }
}
