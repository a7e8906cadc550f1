package io.asyncgen.core.codegen;

import io.asyncgen.core.model.Action;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Connection;
import io.asyncgen.core.model.Message;
import io.asyncgen.core.model.Operation;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.naming.JavaNames;
import io.asyncgen.core.naming.NameScope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides the message unions of a document: per connection, one for what the application
 * receives (2.x {@code publish}, 3.x {@code receive}: what a client sends) and one for what it
 * sends (what a client receives), named from {@code x-java-name},
 * else the operationId without its leading verb ({@code sendClientEvent} -> {@code ClientEvent}),
 * else {@code <Connection>Outbound}/{@code Inbound} (a client's view; see {@link ConnectionNames}).
 */
final class MessageUnionPlanner {
  private static final Pattern LEADING_VERB =
      Pattern.compile("^(send|receive|publish|subscribe|emit|on|handle|get|post|put|consume|produce)(?=[A-Z_])");

  private final NameScope scope;
  private final ConnectionNames connectionNames;

  MessageUnionPlanner(NameScope scope, ConnectionNames connectionNames) {
    this.scope = scope;
    this.connectionNames = connectionNames;
  }

  List<MessageUnion> plan(AsyncApi api) {
    List<MessageUnion> unions = new ArrayList<>();
    for (Connection connection : api.connections()) {
      for (Action action : Action.values()) {
        List<Operation> operations = connection.operations().stream().filter(o -> o.action() == action).toList();
        List<Message> messages = operations.stream().flatMap(o -> o.messages().stream()).distinct().toList();
        if (!messages.isEmpty()) {
          unions.add(union(connection, action, operations, messages));
        }
      }
    }
    return unions;
  }

  private MessageUnion union(Connection connection, Action action, List<Operation> operations, List<Message> messages) {
    String name = allocate(baseName(connection, action, operations));
    Optional<io.asyncgen.core.model.Discriminator> discriminator =
        operations.size() == 1 ? operations.get(0).discriminator() : Optional.empty();
    List<UnionShape.Member> members = new ArrayList<>();
    List<UnionShape.BinaryMember> binaries = new ArrayList<>();
    Set<TypeDef> seen = new LinkedHashSet<>();
    List<Message> kept = new ArrayList<>();
    for (Message message : messages) {
      if (message.isBinary()) {
        String label = message.name().orElse(message.key());
        binaries.add(new UnionShape.BinaryMember(allocate(JavaNames.typeName(message.key())), label,
            message.summary().or(message::description), message.source(), message));
        kept.add(message);
        continue;
      }
      if (!seen.add(message.payload())) {
        continue;
      }
      Optional<String> value = discriminator.map(d -> d.values().get(message.key()));
      String label = message.name().or(() -> value).orElse(message.key());
      members.add(new UnionShape.Member(message.payload(), value, label, Optional.of(message)));
      kept.add(message);
    }
    Optional<String> description = operations.get(0).description().or(() -> operations.get(0).summary());
    UnionShape shape = new UnionShape(name, description, members, discriminator.map(d -> d.property()),
        operations.get(0).source(), binaries);
    return new MessageUnion(connection, action, shape, kept, allocate(name + "Codec"), allocate(name + "Handler"),
        allocate(name + "Dispatcher"));
  }

  /**
   * {@code x-java-name} of an operation; else the operationId of the one operation going this way,
   * without its verb; else (several operations, as AsyncAPI 3.x documents often have, or none with
   * an id) the connection's name with {@code Outbound}/{@code Inbound}: no single operation names
   * what all of them carry.
   */
  private String baseName(Connection connection, Action action, List<Operation> operations) {
    for (Operation operation : operations) {
      if (operation.javaName().isPresent()) {
        return JavaNames.chosenTypeName(operation.javaName().get());
      }
    }
    if (operations.size() == 1 && operations.get(0).operationId().isPresent()) {
      String id = operations.get(0).operationId().get();
      String withoutVerb = LEADING_VERB.matcher(id).replaceFirst("");
      return JavaNames.typeName(withoutVerb.isEmpty() ? id : withoutVerb);
    }
    return connectionNames.of(connection) + (action == Action.RECEIVE ? "Outbound" : "Inbound");
  }

  /** The name, or {@code <name>Message} when a schema already has it, or a numbered one. */
  private String allocate(String wanted) {
    if (scope.isFree(wanted)) {
      return scope.allocate(wanted);
    }
    return scope.allocate(wanted + "Message");
  }
}
