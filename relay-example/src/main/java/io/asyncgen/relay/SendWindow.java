package io.asyncgen.relay;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Bounds how many bytes one direction has handed to a connection that has not written them yet:
 * the reader waits while the window is full, so a client that reads slowly slows the upstream
 * service down (through TCP) instead of filling the relay's memory. One frame larger than the
 * window is let through when nothing else is in flight.
 */
final class SendWindow {
    private final long capacity;
    private final Duration stallLimit;
    private long inFlight;
    private boolean closed;

    SendWindow(long capacity, Duration stallLimit) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        this.capacity = capacity;
        this.stallLimit = stallLimit;
    }

    /**
     * Waits until {@code bytes} fit, then counts them in until the stage {@code send} returns completes.
     *
     * @throws IOException when nothing was written for the stall limit while the window was full,
     *     or the window was closed while waiting
     */
    void send(long bytes, SendAction send) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + stallLimit.toNanos();
        synchronized (this) {
            while (!closed && inFlight > 0 && inFlight + bytes > capacity) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IOException("the receiver took nothing for "
                            + (stallLimit.toMillis() % 1000 == 0
                                    ? stallLimit.toSeconds() + " s"
                                    : stallLimit.toMillis() + " ms")
                            + " while " + inFlight + " bytes waited for it");
                }
                wait(left / 1_000_000 + 1);
            }
            if (closed) {
                throw new IOException("the connection is closing");
            }
            inFlight += bytes;
        }
        CompletionStage<?> sent;
        try {
            sent = send.start();
        } catch (RuntimeException e) {
            release(bytes);
            throw e;
        }
        sent.whenComplete((ok, failure) -> release(bytes));
    }

    /** Wakes every waiting reader: the connection is over. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    /** Bytes handed over and not written yet. */
    synchronized long inFlight() {
        return inFlight;
    }

    private synchronized void release(long bytes) {
        inFlight -= bytes;
        notifyAll();
    }

    /** Starts one send. */
    @FunctionalInterface
    interface SendAction {
        CompletionStage<?> start();
    }
}
