package io.asyncgen.core.model;

import io.asyncgen.core.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;

/** A string {@code enum} of two or more values; generated as an open enum. */
public record EnumType(
        String name,
        Optional<String> description,
        List<EnumValue> values,
        boolean deprecated,
        Extensions extensions,
        SourceLocation source)
        implements NamedType {

    /** One value: as on the wire, and as a Java constant name. */
    public record EnumValue(String wire, String javaName) {}

    public EnumType {
        values = List.copyOf(values);
    }

    @Override
    public Kind kind() {
        return Kind.ENUM;
    }
}
