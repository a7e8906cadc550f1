package io.asyncgen.core.model;

import io.asyncgen.core.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * A channel: its key, its address, parameters, bindings and the operations on it.
 *
 * @param name the key the document gives the channel (in 2.x also its address)
 * @param address the address as written; empty when it is unknown until run time (3.x
 *     {@code address: null} or absent)
 * @param operations the operations on this channel in document order (2.x: {@code publish}, then
 *     {@code subscribe}); replies to operations elsewhere come last, see {@link Operation#answers()}
 */
public record Channel(
        String name,
        Optional<String> address,
        Optional<String> description,
        List<ChannelParameter> parameters,
        Optional<WsBinding> wsBinding,
        List<Operation> operations,
        List<String> servers,
        Extensions extensions,
        SourceLocation source) {

    public Channel {
        parameters = List.copyOf(parameters);
        operations = List.copyOf(operations);
        servers = List.copyOf(servers);
    }

    /**
     * What identifies the connection: the address without a {@code #fragment}; the channel's key
     * when the address is unknown until run time.
     */
    public String connectionAddress() {
        String written = address.orElse(name);
        int hash = written.indexOf('#');
        return hash < 0 ? written : written.substring(0, hash);
    }

    /** The operation whose messages the application handles as {@code action}, the first if several. */
    public Optional<Operation> operation(Action action) {
        return operations.stream().filter(o -> o.action() == action).findFirst();
    }
}
