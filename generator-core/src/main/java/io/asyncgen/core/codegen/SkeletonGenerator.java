package io.asyncgen.core.codegen;

import io.asyncgen.core.diagnostic.SourceLocation;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Role;
import java.util.Map;

/**
 * Emits the client/server skeleton a {@link SkeletonPlanner.Plan} names: the {@code Transport}
 * support types, and per connection the client, the server session and the endpoint.
 */
final class SkeletonGenerator {
  private final AsyncApi api;
  private final GeneratedNames names;
  private final HandlerGenerator handlers;

  SkeletonGenerator(AsyncApi api, GeneratedNames names, HandlerGenerator handlers) {
    this.api = api;
    this.names = names;
    this.handlers = handlers;
  }

  void emit(SkeletonPlanner.Plan plan, FileEmitter emitter) {
    if (plan.transportName().isEmpty() || plan.jdkTransportName().isEmpty()) {
      return;
    }
    String transport = plan.transportName().get();
    String jdkTransport = plan.jdkTransportName().get();
    Map<String, String> templateNames = Map.of("Transport", transport, "JdkWebSocketTransport", jdkTransport);
    emitter.emitTemplate("Transport", transport, templateNames);
    emitter.emitTemplate("JdkWebSocketTransport", jdkTransport, templateNames);
    SessionGenerator sessions = new SessionGenerator(names, handlers, transport, jdkTransport);
    EndpointGenerator endpoints = new EndpointGenerator(api, names);
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
