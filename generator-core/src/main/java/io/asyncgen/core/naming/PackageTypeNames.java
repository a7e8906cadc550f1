package io.asyncgen.core.naming;

import io.asyncgen.core.model.Action;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Connection;
import io.asyncgen.core.model.Message;
import io.asyncgen.core.model.Operation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The names of the top-level types the code generator adds to a package, in one scope with the
 * document's named types (which keep theirs) and the nested type names ({@link ReservedTypeNames}):
 * per connection and direction a message union with its codec, handler and dispatcher and a record
 * per binary message, then per connection its client, server and endpoint. Names are handed out in
 * the order they are asked for, so the caller asks in a fixed order.
 */
public final class PackageTypeNames {
    private static final Pattern LEADING_VERB =
            Pattern.compile("^(send|receive|publish|subscribe|emit|on|handle|get|post|put|consume|produce)(?=[A-Z_])");

    private final NameScope scope = NameScope.forTypes();
    private final ConnectionNames connections;

    /** The codec, handler and dispatcher of one message union. */
    public record UnionCompanions(String codec, String handler, String dispatcher) {}

    public PackageTypeNames(AsyncApi api) {
        api.types().keySet().forEach(scope::reserve);
        ReservedTypeNames.nested().forEach(scope::reserve);
        this.connections = new ConnectionNames(api);
    }

    /**
     * The message union of {@code connection}'s operations going one way: {@code x-java-name} of an
     * operation; else the operationId of the one operation going this way, without its verb
     * ({@code sendClientEvent} -> {@code ClientEvent}); else (several operations, as AsyncAPI 3.x
     * documents often have, or none with an id) the connection's name with {@code Outbound} (what the
     * application receives) or {@code Inbound}: no single operation names what all of them carry.
     */
    public String messageUnion(Connection connection, Action action, List<Operation> operations) {
        return allocateBesideSchemas(baseName(connection, action, operations));
    }

    /** The record of a binary message ({@code type: string, format: binary}), named from its key. */
    public String binaryMessage(Message message) {
        return allocateBesideSchemas(JavaNames.typeName(message.key()));
    }

    /** {@code <Union>Codec}, {@code <Union>Handler} and {@code <Union>Dispatcher}, allocated in that order. */
    public UnionCompanions companions(String union) {
        String codec = allocateBesideSchemas(union + "Codec");
        String handler = allocateBesideSchemas(union + "Handler");
        return new UnionCompanions(codec, handler, allocateBesideSchemas(union + "Dispatcher"));
    }

    /** {@code <Connection>Client} (see {@link ConnectionNames} for the connection's name). */
    public String client(Connection connection) {
        return scope.allocate(connections.of(connection) + "Client");
    }

    /** {@code <Connection>Server}. */
    public String server(Connection connection) {
        return scope.allocate(connections.of(connection) + "Server");
    }

    /** {@code <Connection>Endpoint}. */
    public String endpoint(Connection connection) {
        return scope.allocate(connections.of(connection) + "Endpoint");
    }

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
        return connections.of(connection) + (action == Action.RECEIVE ? "Outbound" : "Inbound");
    }

    /** The name, or {@code <name>Message} when a schema already has it, or a numbered one. */
    private String allocateBesideSchemas(String wanted) {
        if (scope.isFree(wanted)) {
            return scope.allocate(wanted);
        }
        return scope.allocate(wanted + "Message");
    }
}
