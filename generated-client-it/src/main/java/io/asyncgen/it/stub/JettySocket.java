package io.asyncgen.it.stub;

import io.asyncgen.runtime.ConnectionClosedException;
import io.asyncgen.runtime.Frame;
import io.asyncgen.runtime.Transport;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One WebSocket that the stub server accepted, as Jetty 12 reports it, and the runtime
 * {@link Transport} every generated server session of the stub runs on (Azure GA, preview,
 * Inworld alike): what Jetty reports goes to the session's {@link Transport.Listener}, what the
 * session sends goes to Jetty. It also keeps every text message it received and every message it
 * sent, for tests.
 */
public final class JettySocket implements Session.Listener.AutoDemanding, Transport {
    private final String path;
    private final Map<String, String> query;
    private final Map<String, String> headers;
    private final Object lock = new Object();
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());
    private final List<Frame> sent = Collections.synchronizedList(new ArrayList<>());
    private final StringBuilder message = new StringBuilder();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private Transport.Listener listener;
    private Runnable opened = () -> {};
    private volatile Session session;
    private int earlier;
    private String closedBy;

    JettySocket(String path, Map<String, String> query, Map<String, String> headers) {
        this.path = path;
        this.query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /**
     * Hands what this socket reports to {@code listener} (a generated session's {@code listener()}),
     * and runs {@code opened} once the session can send (to greet the client).
     */
    public void attach(Transport.Listener listener, Runnable opened) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.opened = Objects.requireNonNull(opened, "opened");
    }

    /** How many connections with the same {@code conn} query parameter were accepted before this one. */
    public int earlierConnections() {
        return earlier;
    }

    void earlierConnections(int count) {
        this.earlier = count;
    }

    /** The path the client asked for. */
    public String path() {
        return path;
    }

    /** The handshake's query parameters (the first value of each). */
    public Map<String, String> query() {
        return query;
    }

    /** A query parameter, or {@code fallback} when absent. */
    public String query(String name, String fallback) {
        return query.getOrDefault(name, fallback);
    }

    /** The handshake's headers, names in lower case (the first value of each). */
    public Map<String, String> headers() {
        return headers;
    }

    /** Every text message received, whole and as it came over the wire. */
    public List<String> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Every message sent (text and binary), whole and in the order the sends were made. */
    public List<Frame> sent() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    /** Completes with the close code once the connection ended (either side). */
    public CompletionStage<Integer> closed() {
        return closed;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        this.session = session;
        listener.onOpen(this);
        opened.run();
    }

    @Override
    public void onWebSocketPartialText(String text, boolean last) {
        message.append(text);
        if (last) {
            received.add(message.toString());
            message.setLength(0);
        }
        listener.onText(text, last);
    }

    @Override
    public void onWebSocketPartialBinary(ByteBuffer data, boolean last, Callback done) {
        try {
            listener.onBinary(data, last);
        } finally {
            done.succeed();
        }
    }

    @Override
    public void onWebSocketClose(int code, String reason, Callback done) {
        closedBy("closed by the peer: " + code);
        try {
            listener.onClose(code, reason);
        } finally {
            closed.complete(code);
            done.succeed();
        }
    }

    @Override
    public void onWebSocketError(Throwable error) {
        closedBy("failed: " + error);
        listener.onError(error);
        closed.complete(-1);
    }

    /**
     * Sends one whole message. Jetty queues frames, so calls that overlap go out in the order they
     * took the lock. Once either side closed, the stage fails with {@link ConnectionClosedException}.
     */
    @Override
    public CompletionStage<Void> sendText(String text) {
        Callback.Completable sent = new Callback.Completable();
        synchronized (lock) {
            String closedWhy = closedWhy();
            if (closedWhy != null) {
                return CompletableFuture.failedFuture(new ConnectionClosedException(closedWhy));
            }
            this.sent.add(Frame.text(text));
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
            ByteBuffer copy =
                    ByteBuffer.allocate(data.remaining()).put(data.duplicate()).flip();
            this.sent.add(Frame.binary(copy.asReadOnlyBuffer()));
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

    @Override
    public void abort() {
        closedBy("aborted by the stub server");
        session.disconnect();
    }

    /** Sends one message as {@code parts.size()} frames (a first frame and continuations), each after the previous one went out. */
    public CompletionStage<Void> sendFragments(List<String> parts) {
        synchronized (lock) {
            sent.add(Frame.text(String.join("", parts)));
        }
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            boolean last = i == parts.size() - 1;
            chain = chain.thenCompose(ignored -> {
                Callback.Completable sent = new Callback.Completable();
                synchronized (lock) {
                    requireOpen();
                    session.sendPartialText(part, last, sent);
                }
                return sent;
            });
        }
        return chain;
    }

    /** Sends one message as a single frame whatever its size (no automatic fragmentation). */
    public CompletionStage<Void> sendSingleFrame(String text) {
        synchronized (lock) {
            requireOpen();
            session.setAutoFragment(false);
            session.setMaxFrameSize(Math.max(session.getMaxFrameSize(), 4L * text.length() + 16));
        }
        return sendText(text);
    }

    /** Starts the closing handshake; later sends fail. */
    @Override
    public CompletionStage<Void> close(int code, String reason) {
        Callback.Completable done = new Callback.Completable();
        synchronized (lock) {
            if (closedBy != null) {
                done.succeed();
                return done;
            }
            closedBy = "closed by the stub server: " + code;
            session.close(code, reason, done);
        }
        return done;
    }

    private void closedBy(String why) {
        synchronized (lock) {
            if (closedBy == null) {
                closedBy = why;
            }
        }
    }

    private void requireOpen() {
        String closedWhy = closedWhy();
        if (closedWhy != null) {
            throw new IllegalStateException(closedWhy);
        }
    }

    /** Why nothing can be sent now, or null when it can. */
    private String closedWhy() {
        if (session == null) {
            return "cannot send: the socket " + path + " is not open yet";
        }
        if (closedBy != null || !session.isOpen()) {
            return "cannot send: the socket " + path + " is closed" + (closedBy == null ? "" : " (" + closedBy + ")");
        }
        return null;
    }

    @Override
    public String toString() {
        return "JettySocket[" + path + ", " + query + "]";
    }
}
