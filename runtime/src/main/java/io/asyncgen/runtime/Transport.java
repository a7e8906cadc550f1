package io.asyncgen.runtime;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A message-oriented connection (a WebSocket) carrying text and binary frames: what every
 * generated client and server session runs on. {@link JdkWebSocketTransport} is the client
 * transport on the JDK's own WebSocket; implement this interface to run on another library (Jetty,
 * Netty, OkHttp, a test fake). One implementation serves every generated connection of an
 * application.
 *
 * <p>Implementations must accept sends from several threads at once and put them on the wire in
 * call order.
 */
public interface Transport {
    /** The close code of a normal closure (RFC 6455). */
    int NORMAL_CLOSURE = 1000;
    /** The close code of an endpoint going away (RFC 6455). */
    int GOING_AWAY = 1001;

    /**
     * Sends one whole text message.
     *
     * @return completes when the message was handed to the network, exceptionally with an
     *     {@link java.io.IOException} when it could not be (the connection closed or failed)
     */
    CompletionStage<Void> sendText(String text);

    /**
     * Sends one whole binary message: the remaining bytes of {@code data}, which the caller does not
     * touch until the returned stage completed.
     *
     * @return as {@link #sendText}
     */
    CompletionStage<Void> sendBinary(ByteBuffer data);

    /**
     * Sends a ping (at most 125 bytes); the peer answers with a pong reported to
     * {@link Listener#onPong}. Transports that cannot ping complete exceptionally with
     * {@link UnsupportedOperationException}; sessions then skip keep-alive.
     */
    default CompletionStage<Void> sendPing(ByteBuffer data) {
        return CompletableFuture.failedFuture(
                new UnsupportedOperationException(getClass().getName() + " cannot ping"));
    }

    /** Starts the closing handshake; a second call has no further effect. */
    CompletionStage<Void> close(int code, String reason);

    /**
     * Drops the connection at once, without a closing handshake (a dead peer). By default it starts
     * a {@link #GOING_AWAY} close.
     */
    default void abort() {
        close(GOING_AWAY, "aborted");
    }

    /**
     * What a transport reports. A transport calls its listener from one thread at a time, in the
     * order things happened: {@code onOpen} first, then {@code onText}/{@code onBinary}/{@code onPong}
     * for what arrives, then at most one of {@code onClose} and {@code onError}.
     */
    interface Listener {
        /** The connection is open: {@code transport} can send from now on, also from within the other methods. */
        void onOpen(Transport transport);

        /**
         * A whole text message ({@code last} true), or one fragment of it ({@code last} false for all
         * but the final fragment): the listener reassembles. {@code data} may be reused after the call.
         */
        void onText(CharSequence data, boolean last);

        /**
         * A whole binary message ({@code last} true), or one fragment of it: the listener reassembles.
         * {@code data} may be reused after the call.
         */
        void onBinary(ByteBuffer data, boolean last);

        /** A pong answering a ping. */
        default void onPong(ByteBuffer data) {}

        /** The peer closed the connection, with its close code and reason. */
        void onClose(int code, String reason);

        /** The connection failed; nothing more will be received. */
        void onError(Throwable error);
    }

    /**
     * Opens transports: what a client needs to connect, and to connect again after a drop. The
     * transport must call {@code listener.onOpen} before anything else, and the returned stage
     * completes with the same transport once the handshake succeeded.
     */
    @FunctionalInterface
    interface Connector {
        /**
         * Opens a connection to {@code handshake.uri()} with its headers.
         *
         * @return completes when the handshake succeeded; exceptionally, preferably with a
         *     {@link ConnectFailedException}, when it did not
         */
        CompletionStage<Transport> connect(Handshake handshake, Listener listener);
    }
}
