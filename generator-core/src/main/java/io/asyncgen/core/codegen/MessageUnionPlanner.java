package io.asyncgen.core.codegen;

import io.asyncgen.core.model.Action;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Connection;
import io.asyncgen.core.model.Discriminator;
import io.asyncgen.core.model.Message;
import io.asyncgen.core.model.Operation;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.naming.PackageTypeNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides the message unions of a document: per connection, one for what the application
 * receives (2.x {@code publish}, 3.x {@code receive}: what a client sends) and one for what it
 * sends (what a client receives). Their names come from {@link PackageTypeNames#messageUnion}.
 */
final class MessageUnionPlanner {
    private final PackageTypeNames names;

    MessageUnionPlanner(PackageTypeNames names) {
        this.names = names;
    }

    List<MessageUnion> plan(AsyncApi api) {
        List<MessageUnion> unions = new ArrayList<>();
        for (Connection connection : api.connections()) {
            for (Action action : Action.values()) {
                List<Operation> operations = connection.operations().stream()
                        .filter(o -> o.action() == action)
                        .toList();
                List<Message> messages = operations.stream()
                        .flatMap(o -> o.messages().stream())
                        .distinct()
                        .toList();
                if (!messages.isEmpty()) {
                    unions.add(union(connection, action, operations, messages));
                }
            }
        }
        return unions;
    }

    private MessageUnion union(
            Connection connection, Action action, List<Operation> operations, List<Message> messages) {
        String name = names.messageUnion(connection, action, operations);
        Optional<Discriminator> discriminator =
                operations.size() == 1 ? operations.get(0).discriminator() : Optional.empty();
        List<UnionShape.Member> members = new ArrayList<>();
        List<UnionShape.BinaryMember> binaries = new ArrayList<>();
        Set<TypeDef> seen = new LinkedHashSet<>();
        List<Message> kept = new ArrayList<>();
        for (Message message : messages) {
            if (message.isBinary()) {
                String label = message.name().orElse(message.key());
                binaries.add(new UnionShape.BinaryMember(
                        names.binaryMessage(message),
                        label,
                        message.summary().or(message::description),
                        message.source(),
                        message));
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
        Optional<String> description =
                operations.get(0).description().or(() -> operations.get(0).summary());
        UnionShape shape = new UnionShape(
                name,
                description,
                members,
                discriminator.map(d -> d.property()),
                operations.get(0).source(),
                binaries);
        PackageTypeNames.UnionCompanions companions = names.companions(name);
        return new MessageUnion(
                connection, action, shape, kept, companions.codec(), companions.handler(), companions.dispatcher());
    }
}
