package io.asyncgen.relay;

import io.asyncgen.runtime.CloseStatus;
import io.asyncgen.runtime.Frame;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A test upstream on loopback that serves {@code /openai/v1/realtime} and does only what the test
 * says: it records every frame each connection receives, exactly, and sends, closes or drops when
 * told. It shares no code with the relay.
 */
final class ScriptedUpstream implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);

    private final Server server;
    private final ServerConnector connector;
    private final LinkedBlockingQueue<Connection> accepted = new LinkedBlockingQueue<>();
    private volatile int refuseWith;
    private volatile CompletableFuture<Void> acceptGate = CompletableFuture.completedFuture(null);

    ScriptedUpstream() throws Exception {
        server = new Server();
        connector = new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(WebSocketUpgradeHandler.from(server, container -> {
            container.setMaxTextMessageSize(64L * 1024 * 1024);
            container.setMaxBinaryMessageSize(64L * 1024 * 1024);
            container.addMapping("/openai/v1/realtime", (request, response, callback) -> {
                if (refuseWith > 0) {
                    response.setStatus(refuseWith);
                    response.write(
                            true,
                            ByteBuffer.wrap("{\"error\":\"refused\"}".getBytes(StandardCharsets.UTF_8)),
                            callback);
                    return null;
                }
                acceptGate.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                Map<String, String> headers = new LinkedHashMap<>();
                for (HttpField field : request.getHeaders()) {
                    headers.putIfAbsent(field.getName().toLowerCase(Locale.ROOT), field.getValue());
                }
                Connection connection = new Connection(request.getHttpURI().getPathQuery(), headers);
                accepted.add(connection);
                return connection;
            });
        }));
        server.start();
    }

    /** {@code ws://127.0.0.1:port}. */
    String url() {
        return "ws://127.0.0.1:" + connector.getLocalPort();
    }

    /** Refuses every upgrade with {@code status} from now on. */
    void refuseWith(int status) {
        this.refuseWith = status;
    }

    /** Holds every upgrade until {@code gate} completes. */
    void holdUpgradesUntil(CompletableFuture<Void> gate) {
        this.acceptGate = gate;
    }

    /** The next connection accepted, waiting for it. */
    Connection next() throws InterruptedException {
        Connection connection = accepted.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (connection == null) {
            throw new AssertionError("the relay opened no upstream connection within " + WAIT);
        }
        return connection;
    }

    /** Whether a connection was accepted that no test took with {@link #next()}. */
    boolean hasUntaken() {
        return !accepted.isEmpty();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the scripted upstream did not stop", e);
        }
    }

    /** One accepted connection: what it received, and what the test makes it do (public: Jetty calls it reflectively). */
    public static final class Connection implements Session.Listener.AutoDemanding {
        final String pathAndQuery;
        final Map<String, String> headers;
        final Frames received = new Frames();
        final CompletableFuture<Session> opened = new CompletableFuture<>();
        final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();

        Connection(String pathAndQuery, Map<String, String> headers) {
            this.pathAndQuery = pathAndQuery;
            this.headers = headers;
        }

        @Override
        public void onWebSocketOpen(Session session) {
            opened.complete(session);
        }

        @Override
        public void onWebSocketText(String text) {
            received.add(Frame.text(text));
        }

        @Override
        public void onWebSocketBinary(ByteBuffer data, org.eclipse.jetty.websocket.api.Callback done) {
            received.add(
                    Frame.binary(ByteBuffer.allocate(data.remaining()).put(data).flip()));
            done.succeed();
        }

        @Override
        public void onWebSocketClose(int code, String reason, org.eclipse.jetty.websocket.api.Callback done) {
            closed.complete(new CloseStatus(code, reason == null ? "" : reason));
            done.succeed();
        }

        @Override
        public void onWebSocketError(Throwable error) {
            closed.completeExceptionally(error);
        }

        /** Sends each text as one message, in order. */
        void sendText(String... texts) throws Exception {
            Session session = session();
            for (String text : texts) {
                org.eclipse.jetty.websocket.api.Callback.Completable sent =
                        new org.eclipse.jetty.websocket.api.Callback.Completable();
                session.sendText(text, sent);
                sent.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        void sendBinary(byte[] bytes) throws Exception {
            org.eclipse.jetty.websocket.api.Callback.Completable sent =
                    new org.eclipse.jetty.websocket.api.Callback.Completable();
            session().sendBinary(ByteBuffer.wrap(bytes), sent);
            sent.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }

        void close(int code, String reason) throws Exception {
            session().close(code, reason, org.eclipse.jetty.websocket.api.Callback.NOOP);
        }

        /** Drops the TCP connection without a closing handshake. */
        void drop() throws Exception {
            session().disconnect();
        }

        CloseStatus awaitClosed() throws Exception {
            return closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }

        private Session session() throws Exception {
            return opened.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Frames in arrival order, with a bounded wait for a count. */
    static final class Frames {
        private final List<Frame> frames = new ArrayList<>();

        synchronized void add(Frame frame) {
            frames.add(frame);
            notifyAll();
        }

        /** The first {@code count} frames, waiting at most {@link #WAIT} for them. */
        synchronized List<Frame> await(int count) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (frames.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(
                            "expected " + count + " frames within " + WAIT + ", got " + frames.size() + ": " + frames);
                }
                wait(left / 1_000_000 + 1);
            }
            return List.copyOf(frames.subList(0, count));
        }

        synchronized List<Frame> all() {
            return List.copyOf(frames);
        }
    }
}
