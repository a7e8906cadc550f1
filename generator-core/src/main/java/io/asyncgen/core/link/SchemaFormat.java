package io.asyncgen.core.link;

import java.util.Locale;
import java.util.Optional;

/**
 * The language a payload or headers schema is written in, from its {@code schemaFormat} media type
 * (2.x: the message's {@code schemaFormat}; 3.x: a multi-format schema object's). Absent means the
 * AsyncAPI schema of the document's version.
 */
enum SchemaFormat {
    /** {@code application/vnd.aai.asyncapi(+json|+yaml);version=...}: the AsyncAPI schema object. */
    ASYNCAPI,
    /** {@code application/schema(+json|+yaml);version=draft-07}: JSON Schema. */
    JSON_SCHEMA,
    /** {@code application/vnd.apache.avro(+json|+yaml);version=1.9.0} and later: an Avro schema. */
    AVRO,
    /** Anything else (Protobuf, RAML, OpenAPI, ...): not read; the value is typed as any JSON value. */
    OTHER;

    static SchemaFormat of(Optional<String> mediaType) {
        if (mediaType.isEmpty()) {
            return ASYNCAPI;
        }
        String type = mediaType.get().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application/vnd.aai.asyncapi",
                    "application/vnd.aai.asyncapi+json",
                    "application/vnd.aai.asyncapi+yaml" -> ASYNCAPI;
            case "application/schema+json", "application/schema+yaml" -> JSON_SCHEMA;
            case "application/vnd.apache.avro",
                    "application/vnd.apache.avro+json",
                    "application/vnd.apache.avro+yaml" -> AVRO;
            default -> OTHER;
        };
    }
}
