package io.asyncgen.core.model;

import io.asyncgen.core.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * An operation with its messages (a 2.x {@code oneOf} of messages, or a 3.x {@code messages} list)
 * and, when every message's payload fixes one property to its own value, the discriminator that
 * tells them apart.
 *
 * @param operationId the 2.x {@code operationId}, or the 3.x key under {@code operations}
 * @param reply what answers this operation (3.x {@code reply}), if it declares one
 * @param answers for the operation that carries the replies of another one on the reply channel:
 *     that operation's id. A 3.x reply is listed twice: as {@link #reply()} of the request, and as
 *     an operation of the opposite action on the reply channel, so its messages are received (or
 *     sent) like any other
 */
public record Operation(
        Action action,
        Optional<String> operationId,
        Optional<String> summary,
        Optional<String> description,
        List<Message> messages,
        Optional<Discriminator> discriminator,
        List<SecurityRequirement> security,
        Optional<Reply> reply,
        Optional<String> answers,
        Extensions extensions,
        SourceLocation source) {

    public Operation {
        messages = List.copyOf(messages);
        security = List.copyOf(security);
    }

    /** {@code x-java-name}, when the document chose the name of this operation's message union. */
    public Optional<String> javaName() {
        return extensions.text("x-java-name");
    }
}
