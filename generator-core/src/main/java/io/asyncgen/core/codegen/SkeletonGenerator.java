package io.asyncgen.core.codegen;

import io.asyncgen.core.diagnostic.SourceLocation;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Role;

/**
 * Emits the client/server skeleton a {@link SkeletonPlanner.Plan} names: per connection the
 * client, the server session and the endpoint.
 */
final class SkeletonGenerator {
    private final AsyncApi api;
    private final GeneratedNames names;
    private final HandlerGenerator handlers;
    private final TypeMapper types;

    SkeletonGenerator(AsyncApi api, GeneratedNames names, HandlerGenerator handlers, TypeMapper types) {
        this.api = api;
        this.names = names;
        this.handlers = handlers;
        this.types = types;
    }

    void emit(SkeletonPlanner.Plan plan, FileEmitter emitter) {
        SessionGenerator sessions = new SessionGenerator(
                names, handlers, new RequestMethods(api, names, types, handlers), new SendShortcuts(api, types));
        EndpointGenerator endpoints = new EndpointGenerator(api, names, types);
        for (ConnectionSkeleton connection : plan.connections()) {
            SourceLocation source = connection.connection().channels().get(0).source();
            if (connection.clientName().isPresent()) {
                emitter.emit(sessions.generate(connection, Role.CLIENT), source);
                emitter.emit(endpoints.generate(connection), source);
            }
            if (connection.serverName().isPresent()) {
                emitter.emit(sessions.generate(connection, Role.SERVER), source);
            }
        }
    }
}
