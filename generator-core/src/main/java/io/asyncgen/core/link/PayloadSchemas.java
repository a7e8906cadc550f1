package io.asyncgen.core.link;

import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.diagnostic.SourceLocation;
import io.asyncgen.core.model.JsonType;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.read.MapNode;
import io.asyncgen.core.read.SpecDocuments;
import io.asyncgen.core.read.SpecNode;
import java.util.Optional;

/**
 * Links a message's payload or headers schema in the language its {@code schemaFormat} names:
 * AsyncAPI schema and JSON Schema by {@link SchemaLinker}, Avro by {@link AvroSchemaLinker}; any
 * other language is reported at its {@code schemaFormat} and typed as any JSON value.
 */
final class PayloadSchemas {
    private final SpecDocuments documents;
    private final Diagnostics diagnostics;
    private final SchemaLinker schemas;
    private final AvroSchemaLinker avro;

    PayloadSchemas(SpecDocuments documents, Diagnostics diagnostics, SchemaLinker schemas) {
        this.documents = documents;
        this.diagnostics = diagnostics;
        this.schemas = schemas;
        this.avro = new AvroSchemaLinker(documents, diagnostics, schemas);
    }

    /**
     * The type of {@code node}: a schema, or (3.x) a multi-format schema object
     * ({@code schemaFormat} and {@code schema}). {@code messageFormat} is the 2.x message's
     * {@code schemaFormat}, which applies to its payload.
     */
    TypeDef link(SpecNode node, Optional<SpecNode> messageFormat, String suggested) {
        Optional<SpecNode> target = documents.deref(node);
        if (target.isPresent() && target.get() instanceof MapNode map && map.has("schemaFormat") && map.has("schema")) {
            return link(map.get("schema").orElseThrow(), map.get("schemaFormat").orElseThrow(), suggested);
        }
        return messageFormat.isPresent()
                ? link(node, messageFormat.get(), suggested)
                : schemas.link(node, suggested).type();
    }

    private TypeDef link(SpecNode schema, SpecNode formatNode, String suggested) {
        Optional<String> mediaType =
                Optional.of(formatNode.toJson()).filter(j -> j.isTextual()).map(j -> j.asText());
        return switch (SchemaFormat.of(mediaType)) {
            case ASYNCAPI, JSON_SCHEMA -> schemas.link(schema, suggested).type();
            case AVRO -> avro.link(schema, suggested);
            case OTHER -> unsupported(formatNode.location(), mediaType.orElse(""));
        };
    }

    private TypeDef unsupported(SourceLocation at, String mediaType) {
        diagnostics.warning(
                at,
                "schemaFormat '" + mediaType + "' is not supported; the value is typed as any JSON"
                        + " value (JsonNode). asyncgen reads AsyncAPI schemas, JSON Schema draft-07 and Avro 1.9+");
        return new JsonType();
    }
}
