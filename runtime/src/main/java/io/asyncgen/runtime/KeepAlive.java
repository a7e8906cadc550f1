package io.asyncgen.runtime;

import io.asyncgen.runtime.internal.Timers;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;

/**
 * Keep-alive pings for one connection: a ping every interval; a pong missing by the next ping
 * means the connection is dead, and it is dropped. Transports that cannot ping are left alone.
 */
final class KeepAlive {
    private final ScheduledFuture<?> pings;
    private volatile boolean pongMissing;

    /**
     * Starts pinging {@code transport} every {@code interval}.
     *
     * @param dead told (once) when a pong did not come in time, after the transport was aborted
     */
    KeepAlive(Transport transport, Duration interval, Consumer<IOException> dead) {
        pings = Timers.every(() -> ping(transport, interval, dead), interval);
    }

    private void ping(Transport transport, Duration interval, Consumer<IOException> dead) {
        if (pongMissing) {
            stop();
            transport.abort();
            dead.accept(new IOException("no pong within " + Timers.format(interval) + ": the connection is dead"));
            return;
        }
        pongMissing = true;
        transport.sendPing(ByteBuffer.allocate(0)).whenComplete((ok, failure) -> {
            Throwable cause =
                    failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof UnsupportedOperationException) {
                stop();
            }
        });
    }

    /** A pong arrived. */
    void ponged() {
        pongMissing = false;
    }

    /** No more pings. */
    void stop() {
        pings.cancel(false);
    }
}
