package io.asyncgen.runtime;

import static io.asyncgen.runtime.SessionLifecycleTest.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.asyncgen.runtime.Fakes.FakeConnector;
import io.asyncgen.runtime.Fakes.Recorder;
import io.asyncgen.runtime.Fakes.Said;
import io.asyncgen.runtime.Fakes.TestSession;
import io.asyncgen.runtime.internal.ConnectSettings;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Reconnecting after a drop, as a {@link ReconnectPolicy} says. */
class SessionReconnectTest {
    private static final Duration LONG = Duration.ofSeconds(10);
    private static final ReconnectPolicy QUICK =
            ReconnectPolicy.defaults().maxAttempts(3).backoff(Duration.ofMillis(1), Duration.ofMillis(5), 2.0);

    private final Recorder handler = new Recorder();
    private final TestSession session = new TestSession(handler);
    private final AtomicInteger tokens = new AtomicInteger();

    @Test
    void aDroppedConnectionIsReopenedWithAFreshCredentialAndTheCallbackRestoresState() throws Exception {
        FakeConnector connector = new FakeConnector(101);
        CompletableFuture<Void> restored = new CompletableFuture<>();
        session.open(Fakes.settings(connector, LONG, QUICK, null, tokens, () -> {
                    session.send("configure again");
                    restored.complete(null);
                }))
                .toCompletableFuture()
                .get(1, TimeUnit.SECONDS);
        CompletableFuture<Said> pending = session.next(Said.class, LONG);

        connector.last().listener.onClose(1011, "server error");
        restored.get(10, TimeUnit.SECONDS);

        assertEquals(2, connector.opened.size());
        assertEquals(
                List.of("Bearer token-1", "Bearer token-2"),
                connector.handshakes.stream()
                        .map(h -> h.headers().get("Authorization"))
                        .toList());
        assertEquals(List.of("configure again"), connector.last().sent);
        assertEquals(SessionState.OPEN, session.state());
        assertInstanceOf(ConnectionClosedException.class, failure(pending));
        assertEquals(List.of("closed 1011 server error"), handler.seen);
        // listeners stay across connections
        CompletableFuture<Said> next = session.next(Said.class, LONG);
        connector.last().listener.onText("said:again", true);
        assertEquals("again", next.get(1, TimeUnit.SECONDS).text());
        assertEquals(false, session.closed().toCompletableFuture().isDone());
    }

    @Test
    void sendsWhileReconnectingFailAndAreNotBuffered() throws Exception {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        FakeConnector connector = new FakeConnector(101);
        AtomicInteger connects = new AtomicInteger();
        Transport.Connector gated = (handshake, listener) -> connects.incrementAndGet() == 1
                ? connector.connect(handshake, listener)
                : gate.thenCompose(ignored -> connector.connect(handshake, listener));
        session.open(new ConnectSettings(
                        () -> CompletableFuture.completedFuture(Handshake.of(URI.create("ws://x/"))),
                        gated,
                        LONG,
                        Optional.empty(),
                        Optional.of(QUICK),
                        () -> {}))
                .toCompletableFuture()
                .get(1, TimeUnit.SECONDS);

        connector.last().listener.onError(new IOException("connection reset"));
        Throwable failure = failure(session.send("lost"));
        gate.complete(null);
        waitFor(() -> session.state() == SessionState.OPEN);

        assertInstanceOf(ConnectionClosedException.class, failure);
        assertEquals(
                "cannot send String: TestSession is reconnecting after the connection dropped (attempt 1 of 3)",
                failure.getMessage());
        assertEquals(List.of(), connector.last().sent);
    }

    @Test
    void reconnectingGivesUpAfterTheLastAttemptAndFailsClosed() {
        FakeConnector connector = new FakeConnector(101, 503);
        session.open(Fakes.settings(connector, LONG, QUICK, null, tokens, () -> {}));
        connector.last().listener.onClose(1012, "restart");

        Throwable failure = failure(session.closed());
        assertEquals(
                "cannot connect to ws://127.0.0.1:1/chat?key=****: gave up reconnecting after 3 attempts",
                failure.getMessage());
        assertEquals(
                503, ((ConnectFailedException) failure.getCause()).httpStatus().getAsInt());
        assertEquals(4, connector.handshakes.size());
    }

    @Test
    void aRefusedCredentialStopsReconnectingAtOnce() {
        FakeConnector connector = new FakeConnector(101, 401);
        session.open(Fakes.settings(connector, LONG, QUICK, null, tokens, () -> {}));
        connector.last().listener.onClose(1006, "");

        Throwable failure = failure(session.closed());
        assertEquals(401, ((ConnectFailedException) failure).httpStatus().getAsInt());
        assertEquals(2, connector.handshakes.size());
    }

    @Test
    void everySuccessfulReconnectStartsTheAttemptsAfresh() throws Exception {
        FakeConnector connector = new FakeConnector(101);
        session.open(Fakes.settings(connector, LONG, QUICK.maxAttempts(1), null, tokens, () -> {}))
                .toCompletableFuture()
                .get(1, TimeUnit.SECONDS);
        for (int drop = 1; drop <= 3; drop++) {
            connector.last().listener.onClose(1006, "");
            int expected = drop + 1;
            int round = drop;
            try {
                waitFor(() -> connector.opened.size() == expected && session.state() == SessionState.OPEN);
            } catch (AssertionError e) {
                throw new AssertionError(
                        "drop " + round + ": " + connector.opened.size() + " opened, " + session.state()
                                + ", handshakes " + connector.handshakes.size(),
                        e);
            }
        }
        assertEquals(4, connector.opened.size());
    }

    @Test
    void aNormalCloseByThePeerEndsTheSession() throws Exception {
        FakeConnector connector = new FakeConnector(101);
        session.open(Fakes.settings(connector, LONG, QUICK, null, tokens, () -> {}))
                .toCompletableFuture()
                .get(1, TimeUnit.SECONDS);
        connector.last().listener.onClose(1000, "done");
        assertEquals(
                new CloseStatus(1000, "done"),
                session.closed().toCompletableFuture().get(1, TimeUnit.SECONDS));
        assertEquals(1, connector.opened.size());
    }

    @Test
    void closingDuringTheBackoffStopsReconnecting() throws Exception {
        FakeConnector connector = new FakeConnector(101);
        ReconnectPolicy slow = QUICK.backoff(Duration.ofSeconds(30), Duration.ofSeconds(30), 1.0);
        session.open(Fakes.settings(connector, LONG, slow, null, tokens, () -> {}))
                .toCompletableFuture()
                .get(1, TimeUnit.SECONDS);
        connector.last().listener.onClose(1001, "going away");
        assertEquals(SessionState.RECONNECTING, session.state());
        session.close(1000, "");
        assertEquals(
                new CloseStatus(1000, ""),
                session.closed().toCompletableFuture().get(1, TimeUnit.SECONDS));
        assertEquals(1, connector.opened.size());
    }

    @Test
    void theBackoffGrowsAndStaysWithinItsJitter() {
        ReconnectPolicy policy = ReconnectPolicy.defaults();
        assertEquals(
                List.of(500L, 1000L, 2000L, 4000L, 8000L, 30_000L),
                List.of(1, 2, 3, 4, 5, 10).stream()
                        .map(n -> policy.delay(n, 0.5).toMillis())
                        .toList());
        assertEquals(400L, policy.delay(1, 0.0).toMillis());
        assertEquals(600L, policy.delay(1, 1.0).toMillis());
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(5);
        }
    }
}
