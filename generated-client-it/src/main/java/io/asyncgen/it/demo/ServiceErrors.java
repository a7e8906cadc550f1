package io.asyncgen.it.demo;

import io.asyncgen.runtime.Session;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Waits for what the demo expects next (a client's {@code next} or {@code sendAndAwait}), failing
 * fast when the service reports an {@code error} event instead: one instance per client.
 *
 * @param <E> the client's error event
 */
final class ServiceErrors<E> {
    private final CompletableFuture<E> reported = new CompletableFuture<>();
    private final Function<E, String> message;

    <I> ServiceErrors(Session<I, ?> client, Class<? extends I> errorType, Function<E, String> message) {
        this.message = message;
        client.on(errorType, error -> {
            @SuppressWarnings("unchecked")
            E typed = (E) error;
            reported.complete(typed);
        });
    }

    /** What {@code awaited} completes with; fails on a service error, a timeout or a closed connection. */
    <T> T await(CompletableFuture<T> awaited) {
        CompletableFuture.anyOf(awaited, reported).join();
        if (!awaited.isDone()) {
            throw new IllegalStateException("the service reported an error: " + message.apply(reported.join()));
        }
        try {
            return awaited.join();
        } catch (CompletionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }
}
