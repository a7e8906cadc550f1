package io.asyncgen.core.model;

import java.util.List;
import java.util.Optional;

/** The {@code ws} channel binding: the HTTP method and the query and header parameters of the handshake. */
public record WsBinding(
        Optional<String> method,
        List<BindingParameter> query,
        List<BindingParameter> headers,
        Optional<String> bindingVersion) {

    public WsBinding {
        query = List.copyOf(query);
        headers = List.copyOf(headers);
    }
}
