package io.asyncgen.core.codegen;

import io.asyncgen.core.diagnostic.SourceLocation;
import io.asyncgen.core.model.TypeDef;
import java.util.List;
import java.util.Optional;

/**
 * A union to generate, from a schema {@code oneOf}/{@code anyOf} or from the messages of one
 * direction of a connection.
 *
 * @param discriminator the property whose value picks the member, when there is one
 */
record UnionShape(String name, Optional<String> description, List<Member> members, Optional<String> discriminator,
    SourceLocation source) {

  /** One member: its type, its discriminator value if any, and a label naming it (for handler methods). */
  record Member(TypeDef type, Optional<String> value, String label) {}

  UnionShape {
    members = List.copyOf(members);
  }
}
