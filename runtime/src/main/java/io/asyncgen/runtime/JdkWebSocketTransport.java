package io.asyncgen.runtime;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import javax.net.ssl.SSLException;

/**
 * A {@link Transport} on the JDK's WebSocket client ({@code java.net.http.WebSocket}), so a client
 * needs no library. Fragmented messages, text and binary, are reassembled: the listener gets each
 * message once and whole. The next frame is requested only after the listener returned, so a slow
 * listener slows the sender down instead of filling memory. Sends are queued, each starting when
 * the previous one completed, as the JDK requires; a send after either side closed completes
 * exceptionally with {@link ConnectionClosedException}. A connection that drops without a closing
 * handshake is reported to {@link Transport.Listener#onError} (the JDK says close code 1006). The
 * JDK answers the peer's pings.
 */
public final class JdkWebSocketTransport implements Transport {
    /** The close code the JDK reports for a connection that ended without a close frame (RFC 6455). */
    private static final int ABNORMAL_CLOSURE = 1006;

    private final WebSocket webSocket;
    private final String shownUri;
    private final Object lock = new Object();
    private CompletableFuture<Void> lastSend = CompletableFuture.completedFuture(null);
    private CompletableFuture<Void> lastPing = CompletableFuture.completedFuture(null);
    private CompletableFuture<Void> closeSent;
    private String closedBy;

    private JdkWebSocketTransport(WebSocket webSocket, String shownUri) {
        this.webSocket = webSocket;
        this.shownUri = shownUri;
    }

    /** Opens transports with one {@link HttpClient} shared by every connection of this JVM that uses it. */
    public static Transport.Connector connector() {
        return connector((Duration) null);
    }

    /**
     * Opens transports with the shared {@link HttpClient}, giving up on a handshake that takes longer
     * than {@code connectTimeout} (null: no limit of its own).
     */
    public static Transport.Connector connector(Duration connectTimeout) {
        return (handshake, listener) -> connect(SharedClient.INSTANCE, handshake, connectTimeout, listener);
    }

    /**
     * Opens transports with {@code client} (a proxy, TLS settings, an executor of your own), giving up
     * on a handshake that takes longer than {@code connectTimeout} (null: no limit of its own).
     */
    public static Transport.Connector connector(HttpClient client, Duration connectTimeout) {
        Objects.requireNonNull(client, "client");
        return (handshake, listener) -> connect(client, handshake, connectTimeout, listener);
    }

    /**
     * Opens one WebSocket.
     *
     * @return completes when the handshake succeeded; fails with a {@link ConnectFailedException}
     *     naming the URL (secrets masked), the HTTP status of a refused upgrade and what it usually means
     */
    public static CompletionStage<Transport> connect(
            HttpClient client, Handshake handshake, Duration connectTimeout, Transport.Listener listener) {
        Objects.requireNonNull(handshake, "handshake");
        Objects.requireNonNull(listener, "listener");
        String shown = handshake.redactedUri();
        WebSocket.Builder builder = client.newWebSocketBuilder();
        if (connectTimeout != null) {
            builder.connectTimeout(connectTimeout);
        }
        Receiver receiver = new Receiver(shown, listener);
        CompletableFuture<WebSocket> opening;
        try {
            handshake.headers().forEach(builder::header);
            opening = builder.buildAsync(handshake.uri(), receiver);
        } catch (IllegalArgumentException e) {
            // a header the JDK refuses (Host, Upgrade, Sec-WebSocket-*), or a URI it cannot open
            return CompletableFuture.failedFuture(new ConnectFailedException(shown, -1, e.getMessage(), e));
        }
        return opening.handle((webSocket, failure) -> {
            if (failure != null) {
                throw new CompletionException(describe(shown, connectTimeout, failure));
            }
            return receiver.transport(webSocket);
        });
    }

    /** A {@link ConnectFailedException} saying in plain words why {@code failure} happened. */
    static ConnectFailedException describe(String shown, Duration timeout, Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ConnectFailedException already) {
            return already;
        }
        if (cause instanceof WebSocketHandshakeException refused) {
            int status = refused.getResponse().statusCode();
            return new ConnectFailedException(
                    shown, status, "the server refused the WebSocket upgrade with HTTP " + status, cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new ConnectFailedException(
                    shown,
                    -1,
                    "no answer to the WebSocket upgrade" + (timeout == null ? "" : " within " + seconds(timeout)),
                    cause);
        }
        if (cause instanceof ConnectException) {
            return new ConnectFailedException(
                    shown, -1, "connection refused (is the server running, is the port right?)", cause);
        }
        if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
            return new ConnectFailedException(shown, -1, "unknown host", cause);
        }
        if (cause instanceof SSLException) {
            return new ConnectFailedException(shown, -1, "TLS handshake failed: " + cause.getMessage(), cause);
        }
        return new ConnectFailedException(shown, -1, String.valueOf(cause), cause);
    }

    private static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    @Override
    public CompletionStage<Void> sendText(String text) {
        Objects.requireNonNull(text, "text");
        return enqueue(socket -> socket.sendText(text, true));
    }

    @Override
    public CompletionStage<Void> sendBinary(ByteBuffer data) {
        Objects.requireNonNull(data, "data");
        return enqueue(socket -> socket.sendBinary(data, true));
    }

    private CompletionStage<Void> enqueue(Function<WebSocket, CompletableFuture<WebSocket>> send) {
        synchronized (lock) {
            if (closeSent != null || closedBy != null) {
                return CompletableFuture.failedFuture(closed());
            }
            // the JDK allows one outstanding text or binary send: each waits for the previous one, failed or not
            lastSend = lastSend.handle((sent, failed) -> null)
                    .thenCompose(ignored -> send.apply(webSocket))
                    .handle((sent, failed) -> {
                        if (failed != null) {
                            throw new CompletionException(
                                    failed instanceof IOException
                                            ? failed
                                            : new IOException("sending to " + shownUri + " failed: " + failed, failed));
                        }
                        return null;
                    });
            return lastSend;
        }
    }

    @Override
    public CompletionStage<Void> sendPing(ByteBuffer data) {
        synchronized (lock) {
            if (closeSent != null || closedBy != null) {
                return CompletableFuture.failedFuture(closed());
            }
            lastPing = lastPing.handle((sent, failed) -> null)
                    .thenCompose(ignored -> webSocket.sendPing(data))
                    .thenApply(ignored -> null);
            return lastPing;
        }
    }

    @Override
    public CompletionStage<Void> close(int code, String reason) {
        synchronized (lock) {
            if (closeSent == null) {
                closeSent = lastSend.handle((sent, failed) -> null)
                        .thenCompose(ignored -> webSocket.sendClose(code, reason))
                        .thenApply(ignored -> null);
            }
            return closeSent;
        }
    }

    @Override
    public void abort() {
        closedBy("aborted");
        webSocket.abort();
    }

    @Override
    public String toString() {
        return "JdkWebSocketTransport[" + shownUri + "]";
    }

    private ConnectionClosedException closed() {
        return new ConnectionClosedException("cannot send: the WebSocket to " + shownUri + " is closed"
                + (closedBy == null ? "" : " (" + closedBy + ")"));
    }

    private void closedBy(String why) {
        synchronized (lock) {
            if (closedBy == null) {
                closedBy = why;
            }
        }
    }

    /** The JDK's default client, made once, on first use. */
    private static final class SharedClient {
        static final HttpClient INSTANCE = HttpClient.newHttpClient();
    }

    /** Adapts the JDK's listener: reassembles fragments, requests one frame at a time. */
    private static final class Receiver implements WebSocket.Listener {
        private final String shownUri;
        private final Transport.Listener listener;
        private final Reassembly fragments = new Reassembly();
        private JdkWebSocketTransport transport;

        Receiver(String shownUri, Transport.Listener listener) {
            this.shownUri = shownUri;
            this.listener = listener;
        }

        /** The one transport of this socket; the JDK may complete the handshake before or after {@code onOpen}. */
        synchronized JdkWebSocketTransport transport(WebSocket webSocket) {
            if (transport == null) {
                transport = new JdkWebSocketTransport(webSocket, shownUri);
            }
            return transport;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            listener.onOpen(transport(webSocket));
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            CharSequence message = fragments.text(data, last);
            if (message != null) {
                listener.onText(message, true);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            ByteBuffer message = fragments.binary(data, last);
            if (message != null) {
                listener.onBinary(message, true);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
            listener.onPong(message);
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (statusCode == ABNORMAL_CLOSURE) {
                // the JDK reports a connection that dropped without a closing handshake as a close: it is a failure
                onError(
                        webSocket,
                        new IOException(
                                "the connection to " + shownUri + " dropped without a closing handshake (1006)"));
                return null;
            }
            transport(webSocket).closedBy("closed by the peer: " + statusCode + (reason.isEmpty() ? "" : " " + reason));
            listener.onClose(statusCode, reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            transport(webSocket).closedBy("failed: " + error);
            listener.onError(error);
        }
    }
}
