package io.asyncgen.core.codegen;

import io.asyncgen.core.model.Action;
import io.asyncgen.core.model.Connection;
import io.asyncgen.core.model.Direction;
import io.asyncgen.core.model.Role;
import java.util.Optional;

/**
 * What is generated for one connection beside its message unions: the client, the server session
 * and the endpoint, each present when the generated role asks for it.
 *
 * @param publish the union of what the application receives (2.x publish, 3.x receive: a client
 *     sends it), if any
 * @param subscribe the union of what the application sends (2.x subscribe, 3.x send: a client
 *     receives it), if any
 */
record ConnectionSkeleton(
        Connection connection,
        Optional<MessageUnion> publish,
        Optional<MessageUnion> subscribe,
        Optional<String> clientName,
        Optional<String> serverName,
        Optional<String> endpointName) {

    /** The union {@code role} sends. */
    Optional<MessageUnion> outbound(Role role) {
        return union(Direction.OUTBOUND, role);
    }

    /** The union {@code role} receives. */
    Optional<MessageUnion> inbound(Role role) {
        return union(Direction.INBOUND, role);
    }

    private Optional<MessageUnion> union(Direction direction, Role role) {
        return Action.RECEIVE.direction(role) == direction ? publish : subscribe;
    }

    /** The generated class playing {@code role}. */
    Optional<String> sessionName(Role role) {
        return role == Role.CLIENT ? clientName : serverName;
    }
}
