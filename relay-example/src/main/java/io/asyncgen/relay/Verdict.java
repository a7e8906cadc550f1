package io.asyncgen.relay;

import java.util.Objects;

/**
 * What a {@link Hook} decides for one event: pass it on, pass another one on instead, or drop it.
 *
 * @param <E> the union of the direction's events (the client events, or the server events)
 */
public sealed interface Verdict<E> permits Verdict.Forward, Verdict.Replace, Verdict.Drop {
    /** Pass the event on (as received, unless an earlier hook replaced it). */
    static <E> Verdict<E> forward() {
        return new Forward<>();
    }

    /**
     * Pass {@code event} on instead. The relay sends the received JSON with exactly the members that
     * differ between the event and {@code event} changed (see {@code docs/relay.md}), so what the hook
     * did not touch stays as the client or service wrote it.
     */
    static <E> Verdict<E> replace(E event) {
        return new Replace<>(event);
    }

    /** Send nothing; {@code reason} goes to the {@link RelayObserver}. Later hooks do not run. */
    static <E> Verdict<E> drop(String reason) {
        return new Drop<>(reason);
    }

    /** Pass the event on. */
    record Forward<E>() implements Verdict<E> {}

    /** Pass {@code event} on instead of the one received. */
    record Replace<E>(E event) implements Verdict<E> {
        public Replace {
            Objects.requireNonNull(event, "event");
        }
    }

    /** Send nothing. */
    record Drop<E>(String reason) implements Verdict<E> {
        public Drop {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
