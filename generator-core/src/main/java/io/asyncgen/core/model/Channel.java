package io.asyncgen.core.model;

import io.asyncgen.core.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;

/** A channel: its name as written, its parameters, bindings and up to two operations. */
public record Channel(String name, Optional<String> description, List<ChannelParameter> parameters,
    Optional<WsBinding> wsBinding, Optional<Operation> publish, Optional<Operation> subscribe,
    List<String> servers, Extensions extensions, SourceLocation source) {

  public Channel {
    parameters = List.copyOf(parameters);
    servers = List.copyOf(servers);
  }

  /** The name without a {@code #fragment}: what identifies the connection. */
  public String address() {
    int hash = name.indexOf('#');
    return hash < 0 ? name : name.substring(0, hash);
  }
}
