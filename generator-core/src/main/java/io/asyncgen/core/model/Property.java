package io.asyncgen.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.asyncgen.core.diagnostic.SourceLocation;
import java.util.Optional;

/**
 * A property of a record.
 *
 * @param wireName the name on the wire ({@code event_id})
 * @param javaName a Java-ready member name, unique in its record ({@code eventId})
 * @param nullable the schema allows {@code null} ({@code nullable: true}, {@code type: [X, "null"]},
 *     or {@code anyOf [X, {type: "null"}]})
 * @param constValue the one value a single-value {@code enum} or a {@code const} fixes
 */
public record Property(
        String wireName,
        String javaName,
        TypeDef type,
        boolean required,
        boolean nullable,
        Optional<String> constValue,
        Optional<JsonNode> defaultValue,
        Optional<String> description,
        boolean deprecated,
        Extensions extensions,
        SourceLocation source) {}
