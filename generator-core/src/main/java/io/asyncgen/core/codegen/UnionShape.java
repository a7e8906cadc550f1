package io.asyncgen.core.codegen;

import io.asyncgen.core.diagnostic.SourceLocation;
import io.asyncgen.core.model.Message;
import io.asyncgen.core.model.TypeDef;
import java.util.List;
import java.util.Optional;

/**
 * A union to generate, from a schema {@code oneOf}/{@code anyOf} or from the messages of one
 * direction of a connection.
 *
 * @param members the members decoded from JSON
 * @param discriminator the property whose value picks the member, when there is one
 * @param binaries the messages of a connection that travel as binary frames, each a record of its
 *     own holding the bytes (never for schema unions)
 */
record UnionShape(
        String name,
        Optional<String> description,
        List<Member> members,
        Optional<String> discriminator,
        SourceLocation source,
        List<BinaryMember> binaries) {

    /**
     * One member: its type, its discriminator value if any, a label naming it (for handler methods)
     * and, in a union of messages, the message it is the payload of (for its summary and description).
     */
    record Member(TypeDef type, Optional<String> value, String label, Optional<Message> message) {}

    /**
     * A message that travels as a binary frame: the record holding its bytes, a label naming it (for
     * handler and send methods), its summary or description.
     */
    record BinaryMember(
            String recordName, String label, Optional<String> description, SourceLocation source, Message message) {}

    UnionShape {
        members = List.copyOf(members);
        binaries = List.copyOf(binaries);
    }
}
