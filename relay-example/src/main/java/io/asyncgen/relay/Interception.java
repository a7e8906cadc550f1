package io.asyncgen.relay;

import io.asyncgen.runtime.Frame;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The hooks of one direction and what they make of one received frame: the frame as it came when
 * every hook forwarded the event, the {@link Rewrite} of the received JSON when one replaced it,
 * nothing when one dropped it. Hooks run in the order they were added, each on the event as the
 * hooks before it left it, when that event is an instance of the type it was added for.
 *
 * @param <E> the union of the direction's events
 */
final class Interception<E, C, S> {
    private final Direction direction;
    private final List<Registration<?, E, C, S>> hooks;
    private final Function<E, Frame> encoder;
    private final RelayObserver observer;

    Interception(
            Direction direction,
            List<Registration<?, E, C, S>> hooks,
            Function<E, Frame> encoder,
            RelayObserver observer) {
        this.direction = Objects.requireNonNull(direction, "direction");
        this.hooks = List.copyOf(hooks);
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    /** One hook and the type of event it was added for. */
    record Registration<T, E, C, S>(Class<T> type, Hook<? super T, E, C, S> hook) {
        Registration {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(hook, "hook");
        }

        /** The hook's verdict, or null when {@code event} is not of its type. */
        Verdict<E> offer(Object event, RelayConnection<C, S> connection) {
            return type.isInstance(event) ? hook.intercept(type.cast(event), connection) : null;
        }
    }

    /** The frame to send for {@code received}, from which {@code event} was decoded; empty when a hook dropped it. */
    Optional<Frame> frameFor(Frame received, E event, RelayConnection<C, S> connection) {
        Objects.requireNonNull(received, "received: the session delivered an event that no frame carried");
        E current = event;
        boolean replaced = false;
        for (Registration<?, E, C, S> registration : hooks) {
            Verdict<E> verdict;
            try {
                verdict = registration.offer(current, connection);
            } catch (RuntimeException e) {
                observer.onHookFailed(connection, direction, current, e);
                continue;
            }
            if (verdict instanceof Verdict.Drop<E> drop) {
                observer.onDropped(connection, direction, current, drop.reason());
                return Optional.empty();
            }
            if (verdict instanceof Verdict.Replace<E> replace) {
                current = replace.event();
                replaced = true;
            }
        }
        if (!replaced) {
            return Optional.of(received);
        }
        try {
            return Optional.of(Rewrite.onto(received, encoder.apply(event), encoder.apply(current)));
        } catch (RuntimeException e) {
            // a replacement that cannot be encoded is the hook's failure: the event goes on as received
            observer.onHookFailed(connection, direction, current, e);
            return Optional.of(received);
        }
    }
}
