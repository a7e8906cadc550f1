package io.asyncgen.relay;

import java.lang.System.Logger.Level;

/**
 * What a relay tells the application besides events: connections starting and ending, events
 * dropped by hooks, hooks that failed, frames that were not JSON. Every method has a default (the
 * failures are logged through {@link System.Logger}); override what you need for logs or metrics.
 * Methods run on the relay's threads and must not block.
 */
public interface RelayObserver {
    /** A client was admitted; the upstream connection is being opened. */
    default void onConnectionOpened(RelayConnection<?, ?> connection) {}

    /** The connection ended, and why; both sides are closed or closing. Upstream failures are logged by default. */
    default void onConnectionEnded(RelayConnection<?, ?> connection, Ending ending) {
        if (ending instanceof Ending.UpstreamFailed failed) {
            logger().log(Level.WARNING, connection.id() + ": the upstream connection failed", failed.error());
        }
    }

    /** A hook dropped {@code event} with {@code reason}. */
    default void onDropped(RelayConnection<?, ?> connection, Direction direction, Object event, String reason) {}

    /** A hook threw; the event went on as if it had returned {@link Verdict#forward()}. Logged by default. */
    default void onHookFailed(
            RelayConnection<?, ?> connection, Direction direction, Object event, RuntimeException error) {
        logger().log(
                        Level.WARNING,
                        connection.id() + ": a hook failed on "
                                + event.getClass().getSimpleName() + " (" + direction
                                + "); the event went on unchanged by it",
                        error);
    }

    /** A text frame that is not JSON went on unchanged, past the hooks (the receiver answers it as it sees fit). */
    default void onUndecodable(RelayConnection<?, ?> connection, Direction direction, String text) {}

    private static System.Logger logger() {
        return System.getLogger(Relay.class.getName());
    }
}
