package io.asyncgen.core.model;

import io.asyncgen.core.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;

/** A server: its URL template with variables, protocol and the security it requires. */
public record Server(
        String name,
        String url,
        String protocol,
        Optional<String> protocolVersion,
        Optional<String> description,
        List<ServerVariable> variables,
        List<SecurityRequirement> security,
        Extensions extensions,
        SourceLocation source) {

    public Server {
        variables = List.copyOf(variables);
        security = List.copyOf(security);
    }
}
