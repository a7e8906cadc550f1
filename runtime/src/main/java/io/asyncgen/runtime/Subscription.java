package io.asyncgen.runtime;

/** A registered listener; {@link #cancel()} removes it. Cancelling twice is harmless. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    void cancel();

    /** The same as {@link #cancel()}, for try-with-resources. */
    @Override
    default void close() {
        cancel();
    }
}
