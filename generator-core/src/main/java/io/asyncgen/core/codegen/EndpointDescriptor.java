package io.asyncgen.core.codegen;

import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.BindingParameter;
import io.asyncgen.core.model.ChannelParameter;
import io.asyncgen.core.model.Connection;
import io.asyncgen.core.model.Operation;
import io.asyncgen.core.model.SecurityRequirement;
import io.asyncgen.core.model.SecurityScheme;
import io.asyncgen.core.model.Server;
import io.asyncgen.core.model.ServerVariable;
import io.asyncgen.core.model.WsBinding;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a document says about opening one connection: the servers it may use, their variables,
 * the channel parameters, the ws binding's query parameters and headers, and the security schemes
 * that apply, each in document order.
 */
record EndpointDescriptor(
        String address,
        List<Server> servers,
        List<ServerVariable> variables,
        List<ChannelParameter> parameters,
        List<BindingParameter> query,
        List<BindingParameter> headers,
        List<SecurityScheme> schemes) {

    EndpointDescriptor {
        servers = List.copyOf(servers);
        variables = List.copyOf(variables);
        parameters = List.copyOf(parameters);
        query = List.copyOf(query);
        headers = List.copyOf(headers);
        schemes = List.copyOf(schemes);
    }

    static EndpointDescriptor of(AsyncApi api, Connection connection) {
        List<Server> servers = servers(api, connection);
        Map<String, ServerVariable> variables = new LinkedHashMap<>();
        servers.forEach(s -> s.variables().forEach(v -> variables.putIfAbsent(v.name(), v)));
        Map<String, ChannelParameter> parameters = new LinkedHashMap<>();
        // only parameters the address names: a parameter the address never uses has no value to carry
        connection
                .channels()
                .forEach(c -> c.parameters().stream()
                        .filter(p -> c.connectionAddress().contains("{" + p.name() + "}"))
                        .forEach(p -> parameters.putIfAbsent(p.name(), p)));
        List<BindingParameter> query =
                connection.wsBinding().map(WsBinding::query).orElse(List.of());
        List<BindingParameter> headers =
                connection.wsBinding().map(WsBinding::headers).orElse(List.of());
        return new EndpointDescriptor(
                connection.address(),
                servers,
                List.copyOf(variables.values()),
                List.copyOf(parameters.values()),
                query,
                headers,
                schemes(api, connection, servers));
    }

    /** Whether any server variable has a default. */
    boolean hasVariableDefaults() {
        return servers.stream()
                .flatMap(s -> s.variables().stream())
                .anyMatch(v -> v.defaultValue().isPresent());
    }

    /** A server's URL with a scheme: AsyncAPI 2.x allows {@code host/path} with the scheme in {@code protocol}. */
    static String url(Server server) {
        return server.url().contains("://") ? server.url() : server.protocol() + "://" + server.url();
    }

    /** The servers a connection may use: those its channels name, else every server of the document. */
    private static List<Server> servers(AsyncApi api, Connection connection) {
        Set<String> named = connection.channels().stream()
                .flatMap(c -> c.servers().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return named.isEmpty()
                ? api.servers()
                : api.servers().stream().filter(s -> named.contains(s.name())).toList();
    }

    /** The schemes the connection's servers and operations require, in the order first required. */
    private static List<SecurityScheme> schemes(AsyncApi api, Connection connection, List<Server> servers) {
        Set<String> required = new LinkedHashSet<>();
        servers.forEach(s -> s.security().forEach(r -> required.add(r.scheme())));
        for (Operation operation : connection.operations()) {
            operation.security().stream().map(SecurityRequirement::scheme).forEach(required::add);
        }
        Map<String, SecurityScheme> byKey = new LinkedHashMap<>();
        api.securitySchemes().forEach(s -> byKey.putIfAbsent(s.key(), s));
        return required.stream().filter(byKey::containsKey).map(byKey::get).toList();
    }
}
