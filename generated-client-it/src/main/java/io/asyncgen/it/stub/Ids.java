package io.asyncgen.it.stub;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Identifiers as the realtime services write them ({@code event_0001}, {@code resp_0002}): one counter per prefix and connection. */
public final class Ids {
    private final Map<String, AtomicInteger> counters = new ConcurrentHashMap<>();

    /** The next identifier with {@code prefix}. */
    public String next(String prefix) {
        return String.format(
                "%s_%04d",
                prefix,
                counters.computeIfAbsent(prefix, key -> new AtomicInteger()).incrementAndGet());
    }
}
