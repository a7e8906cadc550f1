package io.asyncgen.runtime;

import io.asyncgen.runtime.internal.ConnectSettings;
import io.asyncgen.runtime.internal.Timers;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One attempt to open a connection: the credentials fetched (the handshake), then the transport's
 * connect, all within the connect timeout. Past it the attempt fails with a
 * {@link ConnectFailedException} saying which step did not finish.
 */
final class ConnectAttempt {
    private ConnectAttempt() {}

    /**
     * Starts an attempt for {@code listener}.
     *
     * @param lastUri the URL of the last handshake, for a message when this one's is not known yet
     * @param resolved told the URL (secrets masked) once the credentials are fetched
     * @return completes with the open transport, or with the reason it did not open (unwrapped)
     */
    static CompletableFuture<Transport> start(
            ConnectSettings connect, Transport.Listener listener, String lastUri, Consumer<String> resolved) {
        CompletableFuture<Transport> opened = new CompletableFuture<>();
        String[] shown = {null};
        ScheduledFuture<?> timer = Timers.schedule(
                () -> opened.completeExceptionally(new ConnectFailedException(
                        shown[0] == null ? lastUri : shown[0],
                        -1,
                        (shown[0] == null ? "the credentials were not fetched" : "no answer to the WebSocket upgrade")
                                + " within " + Timers.format(connect.connectTimeout()),
                        new TimeoutException())),
                connect.connectTimeout());
        CompletionStage<Handshake> handshake;
        try {
            handshake = connect.handshake().get();
        } catch (RuntimeException e) {
            handshake = CompletableFuture.failedFuture(e);
        }
        handshake
                .thenCompose(ready -> {
                    shown[0] = ready.redactedUri();
                    resolved.accept(ready.redactedUri());
                    return connect.connector().connect(ready, listener);
                })
                .whenComplete((transport, failure) -> {
                    timer.cancel(false);
                    if (failure != null) {
                        opened.completeExceptionally(unwrap(failure));
                    } else {
                        opened.complete(transport);
                    }
                });
        return opened;
    }

    /** The cause a {@link CompletionException} or {@link ExecutionException} wraps. */
    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
