package io.asyncgen.runtime.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread for every timer of every session in the JVM: await timeouts, connect timeouts,
 * reconnect backoff, keep-alive pings. Timer tasks only complete futures or start asynchronous
 * work. For generated code and this runtime only; not an API.
 */
public final class Timers {
    private static final ScheduledThreadPoolExecutor EXECUTOR = create();

    private Timers() {}

    private static ScheduledThreadPoolExecutor create() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "asyncgen-timers");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /** Runs {@code task} once after {@code delay}. */
    public static ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        return EXECUTOR.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Runs {@code task} every {@code period}, first after one period. */
    public static ScheduledFuture<?> every(Runnable task, Duration period) {
        return EXECUTOR.scheduleAtFixedRate(task, period.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** {@code 5 s}, {@code 250 ms}: a duration as messages show it. */
    public static String format(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
