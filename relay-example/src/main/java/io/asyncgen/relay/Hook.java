package io.asyncgen.relay;

/**
 * Intercepts one type of event on its way through a {@link Relay}: inspects it, replaces it or
 * drops it. Hooks of one direction run one event at a time, in wire order, on that direction's
 * read thread; the two directions run concurrently, so a hook registered for both must be
 * thread-safe. A hook may send typed events to either side through the connection
 * ({@link RelayConnection#sendToClient}, {@link RelayConnection#sendUpstream}); it must not block for
 * long: the next event of its direction waits for it.
 *
 * <p>A hook that throws is reported to {@link RelayObserver#onHookFailed} and counts as
 * {@link Verdict#forward()}: the relay never loses an event to a failing hook. A hook that must
 * fail closed (a policy) catches its own exceptions and returns {@link Verdict#drop(String)}.
 *
 * @param <T> the type of event it intercepts (a member of the direction's union, or the union)
 * @param <E> the union of the direction's events
 * @param <C> the client events (what clients send, what goes upstream)
 * @param <S> the server events (what the upstream service sends, what goes to clients)
 */
@FunctionalInterface
public interface Hook<T, E, C, S> {
    /** What to do with {@code event}, received on {@code connection}. */
    Verdict<E> intercept(T event, RelayConnection<C, S> connection);
}
