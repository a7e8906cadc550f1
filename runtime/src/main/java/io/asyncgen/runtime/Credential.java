package io.asyncgen.runtime;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * A secret fetched when a connection opens: a fixed value, or a supplier called on every connect
 * and reconnect (an Entra ID token that expires hourly, an ephemeral client secret minted per
 * session). Never shows its value in {@link #toString()}.
 */
public final class Credential {
    private final Supplier<? extends CompletionStage<String>> source;
    private final String kind;

    private Credential(Supplier<? extends CompletionStage<String>> source, String kind) {
        this.source = source;
        this.kind = kind;
    }

    /** A fixed secret. */
    public static Credential of(String secret) {
        Objects.requireNonNull(secret, "secret");
        CompletionStage<String> value = CompletableFuture.completedFuture(secret);
        return new Credential(() -> value, "fixed");
    }

    /** A secret fetched by {@code supplier} on every connect, on the connecting thread. */
    public static Credential of(Supplier<String> supplier) {
        Objects.requireNonNull(supplier, "supplier");
        return new Credential(() -> CompletableFuture.completedFuture(supplier.get()), "supplied");
    }

    /** A secret fetched asynchronously on every connect; the connect waits for it. */
    public static Credential async(Supplier<? extends CompletionStage<String>> supplier) {
        Objects.requireNonNull(supplier, "supplier");
        return new Credential(supplier, "supplied asynchronously");
    }

    /**
     * Fetches the secret now.
     *
     * @return completes with the secret; exceptionally when the supplier threw, failed or gave null
     */
    public CompletionStage<String> fetch() {
        CompletionStage<String> fetched;
        try {
            fetched = source.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new IllegalStateException("the credential supplier failed: " + e, e));
        }
        if (fetched == null) {
            return CompletableFuture.failedFuture(
                    new IllegalStateException("the credential supplier returned no stage"));
        }
        return fetched.thenApply(secret -> {
            if (secret == null) {
                throw new IllegalStateException("the credential supplier returned null");
            }
            return secret;
        });
    }

    @Override
    public String toString() {
        return "Credential[" + kind + ", ****]";
    }
}
