package io.asyncgen.runtime;

/**
 * What every generated {@code <Union>Handler} inherits: what happens besides messages. Every method
 * does nothing (or logs) unless overridden; all run on the transport's thread, one at a time, in
 * the order things happened.
 *
 * @param <E> the union of the messages this handler receives
 */
public interface EventHandler<E> {
    /** A text message that is not JSON; the next message is dispatched as usual. */
    default void onDecodeError(DecodeException error) {}

    /**
     * A handler method or a listener threw; by default it is logged and the next message dispatched
     * as usual.
     */
    default void onHandlerError(E event, RuntimeException error) {
        System.getLogger(getClass().getName())
                .log(
                        System.Logger.Level.WARNING,
                        "handler failed for " + event.getClass().getSimpleName(),
                        error);
    }

    /**
     * The connection closed with {@code status} (by the peer, or answering this side's close). With
     * a reconnect policy, a new connection may follow.
     */
    default void onConnectionClosed(CloseStatus status) {}

    /**
     * The connection failed, or an attempt to open one did: {@code error} says why (a
     * {@link ConnectFailedException} names the URL and the HTTP status of a refused upgrade). With a
     * reconnect policy, another attempt may follow.
     */
    default void onConnectionFailed(Throwable error) {}
}
