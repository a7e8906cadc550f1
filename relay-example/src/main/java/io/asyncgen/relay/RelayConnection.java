package io.asyncgen.relay;

import io.asyncgen.runtime.CloseStatus;
import io.asyncgen.runtime.Frame;
import io.asyncgen.runtime.Session;
import io.asyncgen.runtime.Transport;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One client of a {@link Relay} and its own connection to the upstream service: a generated server
 * session faces the client, a generated client faces upstream. Every frame one side sends goes to
 * the other as it came, in order, unless a hook replaced or dropped its event. The upstream
 * connection opens when the client's does; the client's frames are read only once it is open, one
 * at a time as upstream takes them. Hooks get the connection: to send typed events to either side,
 * to look at the client's handshake, to close.
 *
 * @param <C> the client events
 * @param <S> the server events
 */
public final class RelayConnection<C, S> {
    private final String id;
    private final ClientHandshake handshake;
    private final DownstreamSocket socket;
    private final Session<C, S> client;
    private final RelayProtocol.Upstream<S, C> upstream;
    private final FrameTap clientTap;
    private final AtomicReference<FrameTap> upstreamTap = new AtomicReference<>();
    private final Interception<C, C, S> fromClient;
    private final Interception<S, C, S> fromUpstream;
    private final SendWindow toClient;
    private final RelayObserver observer;
    private final AtomicReference<Ending> ending = new AtomicReference<>();
    private final AtomicReference<CloseStatus> upstreamClose = new AtomicReference<>();
    private final CompletableFuture<Ending> closed = new CompletableFuture<>();
    private volatile boolean upstreamOpened;

    RelayConnection(
            String id,
            ClientHandshake handshake,
            DownstreamSocket socket,
            RelayProtocol<C, S> protocol,
            Relay.Settings<C, S> settings) {
        this.id = Objects.requireNonNull(id, "id");
        this.handshake = Objects.requireNonNull(handshake, "handshake");
        this.socket = Objects.requireNonNull(socket, "socket");
        this.observer = settings.observer();
        this.fromClient = new Interception<>(
                Direction.CLIENT_TO_UPSTREAM, settings.clientHooks(), protocol::encodeClientEvent, observer);
        this.fromUpstream = new Interception<>(
                Direction.UPSTREAM_TO_CLIENT, settings.serverHooks(), protocol::encodeServerEvent, observer);
        this.toClient = new SendWindow(settings.sendWindow(), settings.idleTimeout());

        client = protocol.newClientSession();
        clientTap = new FrameTap(client.listener(), transport -> {}, frame -> {
            observer.onUndecodable(this, Direction.CLIENT_TO_UPSTREAM, text(frame));
            toUpstream(frame);
        });
        client.onMessage(event -> toUpstream(fromClient.frameFor(clientTap.take(), event, this)));

        Transport.Connector network = settings.upstreamConnector();
        Transport.Connector tapped = (upstreamHandshake, listener) -> {
            FrameTap tap = new FrameTap(listener, this::upstreamTransportOpened, frame -> {
                observer.onUndecodable(this, Direction.UPSTREAM_TO_CLIENT, text(frame));
                toClient(frame);
            });
            upstreamTap.set(tap);
            return network.connect(upstreamHandshake, tap);
        };
        upstream = protocol.newUpstream(tapped, settings.upstreamConnectTimeout());
        upstream.session()
                .onMessage(event -> fromUpstream
                        .frameFor(upstreamTap.get().take(), event, this)
                        .ifPresent(this::toClient));

        client.closed().whenComplete((status, failure) -> {
            end(status != null ? new Ending.ClientClosed(status) : new Ending.ClientFailed(unwrap(failure)));
            finishWhenBothClosed();
        });
        upstream.session().closed().whenComplete((status, failure) -> {
            end(status != null ? new Ending.UpstreamClosed(status) : new Ending.UpstreamFailed(unwrap(failure)));
            finishWhenBothClosed();
        });
        socket.attach(clientTap, this::clientOpened);
    }

    /** This connection's id in the relay ({@code relay-1}, {@code relay-2}, ...), for logs. */
    public String id() {
        return id;
    }

    /** The client's upgrade request (its credential is in it; {@code toString()} hides it). */
    public ClientHandshake handshake() {
        return handshake;
    }

    /**
     * The generated server session that faces the client: add listeners or awaits for what the client
     * sends (they run after the hooks have seen the event, whatever they decided).
     */
    public Session<C, S> clientSession() {
        return client;
    }

    /** The generated client that faces the upstream service: listeners and awaits for what it sends. */
    public Session<S, C> upstreamSession() {
        return upstream.session();
    }

    /** Sends a server event of the relay's own to the client (encoded and checked by the generated code), after what was forwarded before. */
    public CompletionStage<Void> sendToClient(S event) {
        return client.send(event);
    }

    /** Sends a client event of the relay's own to the upstream service, after what was forwarded before. */
    public CompletionStage<Void> sendUpstream(C event) {
        return upstream.session().send(event);
    }

    /** Why the connection ended, once it did. */
    public Optional<Ending> ending() {
        return Optional.ofNullable(ending.get());
    }

    /** Completes with why the connection ended once both sides are closed. */
    public CompletionStage<Ending> closed() {
        return closed;
    }

    /** Closes both sides with {@code code} and {@code reason} (each side gets the nearest code it may send). */
    public void close(int code, String reason) {
        end(new Ending.ClosedByRelay(new CloseStatus(code, reason)));
    }

    private void clientOpened() {
        observer.onConnectionOpened(this);
        CompletionStage<?> opening;
        try {
            opening = upstream.open().get();
        } catch (RuntimeException e) {
            end(new Ending.UpstreamFailed(e));
            return;
        }
        opening.whenComplete((ok, failure) -> {
            if (failure == null) {
                socket.demand();
            }
        });
    }

    /** Sends one client frame upstream, then reads the client's next one. */
    private void toUpstream(Optional<Frame> frame) {
        if (frame.isEmpty()) {
            socket.demand();
            return;
        }
        toUpstream(frame.get());
    }

    private void toUpstream(Frame frame) {
        FrameTap tap = upstreamTap.get();
        Transport transport = tap == null ? null : tap.transport();
        if (transport == null) {
            // only read after upstream opened; a frame without it is a bug, not to be lost silently
            throw new IllegalStateException(id + ": a client frame arrived before the upstream connection opened");
        }
        send(transport, frame).whenComplete((ok, failure) -> socket.demand());
    }

    /** Sends one upstream frame to the client; waits while the client has too much unread. */
    private void toClient(Frame frame) {
        try {
            toClient.send(size(frame), () -> send(socket, frame));
        } catch (IOException stalled) {
            end(new Ending.ClientFailed(stalled));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end(new Ending.ClientFailed(e));
        }
    }

    private static CompletionStage<Void> send(Transport transport, Frame frame) {
        try {
            return frame instanceof Frame.Text text
                    ? transport.sendText(text.text())
                    : transport.sendBinary(((Frame.Binary) frame).data().duplicate());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The first side to end decides; the other side is closed accordingly. */
    private void end(Ending why) {
        if (!ending.compareAndSet(null, why)) {
            return;
        }
        toClient.close();
        if (why instanceof Ending.ClientClosed closedByClient) {
            CloseStatus status = closedByClient.status();
            closeUpstream(CloseCodes.towardUpstream(status.code()), CloseCodes.reason(status.reason()));
        } else if (why instanceof Ending.ClientFailed) {
            socket.abort();
            closeUpstream(CloseCodes.GOING_AWAY, "the client went away");
        } else if (why instanceof Ending.UpstreamClosed closedByUpstream) {
            CloseStatus status = closedByUpstream.status();
            client.close(CloseCodes.towardClient(status.code()), CloseCodes.reason(status.reason()));
        } else if (why instanceof Ending.UpstreamFailed failed) {
            client.close(CloseCodes.BAD_GATEWAY, CloseCodes.upstreamFailure(failed.error(), upstreamOpened));
        } else if (why instanceof Ending.ClosedByRelay byRelay) {
            CloseStatus status = byRelay.status();
            closeUpstream(CloseCodes.towardUpstream(status.code()), CloseCodes.reason(status.reason()));
            client.close(CloseCodes.towardClient(status.code()), CloseCodes.reason(status.reason()));
        }
        observer.onConnectionEnded(this, why);
    }

    /**
     * Closes the upstream connection with {@code code}, also when it is still opening: the generated
     * client would close a connection that opens after its {@code close} with 1000, so the tap closes
     * it first with the code meant (whichever of the two sees the other's write does it).
     */
    private void closeUpstream(int code, String reason) {
        upstreamClose.set(new CloseStatus(code, reason));
        FrameTap tap = upstreamTap.get();
        Transport transport = tap == null ? null : tap.transport();
        if (transport != null) {
            transport.close(code, reason);
        }
        upstream.session().close(code, reason);
    }

    /** Runs when the upstream connection opened, before the generated client hears of it. */
    private void upstreamTransportOpened(Transport transport) {
        // set here, not when the session's open completes: a drop right after the handshake can be
        // reported before that completion runs, and it is still a connection that failed, not one never made
        upstreamOpened = true;
        CloseStatus meant = upstreamClose.get();
        if (meant != null) {
            transport.close(meant.code(), meant.reason());
        }
    }

    private void finishWhenBothClosed() {
        if (client.closed().toCompletableFuture().isDone()
                && upstream.session().closed().toCompletableFuture().isDone()) {
            closed.complete(ending.get());
        }
    }

    private static long size(Frame frame) {
        return frame instanceof Frame.Text text
                ? text.text().length()
                : ((Frame.Binary) frame).data().remaining();
    }

    private static String text(Frame frame) {
        return frame instanceof Frame.Text text ? text.text() : "";
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    @Override
    public String toString() {
        return "RelayConnection[" + id + ", " + handshake.remoteAddress() + "]";
    }
}
