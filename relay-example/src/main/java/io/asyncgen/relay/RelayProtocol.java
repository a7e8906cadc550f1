package io.asyncgen.relay;

import io.asyncgen.runtime.Frame;
import io.asyncgen.runtime.Session;
import io.asyncgen.runtime.Transport;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The generated code a {@link Relay} runs on, for one API: the generated server session that faces
 * each client, the generated client that faces the upstream service, and how to encode an event a
 * hook replaced. It is the only place a relay names generated classes (besides typed hooks), so a
 * regenerated API with other class names changes one class: {@code azure.AzureRealtimeProtocol} is
 * the one for the Azure OpenAI Realtime GA document.
 *
 * @param <C> the client events (the union clients send)
 * @param <S> the server events (the union the service sends)
 */
public interface RelayProtocol<C, S> {
    /** The path clients connect to (the channel's address). */
    String path();

    /** The WebSocket subprotocol to accept when a client offers it (browsers must get one back), if any. */
    Optional<String> subprotocol();

    /** A new generated server session for one client, not attached to a transport yet. */
    Session<C, S> newClientSession();

    /**
     * A new generated client for the upstream service, not opened yet, that connects through
     * {@code connector} (the relay's, which keeps every received frame) within {@code connectTimeout}.
     */
    Upstream<S, C> newUpstream(Transport.Connector connector, Duration connectTimeout);

    /** The frame for a client event a hook made, without the required-member check (the service judges). */
    Frame encodeClientEvent(C event);

    /** The frame for a server event a hook made, without the required-member check. */
    Frame encodeServerEvent(S event);

    /**
     * An upstream client and how to open it (the generated {@code open()}, which the runtime's
     * {@code Session} does not have).
     *
     * @param session the generated client
     * @param open opens it; completes when the connection is open
     */
    record Upstream<S, C>(Session<S, C> session, Supplier<? extends CompletionStage<?>> open) {
        public Upstream {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(open, "open");
        }
    }
}
