package io.asyncgen.it;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Records every call a generated dispatcher makes on a handler, in order: a dynamic proxy of the
 * generated {@code ...Handler} interface, so no handler method can be missed, optionally passing
 * each call on to a handler with behaviour of its own.
 */
final class Dispatched {
    /** One handler call: the method the dispatcher chose and its argument (the event, or the decode error). */
    record Call(String method, Object event) {
        /** The wire {@code type} of the event (from its {@code type()}), or the method name for a decode error. */
        String type() {
            try {
                return String.valueOf(event.getClass().getMethod("type").invoke(event));
            } catch (ReflectiveOperationException e) {
                return method;
            }
        }
    }

    private final List<Call> calls = new ArrayList<>();

    /** A handler of {@code type} that records into this log, then runs {@code behaviour}'s method (if any). */
    <H> H handler(Class<H> type, H behaviour) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(self, method, args);
            }
            record(new Call(method.getName(), args == null ? null : args[0]));
            if (behaviour != null) {
                try {
                    return method.invoke(behaviour, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
            return null;
        });
        return type.cast(proxy);
    }

    private static Object objectMethod(Object self, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> self == args[0];
            case "hashCode" -> System.identityHashCode(self);
            default -> "Dispatched.handler";
        };
    }

    private synchronized void record(Call call) {
        calls.add(call);
        notifyAll();
    }

    /** The calls the dispatcher made (messages, decode errors, failed handlers), not the connection's closes and failures. */
    synchronized List<Call> calls() {
        return calls.stream()
                .filter(call -> !call.method().startsWith("onConnection"))
                .toList();
    }

    /** The wire types of everything dispatched so far, in order (handler failures left out). */
    List<String> types() {
        return dispatches(calls()).map(Call::type).toList();
    }

    /** Every event of {@code type} dispatched so far, in order (not counting reports of handler failures). */
    <T> List<T> all(Class<T> type) {
        return dispatches(calls())
                .map(Call::event)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    /** Handler methods that report something other than a message: a failed handler, the connection ending. */
    private static final Set<String> NOT_MESSAGES =
            Set.of("onHandlerError", "onConnectionClosed", "onConnectionFailed");

    /** The calls that dispatched a message (or a decode error). */
    private static Stream<Call> dispatches(List<Call> calls) {
        return calls.stream().filter(call -> !NOT_MESSAGES.contains(call.method()));
    }

    /** The calls that reported the connection closing or failing, in order. */
    synchronized List<Call> connectionEvents() {
        return calls.stream()
                .filter(call -> call.method().startsWith("onConnection"))
                .toList();
    }

    /** Waits for the {@code nth} (1-based) event of {@code type}. */
    <T> T await(Class<T> type, int nth, Duration timeout) throws InterruptedException {
        int[] seen = {0, 0};
        // counts incrementally: a burst of 100,000 events must not make waiting quadratic
        awaitCalls(
                calls -> {
                    for (; seen[0] < calls.size(); seen[0]++) {
                        Call call = calls.get(seen[0]);
                        if (!NOT_MESSAGES.contains(call.method()) && type.isInstance(call.event())) {
                            seen[1]++;
                        }
                    }
                    return seen[1] >= nth;
                },
                timeout,
                nth + " x " + type.getSimpleName());
        return all(type).get(nth - 1);
    }

    /** Waits for the first event of {@code type}. */
    <T> T await(Class<T> type, Duration timeout) throws InterruptedException {
        return await(type, 1, timeout);
    }

    /** Waits until {@code condition} holds for the calls so far. */
    synchronized void awaitCalls(Predicate<List<Call>> condition, Duration timeout, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(calls)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("waited " + timeout + " for " + what + "; dispatched so far: " + types());
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
