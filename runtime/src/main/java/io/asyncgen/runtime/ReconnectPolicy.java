package io.asyncgen.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * When and how a client connects again after its connection dropped: how many attempts, the
 * backoff between them (exponential, with jitter), and which closes and errors qualify. Immutable:
 * every method returns a changed copy.
 *
 * <p>{@link #defaults()}: up to 5 attempts, waiting 0.5 s, 1 s, 2 s, 4 s, 8 s (at most 30 s),
 * each within +/- 20 %; after a close with code 1001 (going away), 1006 (no close frame), 1011
 * (server error), 1012 (service restart), 1013 (try again later) or 1014 (bad gateway), and after
 * any failure of the connection except a refused upgrade with a 4xx status other than 408 and
 * 429 (a wrong key does not get better by retrying). A normal close (1000) never reconnects; nor
 * does a close this side started.
 */
public final class ReconnectPolicy {
    private static final Set<Integer> TRANSIENT_CLOSES = Set.of(1001, 1006, 1011, 1012, 1013, 1014);

    private final int maxAttempts;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final double multiplier;
    private final double jitter;
    private final IntPredicate retryOnClose;
    private final Predicate<Throwable> retryOnError;

    private ReconnectPolicy(
            int maxAttempts,
            Duration initialDelay,
            Duration maxDelay,
            double multiplier,
            double jitter,
            IntPredicate retryOnClose,
            Predicate<Throwable> retryOnError) {
        this.maxAttempts = maxAttempts;
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
        this.multiplier = multiplier;
        this.jitter = jitter;
        this.retryOnClose = retryOnClose;
        this.retryOnError = retryOnError;
    }

    /** The policy described above. */
    public static ReconnectPolicy defaults() {
        return new ReconnectPolicy(
                5,
                Duration.ofMillis(500),
                Duration.ofSeconds(30),
                2.0,
                0.2,
                TRANSIENT_CLOSES::contains,
                ReconnectPolicy::isTransient);
    }

    /** At most {@code attempts} connects after each drop (at least 1). */
    public ReconnectPolicy maxAttempts(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + attempts);
        }
        return new ReconnectPolicy(attempts, initialDelay, maxDelay, multiplier, jitter, retryOnClose, retryOnError);
    }

    /** Waits {@code initial} before the first attempt, then {@code multiplier} times longer each time, at most {@code max}. */
    public ReconnectPolicy backoff(Duration initial, Duration max, double multiplier) {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || max.compareTo(initial) < 0 || multiplier < 1.0) {
            throw new IllegalArgumentException("backoff needs 0 <= initial <= max and multiplier >= 1, got " + initial
                    + ", " + max + ", " + multiplier);
        }
        return new ReconnectPolicy(maxAttempts, initial, max, multiplier, jitter, retryOnClose, retryOnError);
    }

    /** Spreads each wait by up to {@code fraction} either way (0 for none, at most 1). */
    public ReconnectPolicy jitter(double fraction) {
        if (fraction < 0.0 || fraction > 1.0) {
            throw new IllegalArgumentException("jitter must be between 0 and 1, got " + fraction);
        }
        return new ReconnectPolicy(
                maxAttempts, initialDelay, maxDelay, multiplier, fraction, retryOnClose, retryOnError);
    }

    /** Which close codes from the peer lead to a reconnect. */
    public ReconnectPolicy retryOnClose(IntPredicate codes) {
        return new ReconnectPolicy(
                maxAttempts,
                initialDelay,
                maxDelay,
                multiplier,
                jitter,
                Objects.requireNonNull(codes, "codes"),
                retryOnError);
    }

    /** Which failures (of the connection, or of an attempt to open one) lead to a reconnect. */
    public ReconnectPolicy retryOnError(Predicate<Throwable> errors) {
        return new ReconnectPolicy(
                maxAttempts,
                initialDelay,
                maxDelay,
                multiplier,
                jitter,
                retryOnClose,
                Objects.requireNonNull(errors, "errors"));
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** Whether a close by the peer with {@code code} leads to a reconnect. */
    public boolean retriesClose(int code) {
        return retryOnClose.test(code);
    }

    /** Whether {@code error} leads to a reconnect (or to another attempt). */
    public boolean retriesError(Throwable error) {
        return retryOnError.test(error);
    }

    /**
     * The wait before attempt {@code attempt} (1-based).
     *
     * @param random a value in [0, 1) that places the wait within the jitter
     */
    public Duration delay(int attempt, double random) {
        double base = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
        double capped = Math.min(base, maxDelay.toMillis());
        double spread = capped * jitter * (2 * random - 1);
        return Duration.ofMillis(Math.max(0, Math.round(capped + spread)));
    }

    /** The default test for errors: anything but a refused upgrade with a 4xx status other than 408 and 429. */
    public static boolean isTransient(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectFailedException refused
                    && refused.httpStatus().isPresent()) {
                int status = refused.httpStatus().getAsInt();
                return status < 400 || status >= 500 || status == 408 || status == 429;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "ReconnectPolicy[maxAttempts=" + maxAttempts + ", initialDelay=" + initialDelay + ", maxDelay="
                + maxDelay + ", multiplier=" + multiplier + ", jitter=" + jitter + "]";
    }
}
