package io.asyncgen.core.model;

import java.util.List;
import java.util.Optional;

/**
 * One connection: the channels that share an address up to a {@code #fragment}
 * ({@code /openai/realtime#client} and {@code #server} are one WebSocket).
 */
public record Connection(String address, List<Channel> channels) {

    public Connection {
        channels = List.copyOf(channels);
    }

    /** Every operation of every channel, in channel order (2.x: publish before subscribe). */
    public List<Operation> operations() {
        return channels.stream().flatMap(c -> c.operations().stream()).toList();
    }

    /** The operations whose messages travel in {@code direction} for code playing {@code role}. */
    public List<Operation> operations(Direction direction, Role role) {
        return operations().stream()
                .filter(o -> o.action().direction(role) == direction)
                .toList();
    }

    /** The distinct messages travelling in {@code direction} for {@code role}, in document order. */
    public List<Message> messages(Direction direction, Role role) {
        return operations(direction, role).stream()
                .flatMap(o -> o.messages().stream())
                .distinct()
                .toList();
    }

    /** The WebSocket binding of the first channel that has one. */
    public Optional<WsBinding> wsBinding() {
        return channels.stream().flatMap(c -> c.wsBinding().stream()).findFirst();
    }
}
