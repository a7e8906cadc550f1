package io.asyncgen.runtime;

import io.asyncgen.runtime.internal.ConnectSettings;
import io.asyncgen.runtime.internal.Listeners;
import io.asyncgen.runtime.internal.Protocol;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One side of a connection: what every generated client and server session is. It sends the
 * outbound union, and hands every received message, reassembled from its fragments, first to the
 * handler, then to the listeners added with {@link #on}, then to pending {@link #next} awaits, one
 * message at a time, in wire order, on the transport's thread.
 *
 * <h2>Errors</h2>
 * <ul>
 *   <li>An invalid message (a required member missing) is refused by {@link #send} with an
 *       {@link IllegalArgumentException}, thrown at once, whatever the state of the connection;
 *       nothing is sent.</li>
 *   <li>Everything the connection decides is reported by the stage {@code send} returned: it fails
 *       with a {@link ConnectionClosedException} when no connection is open (not yet, closing,
 *       closed, reconnecting) and with the transport's {@link IOException} when writing failed.
 *       {@code send} never throws for those.</li>
 *   <li>Transport failures and closes reach the handler ({@link EventHandler#onConnectionFailed},
 *       {@link EventHandler#onConnectionClosed}) and {@link #closed()}.</li>
 * </ul>
 *
 * @param <I> the union of the messages this side receives
 * @param <O> the union of the messages this side sends
 */
public abstract class Session<I, O> implements AutoCloseable {
    private final String name;
    private final Protocol<I, O> protocol;
    private final EventHandler<I> handler;
    private final Consumer<I> dispatch;
    private final Listeners<I> listeners;
    private final Lifecycle<I, O> lifecycle;
    private final AtomicLong requestIds = new AtomicLong();

    /**
     * @param name what messages call this session (the generated class's simple name)
     * @param dispatch calls the handler method for one message; never throws (the generated dispatcher)
     */
    protected Session(String name, Protocol<I, O> protocol, EventHandler<I> handler, Consumer<I> dispatch) {
        this.name = Objects.requireNonNull(name, "name");
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.dispatch = Objects.requireNonNull(dispatch, "dispatch");
        this.listeners = new Listeners<>(this::reportListenerFailure);
        this.lifecycle = new Lifecycle<>(this);
    }

    /**
     * Opens the connection as {@code settings} say; completes when it is open, exceptionally (with a
     * {@link ConnectFailedException}, as {@link #closed()}) when it could not be opened. Messages may
     * arrive, and be sent from the handler, before it completes. For generated clients.
     *
     * @throws IllegalStateException when this session was opened or closed before
     */
    protected final CompletionStage<Void> openSession(ConnectSettings settings) {
        return lifecycle.open(settings);
    }

    /**
     * What a {@link Transport} of your own reports to: {@code onOpen} with itself first, then every
     * message or fragment in order, from one thread at a time. The same listener on every call; it
     * serves one connection. When your transport's handshake fails, call its {@code onError}, so
     * {@link #closed()} completes.
     */
    public final Transport.Listener listener() {
        return lifecycle.manualListener();
    }

    /**
     * Encodes and sends one message; messages go out in call order, from any thread.
     *
     * @return completes when the message was handed to the network; exceptionally with a
     *     {@link ConnectionClosedException} when no connection is open, or with the transport's
     *     {@link IOException} when writing failed
     * @throws IllegalArgumentException when a required member is missing (named with its path)
     */
    public CompletionStage<Void> send(O message) {
        Objects.requireNonNull(message, "message");
        Frame frame = protocol.encode().apply(message);
        return lifecycle.send(frame, message.getClass().getSimpleName());
    }

    /**
     * Calls {@code listener} for every received message of {@code type} (after the handler), in wire
     * order, until the returned subscription is cancelled. A listener that throws is reported to the
     * handler's {@code onHandlerError}; the others still run.
     */
    public final <E extends I> Subscription on(Class<E> type, Consumer<? super E> listener) {
        return listeners.add(type, listener);
    }

    /** Calls {@code listener} for every received message, until the returned subscription is cancelled. */
    public final Subscription onMessage(Consumer<? super I> listener) {
        return listeners.add(protocol.inbound(), listener);
    }

    /**
     * The next received message of {@code type}. Add it before sending what it answers, or use
     * {@link #sendAndAwait}: a message that arrived before the call is not seen.
     *
     * @return completes with the message; exceptionally with a {@link TimeoutException} after
     *     {@code timeout}, or a {@link ConnectionClosedException} when the connection ends first
     */
    public final <E extends I> CompletableFuture<E> next(Class<E> type, Duration timeout) {
        return next(type, event -> true, timeout);
    }

    /** The next received message of {@code type} that {@code filter} accepts; as {@link #next(Class, Duration)}. */
    public final <E extends I> CompletableFuture<E> next(Class<E> type, Predicate<? super E> filter, Duration timeout) {
        return listeners.await(type, filter, timeout);
    }

    /**
     * Sends {@code message} and completes with the next received message of {@code type}: "send
     * {@code session.update}, await {@code session.updated}" in one call, with no race.
     *
     * @throws IllegalArgumentException when {@code message} is invalid, as {@link #send}
     */
    public final <E extends I> CompletableFuture<E> sendAndAwait(O message, Class<E> type, Duration timeout) {
        return sendAndAwait(message, type, event -> true, timeout);
    }

    /** As {@link #sendAndAwait(Object, Class, Duration)}, for the next message of {@code type} that {@code filter} accepts. */
    public final <E extends I> CompletableFuture<E> sendAndAwait(
            O message, Class<E> type, Predicate<? super E> filter, Duration timeout) {
        Objects.requireNonNull(message, "message");
        Frame frame = protocol.encode().apply(message);
        CompletableFuture<E> reply = listeners.await(type, filter, timeout);
        lifecycle.send(frame, message.getClass().getSimpleName()).whenComplete((sent, failure) -> {
            if (failure != null) {
                reply.completeExceptionally(
                        failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause()
                                : failure);
            }
        });
        return reply;
    }

    /** 1, 2, 3, ...: a correlation id for a request that has none, unique within this session. */
    protected final long nextRequestId() {
        return requestIds.incrementAndGet();
    }

    /** Where this session is in its life. */
    public final SessionState state() {
        return lifecycle.state();
    }

    /** Whether messages can be sent now: connected, and neither side closed. */
    public final boolean isOpen() {
        return lifecycle.state() == SessionState.OPEN;
    }

    /**
     * Completes when this session ended for good: with the close code and reason when it closed,
     * exceptionally when it failed (a refused handshake, a broken connection, reconnecting given up).
     * A connection that drops and is reopened by the reconnect policy does not complete it.
     */
    public final CompletionStage<CloseStatus> closed() {
        return lifecycle.closed();
    }

    /**
     * Starts the closing handshake; sending fails from now on and no reconnect follows.
     * {@link #closed()} completes when the peer answered (or after 10 s without an answer).
     */
    public final CompletionStage<Void> close(int code, String reason) {
        return lifecycle.close(code, reason);
    }

    /** Closes normally ({@code 1000}) without waiting. */
    @Override
    public final void close() {
        close(Transport.NORMAL_CLOSURE, "");
    }

    @Override
    public String toString() {
        return name + "[" + lifecycle.state() + "]";
    }

    /** What messages call this session. */
    final String name() {
        return name;
    }

    /** Decodes a whole text message and hands it on. */
    final void receiveText(String text) {
        I event;
        try {
            event = protocol.decodeText().decode(text);
        } catch (DecodeException e) {
            try {
                handler.onDecodeError(e);
            } catch (RuntimeException ignored) {
                // a failing error handler must not stop the read loop
            }
            return;
        } catch (RuntimeException e) {
            reportDecoderBug(e);
            return;
        }
        deliver(event);
    }

    /** Decodes a whole binary message and hands it on. */
    final void receiveBinary(ByteBuffer data) {
        I event;
        try {
            event = protocol.decodeBinary().apply(data);
        } catch (RuntimeException e) {
            reportDecoderBug(e);
            return;
        }
        deliver(event);
    }

    private void deliver(I event) {
        dispatch.accept(event);
        listeners.deliver(event);
    }

    private void reportDecoderBug(RuntimeException e) {
        System.getLogger(Session.class.getName())
                .log(System.Logger.Level.ERROR, name + ": a generated decoder failed; the message is dropped", e);
    }

    private void reportListenerFailure(I event, RuntimeException error) {
        handler.onHandlerError(event, error);
    }

    final void connectionClosed(CloseStatus status, boolean reconnecting) {
        listeners.failAwaits(new ConnectionClosedException(
                name + ": the connection closed (" + status + ")" + (reconnecting ? "; reconnecting" : "")));
        try {
            handler.onConnectionClosed(status);
        } catch (RuntimeException e) {
            log("onConnectionClosed failed", e);
        }
    }

    final void connectionFailed(Throwable error) {
        listeners.failAwaits(
                new ConnectionClosedException(name + ": the connection failed: " + error.getMessage(), error));
        try {
            handler.onConnectionFailed(error);
        } catch (RuntimeException e) {
            log("onConnectionFailed failed", e);
        }
    }

    final void log(String what, Throwable error) {
        System.getLogger(getClass().getName()).log(System.Logger.Level.WARNING, name + ": " + what, error);
    }
}
