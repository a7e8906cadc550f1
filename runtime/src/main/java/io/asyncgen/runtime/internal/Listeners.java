package io.asyncgen.runtime.internal;

import io.asyncgen.runtime.Subscription;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The per-type listeners and pending awaits of one session: who hears about a received message
 * after the handler did. Listeners hear messages in wire order, in the order they were added; a
 * throwing listener is reported and the others still run. For this runtime only; not an API.
 *
 * @param <I> the inbound union
 */
public final class Listeners<I> {
    private final List<Listening<? extends I>> listening = new CopyOnWriteArrayList<>();
    private final List<Awaiting<? extends I>> awaiting = new CopyOnWriteArrayList<>();
    private final BiConsumer<I, RuntimeException> failed;

    /** @param failed told when a listener threw (the generated handler's {@code onHandlerError}) */
    public Listeners(BiConsumer<I, RuntimeException> failed) {
        this.failed = failed;
    }

    private record Listening<E>(Class<E> type, Consumer<? super E> listener) {}

    private record Awaiting<E>(Class<E> type, Predicate<? super E> filter, CompletableFuture<E> result) {}

    /** Calls {@code listener} for every received message of {@code type}, until cancelled. */
    public <E extends I> Subscription add(Class<E> type, Consumer<? super E> listener) {
        Listening<E> entry =
                new Listening<>(Objects.requireNonNull(type, "type"), Objects.requireNonNull(listener, "listener"));
        listening.add(entry);
        return () -> listening.remove(entry);
    }

    /**
     * Completes with the next received message of {@code type} that {@code filter} accepts; with a
     * {@link TimeoutException} after {@code timeout}. Cancelling the returned future stops waiting.
     */
    public <E extends I> CompletableFuture<E> await(Class<E> type, Predicate<? super E> filter, Duration timeout) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(timeout, "timeout");
        CompletableFuture<E> result = new CompletableFuture<>();
        Awaiting<E> entry = new Awaiting<>(type, filter, result);
        awaiting.add(entry);
        ScheduledFuture<?> timer = Timers.schedule(
                () -> result.completeExceptionally(new TimeoutException(
                        "no " + type.getSimpleName() + " arrived within " + Timers.format(timeout))),
                timeout);
        result.whenComplete((event, failure) -> {
            awaiting.remove(entry);
            timer.cancel(false);
        });
        return result;
    }

    /** Tells every listener of a matching type, then completes every matching await. */
    public void deliver(I event) {
        for (Listening<? extends I> entry : listening) {
            notify(entry, event);
        }
        for (Awaiting<? extends I> entry : awaiting) {
            complete(entry, event);
        }
    }

    /** Fails every pending await with {@code error}: the connection they waited on is gone. */
    public void failAwaits(Throwable error) {
        for (Awaiting<? extends I> entry : awaiting) {
            entry.result().completeExceptionally(error);
        }
    }

    private <E extends I> void notify(Listening<E> entry, I event) {
        if (entry.type().isInstance(event)) {
            try {
                entry.listener().accept(entry.type().cast(event));
            } catch (RuntimeException e) {
                report(event, e);
            }
        }
    }

    private <E extends I> void complete(Awaiting<E> entry, I event) {
        if (!entry.type().isInstance(event) || entry.result().isDone()) {
            return;
        }
        E typed = entry.type().cast(event);
        try {
            if (entry.filter().test(typed)) {
                entry.result().complete(typed);
            }
        } catch (RuntimeException e) {
            entry.result().completeExceptionally(e);
        }
    }

    private void report(I event, RuntimeException error) {
        try {
            failed.accept(event, error);
        } catch (RuntimeException ignored) {
            // a failing error handler must not stop the read loop
        }
    }
}
