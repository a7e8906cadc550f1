package io.asyncgen.core.model;

import io.asyncgen.core.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * An object schema with properties (after {@code allOf} merging).
 *
 * @param bases the named records an {@code allOf} merged in, in order
 * @param additionalProperties the type of undeclared members when the schema types them
 * @param closed {@code additionalProperties: false}
 */
public record RecordType(
        String name,
        Optional<String> title,
        Optional<String> description,
        List<Property> properties,
        List<TypeRef> bases,
        Optional<TypeDef> additionalProperties,
        boolean closed,
        boolean deprecated,
        Extensions extensions,
        SourceLocation source)
        implements NamedType {

    public RecordType {
        properties = List.copyOf(properties);
        bases = List.copyOf(bases);
    }

    public Optional<Property> property(String wireName) {
        return properties.stream().filter(p -> p.wireName().equals(wireName)).findFirst();
    }

    @Override
    public Kind kind() {
        return Kind.RECORD;
    }
}
