package io.asyncgen.core.model;

import io.asyncgen.core.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * A {@code publish} or {@code subscribe} operation with its messages (a {@code oneOf} of
 * messages is the list) and, when every message's payload fixes one property to its own value,
 * the discriminator that tells them apart.
 */
public record Operation(Action action, Optional<String> operationId, Optional<String> summary,
    Optional<String> description, List<Message> messages, Optional<Discriminator> discriminator,
    List<SecurityRequirement> security, Extensions extensions, SourceLocation source) {

  public Operation {
    messages = List.copyOf(messages);
    security = List.copyOf(security);
  }

  /** {@code x-java-name}, when the document chose the name of this operation's message union. */
  public Optional<String> javaName() {
    return extensions.text("x-java-name");
  }
}
