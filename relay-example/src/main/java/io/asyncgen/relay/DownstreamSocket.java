package io.asyncgen.relay;

import io.asyncgen.runtime.ConnectionClosedException;
import io.asyncgen.runtime.Transport;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One client's WebSocket, as Jetty 12 reports it, and the runtime {@link Transport} the generated
 * server session of that client runs on. Jetty reassembles messages; it reads the next one only
 * when the relay asks ({@link #demand()}), so a client cannot send faster than the relay forwards.
 * Sends go out in call order. Public only because Jetty calls listeners reflectively; not an API
 * (it has no public constructor).
 */
public final class DownstreamSocket implements Session.Listener, Transport {
    private final Object lock = new Object();
    private Transport.Listener listener;
    private Runnable opened = () -> {};
    private Session session;
    private boolean demanding;
    /** The client's close or a failure arrived: nothing more to read. */
    private boolean readEnded;

    private String closedBy;

    DownstreamSocket() {}

    /** Hands what this socket reports to {@code listener}, and runs {@code opened} once it can send. */
    void attach(Transport.Listener listener, Runnable opened) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.opened = Objects.requireNonNull(opened, "opened");
    }

    /**
     * Reads the next message (or the close) from the client; a no-op while a read is pending or once
     * nothing more can arrive. Also after this side started closing, so the client's answer arrives.
     */
    void demand() {
        synchronized (lock) {
            if (session == null || demanding || readEnded) {
                return;
            }
            demanding = true;
            session.demand();
        }
    }

    @Override
    public void onWebSocketOpen(Session opening) {
        synchronized (lock) {
            this.session = opening;
        }
        listener.onOpen(this);
        opened.run();
    }

    @Override
    public void onWebSocketText(String text) {
        read();
        listener.onText(text, true);
    }

    @Override
    public void onWebSocketBinary(ByteBuffer data, Callback done) {
        read();
        try {
            listener.onBinary(data, true);
        } finally {
            done.succeed();
        }
    }

    private void read() {
        synchronized (lock) {
            demanding = false;
        }
    }

    @Override
    public void onWebSocketClose(int code, String reason, Callback done) {
        synchronized (lock) {
            readEnded = true;
        }
        closedBy("closed by the client: " + code);
        try {
            listener.onClose(code, reason == null ? "" : reason); // Jetty gives null for a close without a reason
        } finally {
            done.succeed();
        }
    }

    @Override
    public void onWebSocketError(Throwable error) {
        synchronized (lock) {
            readEnded = true;
        }
        closedBy("failed: " + error);
        listener.onError(error);
    }

    @Override
    public CompletionStage<Void> sendText(String text) {
        Callback.Completable sent = new Callback.Completable();
        synchronized (lock) {
            String closedWhy = closedWhy();
            if (closedWhy != null) {
                return CompletableFuture.failedFuture(new ConnectionClosedException(closedWhy));
            }
            session.sendText(text, sent);
        }
        return sent;
    }

    @Override
    public CompletionStage<Void> sendBinary(ByteBuffer data) {
        Callback.Completable sent = new Callback.Completable();
        synchronized (lock) {
            String closedWhy = closedWhy();
            if (closedWhy != null) {
                return CompletableFuture.failedFuture(new ConnectionClosedException(closedWhy));
            }
            session.sendBinary(data, sent);
        }
        return sent;
    }

    @Override
    public CompletionStage<Void> sendPing(ByteBuffer data) {
        Callback.Completable sent = new Callback.Completable();
        synchronized (lock) {
            String closedWhy = closedWhy();
            if (closedWhy != null) {
                return CompletableFuture.failedFuture(new ConnectionClosedException(closedWhy));
            }
            session.sendPing(data, sent);
        }
        return sent;
    }

    /** Starts the closing handshake after what was sent before; reads on, so the client's answer arrives. */
    @Override
    public CompletionStage<Void> close(int code, String reason) {
        Callback.Completable done = new Callback.Completable();
        synchronized (lock) {
            if (closedBy != null || session == null) {
                done.succeed();
                return done;
            }
            closedBy = "closed by the relay: " + code;
            session.close(code, reason, done);
        }
        demand();
        return done;
    }

    @Override
    public void abort() {
        Session current;
        synchronized (lock) {
            if (closedBy == null) {
                closedBy = "aborted by the relay";
            }
            current = session;
        }
        if (current != null) {
            current.disconnect();
        }
    }

    private void closedBy(String why) {
        synchronized (lock) {
            if (closedBy == null) {
                closedBy = why;
            }
        }
    }

    /** Why nothing can be sent now, or null when it can. */
    private String closedWhy() {
        if (session == null) {
            return "cannot send: the client's socket is not open yet";
        }
        if (closedBy != null || !session.isOpen()) {
            return "cannot send: the client's socket is closed" + (closedBy == null ? "" : " (" + closedBy + ")");
        }
        return null;
    }

    @Override
    public String toString() {
        Session current = session;
        return "DownstreamSocket[" + (current == null ? "not open" : current.getRemoteSocketAddress()) + "]";
    }
}
