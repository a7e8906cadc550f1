package io.asyncgen.core.model;

import io.asyncgen.core.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * A {@code oneOf}/{@code anyOf}: told apart by a discriminator property when every member is a
 * record fixing it, otherwise by the JSON shape of the value (integer or string, string or object).
 */
public record UnionType(
        String name,
        Optional<String> description,
        List<TypeDef> members,
        Optional<Discriminator> discriminator,
        Extensions extensions,
        SourceLocation source)
        implements NamedType {

    public UnionType {
        members = List.copyOf(members);
    }

    @Override
    public Kind kind() {
        return Kind.UNION;
    }
}
