package io.asyncgen.core.codegen;

import io.asyncgen.core.model.Action;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Connection;
import io.asyncgen.core.naming.PackageTypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Names what the client/server skeleton adds to a package: per connection with messages,
 * {@code <Connection>Client}, {@code <Connection>Server} and {@code <Connection>Endpoint} as the
 * role asks (the transport they run on is the runtime's). Runs after the message unions are planned, with the
 * same {@link PackageTypeNames}, so it never takes a name from a schema type or a union.
 */
final class SkeletonPlanner {
    private final PackageTypeNames names;
    private final GeneratedRole role;

    SkeletonPlanner(PackageTypeNames names, GeneratedRole role) {
        this.names = names;
        this.role = role;
    }

    /** The skeleton of a document. */
    record Plan(List<ConnectionSkeleton> connections) {
        Plan {
            connections = List.copyOf(connections);
        }

        /** Every top-level type name the plan adds. */
        List<String> typeNames() {
            List<String> names = new ArrayList<>();
            for (ConnectionSkeleton connection : connections) {
                connection.clientName().ifPresent(names::add);
                connection.serverName().ifPresent(names::add);
                connection.endpointName().ifPresent(names::add);
            }
            return names;
        }
    }

    Plan plan(AsyncApi api, List<MessageUnion> unions) {
        boolean client = role != GeneratedRole.SERVER;
        boolean server = role != GeneratedRole.CLIENT;
        List<ConnectionSkeleton> connections = new ArrayList<>();
        for (Connection connection : api.connections()) {
            Optional<MessageUnion> publish = union(unions, connection, Action.RECEIVE);
            Optional<MessageUnion> subscribe = union(unions, connection, Action.SEND);
            if (publish.isEmpty() && subscribe.isEmpty()) {
                continue;
            }
            Optional<String> clientName = client ? Optional.of(names.client(connection)) : Optional.empty();
            Optional<String> serverName = server ? Optional.of(names.server(connection)) : Optional.empty();
            Optional<String> endpointName = client ? Optional.of(names.endpoint(connection)) : Optional.empty();
            connections.add(
                    new ConnectionSkeleton(connection, publish, subscribe, clientName, serverName, endpointName));
        }
        return new Plan(connections);
    }

    private static Optional<MessageUnion> union(List<MessageUnion> unions, Connection connection, Action action) {
        return unions.stream()
                .filter(u -> u.connection() == connection && u.action() == action)
                .findFirst();
    }
}
