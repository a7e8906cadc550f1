package io.asyncgen.runtime;

import io.asyncgen.runtime.internal.ConnectSettings;
import io.asyncgen.runtime.internal.Timers;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The connection side of a {@link Session}: opening, the current transport, sending, pings,
 * closing and reconnecting. Every connection gets its own {@link Link}; only the current one acts,
 * so late reports from a dropped connection change nothing. State changes happen under one lock;
 * user code (handlers, callbacks) never runs while it is held.
 */
final class Lifecycle<I, O> {
    /** How long a close waits for the peer's answer before dropping the connection. */
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final Session<I, O> session;
    private final Object lock = new Object();
    private final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
    private SessionState state = SessionState.NEW;
    private ConnectSettings settings;
    private Link current;
    private Link manual;
    private boolean closing;
    private int attempt;
    private String endedBy = "";
    /** The URL of the last handshake, secrets masked, for messages. */
    private volatile String shownUri = "the server";

    Lifecycle(Session<I, O> session) {
        this.session = session;
    }

    SessionState state() {
        synchronized (lock) {
            return state;
        }
    }

    CompletionStage<CloseStatus> closed() {
        return closed;
    }

    Transport.Listener manualListener() {
        synchronized (lock) {
            if (manual == null) {
                manual = new Link();
                if (state == SessionState.NEW) {
                    state = SessionState.CONNECTING;
                }
            }
            return manual;
        }
    }

    CompletionStage<Void> open(ConnectSettings connect) {
        Link first = new Link();
        synchronized (lock) {
            if (state != SessionState.NEW || closing) {
                throw new IllegalStateException(session.name() + " was opened or closed before; create a new one");
            }
            state = SessionState.CONNECTING;
            settings = connect;
        }
        return connect(first).handle((opened, failure) -> {
            if (failure != null) {
                Throwable cause = ConnectAttempt.unwrap(failure);
                first.stale = true;
                end(null, cause);
                session.connectionFailed(cause);
                throw new CompletionException(cause);
            }
            return null;
        });
    }

    /** Fetches credentials, opens a transport for {@code link}, within the connect timeout. */
    private CompletionStage<Void> connect(Link link) {
        return ConnectAttempt.start(settings, link, shownUri, uri -> shownUri = uri)
                .handle((transport, failure) -> {
                    if (failure == null) {
                        link.onOpen(transport); // a no-op when the transport reported it already
                        if (!link.closedWhileConnecting) {
                            return null;
                        }
                        failure = new ConnectionClosedException(session.name() + " was closed while connecting");
                    }
                    // too late or failed: a transport that opens after all is closed at once
                    link.stale = true;
                    throw new CompletionException(failure);
                });
    }

    CompletionStage<Void> send(Frame frame, String what) {
        Transport transport;
        synchronized (lock) {
            if (state != SessionState.OPEN || closing || current == null) {
                return CompletableFuture.failedFuture(
                        new ConnectionClosedException("cannot send " + what + ": " + session.name() + " " + notOpen()));
            }
            transport = current.transport;
        }
        CompletionStage<Void> sent;
        try {
            sent = frame instanceof Frame.Text text
                    ? transport.sendText(text.text())
                    : transport.sendBinary(((Frame.Binary) frame).data());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(asIo(what, e));
        }
        return sent.handle((ok, failure) -> {
            if (failure != null) {
                throw new CompletionException(asIo(what, ConnectAttempt.unwrap(failure)));
            }
            return null;
        });
    }

    private static IOException asIo(String what, Throwable failure) {
        return failure instanceof IOException io
                ? io
                : new IOException("sending " + what + " failed: " + failure, failure);
    }

    private String notOpen() {
        switch (state) {
            case NEW:
                return "is not open yet: call open()";
            case CONNECTING:
                return "is still connecting";
            case RECONNECTING:
                return "is reconnecting after the connection dropped (attempt " + attempt + " of "
                        + settings.reconnect().map(ReconnectPolicy::maxAttempts).orElse(0) + ")";
            default:
                return "is closed (" + (endedBy.isEmpty() ? "closed by this side" : endedBy) + ")";
        }
    }

    CompletionStage<Void> close(int code, String reason) {
        Transport transport;
        synchronized (lock) {
            if (state == SessionState.CLOSED || closing) {
                return CompletableFuture.completedFuture(null);
            }
            closing = true;
            transport = current == null ? null : current.transport;
            if (transport == null) {
                endedBy = "closed by this side";
            }
        }
        if (transport == null) {
            // not connected (yet): nothing to tell a peer; a connect still under way is closed when it opens
            end(new CloseStatus(code, reason), null);
            return CompletableFuture.completedFuture(null);
        }
        Timers.schedule(
                () -> {
                    if (!closed.isDone()) {
                        transport.abort();
                        Link link = linkOf(transport);
                        if (link != null) {
                            link.ended(new CloseStatus(code, reason), null);
                        }
                    }
                },
                CLOSE_TIMEOUT);
        CompletionStage<Void> sent;
        try {
            sent = transport.close(code, reason);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent;
    }

    private Link linkOf(Transport transport) {
        synchronized (lock) {
            return current != null && current.transport == transport ? current : null;
        }
    }

    /** Ends the session for good: exactly once, with a status or a failure. */
    private void end(CloseStatus status, Throwable failure) {
        synchronized (lock) {
            state = SessionState.CLOSED;
            current = null;
            if (endedBy.isEmpty()) {
                endedBy = failure != null
                        ? "failed: " + failure.getMessage()
                        : closing ? "closed by this side" : "closed by the peer: " + status;
            }
        }
        if (failure != null) {
            closed.completeExceptionally(failure);
        } else {
            closed.complete(status);
        }
    }

    /** After a drop: another attempt, or the end when the policy says so. */
    private void dropped(CloseStatus status, Throwable failure) {
        int next = -1;
        boolean gaveUp = false;
        ReconnectPolicy policy;
        synchronized (lock) {
            policy = settings == null ? null : settings.reconnect().orElse(null);
            boolean qualifies = policy != null
                    && !closing
                    && (failure != null ? policy.retriesError(failure) : policy.retriesClose(status.code()));
            if (qualifies && attempt < policy.maxAttempts()) {
                state = SessionState.RECONNECTING;
                next = ++attempt;
            } else {
                gaveUp = qualifies;
            }
        }
        if (next < 0) {
            end(
                    gaveUp ? null : status,
                    gaveUp
                            ? new ConnectFailedException(
                                    shownUri,
                                    -1,
                                    "gave up reconnecting after " + policy.maxAttempts() + " attempts",
                                    failure)
                            : failure);
            return;
        }
        Timers.schedule(
                this::reconnect, policy.delay(next, ThreadLocalRandom.current().nextDouble()));
    }

    private void reconnect() {
        Link link = new Link();
        synchronized (lock) {
            if (closing || state == SessionState.CLOSED) {
                return;
            }
            link.reconnect = true;
        }
        // the stage fails when the connect does; a drop after it opened is reported by the link itself
        connect(link).whenComplete((opened, failure) -> {
            if (failure != null) {
                Throwable cause = ConnectAttempt.unwrap(failure);
                session.connectionFailed(cause);
                dropped(null, cause);
            }
        });
    }

    /** One connection: reassembles what its transport reports and hands it to the session while current. */
    private final class Link implements Transport.Listener {
        private final Reassembly fragments = new Reassembly();
        private volatile boolean stale;
        /** Opened after the session was closed (or the connect gave up): closed at once, never current. */
        private volatile boolean closedWhileConnecting;

        private volatile Transport transport;
        private boolean reconnect;
        private boolean opened;
        private boolean ended;
        private KeepAlive keepAlive;

        @Override
        public void onOpen(Transport connected) {
            boolean closeNow;
            boolean runCallback;
            synchronized (lock) {
                if (opened) {
                    return;
                }
                opened = true;
                transport = connected;
                closeNow = stale || closing || state == SessionState.CLOSED;
                if (!closeNow) {
                    current = this;
                    state = SessionState.OPEN;
                    attempt = 0;
                }
                runCallback = !closeNow && reconnect;
            }
            if (closeNow) {
                stale = true;
                closedWhileConnecting = true;
                connected.close(Transport.NORMAL_CLOSURE, "");
                return;
            }
            startPings();
            if (runCallback) {
                try {
                    settings.onReconnect().run();
                } catch (RuntimeException e) {
                    session.log("the reconnect callback failed", e);
                }
            }
        }

        @Override
        public void onText(CharSequence data, boolean last) {
            CharSequence message = stale ? null : fragments.text(data, last);
            if (message != null) {
                session.receiveText(message.toString());
            }
        }

        @Override
        public void onBinary(ByteBuffer data, boolean last) {
            ByteBuffer whole = stale ? null : fragments.binary(data, last);
            if (whole == data) {
                // the transport may reuse its buffer once this returns: the session keeps a copy
                whole = ByteBuffer.allocate(data.remaining()).put(data).flip();
            }
            if (whole != null) {
                session.receiveBinary(whole.asReadOnlyBuffer());
            }
        }

        @Override
        public void onPong(ByteBuffer data) {
            KeepAlive alive = keepAlive;
            if (alive != null) {
                alive.ponged();
            }
        }

        @Override
        public void onClose(int code, String reason) {
            // some libraries report a close without a reason as null
            ended(new CloseStatus(code, reason == null ? "" : reason), null);
        }

        @Override
        public void onError(Throwable error) {
            ended(null, error);
        }

        /** The connection is over: tell the session once, then reconnect or end. */
        void ended(CloseStatus status, Throwable failure) {
            boolean wasCurrent;
            synchronized (lock) {
                if (ended || stale) {
                    return;
                }
                ended = true;
                // a link that never opened is reported by its connect; only the manual one reports itself
                wasCurrent = current == this || (current == null && this == manual);
                if (current == this) {
                    current = null;
                }
            }
            stale = true;
            if (keepAlive != null) {
                keepAlive.stop();
            }
            if (!wasCurrent) {
                return;
            }
            boolean mayReconnect = settings != null && settings.reconnect().isPresent() && !closing;
            if (failure != null) {
                session.connectionFailed(failure);
            } else {
                session.connectionClosed(
                        status, mayReconnect && settings.reconnect().get().retriesClose(status.code()));
            }
            if (settings == null) {
                end(status, failure);
            } else {
                dropped(status, failure);
            }
        }

        private void startPings() {
            if (settings != null && settings.pingInterval().isPresent()) {
                keepAlive = new KeepAlive(transport, settings.pingInterval().get(), dead -> ended(null, dead));
            }
        }
    }
}
