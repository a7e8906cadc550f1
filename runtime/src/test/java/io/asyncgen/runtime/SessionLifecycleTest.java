package io.asyncgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncgen.runtime.Fakes.FakeConnector;
import io.asyncgen.runtime.Fakes.FakeTransport;
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
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Opening, sending, closing and failing: the error model and {@code closed()} in every path. */
class SessionLifecycleTest {
    private static final Duration LONG = Duration.ofSeconds(10);

    private final Recorder handler = new Recorder();
    private final TestSession session = new TestSession(handler);
    private final AtomicInteger tokens = new AtomicInteger();

    @Test
    void anInvalidMessageIsThrownAtOnceWhateverTheState() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> session.send("bad"));
        assertEquals("cannot encode bad: text is required", e.getMessage());
    }

    @Test
    void sendingBeforeOpenFailsTheStageWithConnectionClosed() {
        Throwable failure = failure(session.send("hello"));
        assertInstanceOf(ConnectionClosedException.class, failure);
        assertEquals("cannot send String: TestSession is not open yet: call open()", failure.getMessage());
    }

    @Test
    void aFailedWriteFailsTheStageWithTheTransportsIOException() {
        FakeTransport transport = new FakeTransport(session.listener());
        session.listener().onOpen(transport);
        transport.failSends = new IOException("broken pipe");
        Throwable failure = failure(session.send("hello"));
        assertEquals("broken pipe", failure.getMessage());
    }

    @Test
    void textAndBinaryMessagesGoOutAsTheirFrames() throws Exception {
        FakeTransport transport = new FakeTransport(session.listener());
        session.listener().onOpen(transport);
        session.send("hello").toCompletableFuture().get(1, TimeUnit.SECONDS);
        session.send("bytes:pcm").toCompletableFuture().get(1, TimeUnit.SECONDS);
        assertEquals(List.of("hello", "binary pcm"), transport.sent);
    }

    @Test
    void aCloseByThePeerCompletesClosedReachesTheHandlerAndStopsSending() throws Exception {
        FakeConnector connector = new FakeConnector(101);
        session.open(Fakes.settings(connector, LONG, null, null, tokens, () -> {}))
                .toCompletableFuture()
                .get(1, TimeUnit.SECONDS);
        connector.last().listener.onClose(4000, "room closed");

        assertEquals(
                new CloseStatus(4000, "room closed"),
                session.closed().toCompletableFuture().get(1, TimeUnit.SECONDS));
        assertEquals(List.of("closed 4000 room closed"), handler.seen);
        assertEquals(SessionState.CLOSED, session.state());
        assertEquals(
                "cannot send String: TestSession is closed (closed by the peer: 4000 room closed)",
                failure(session.send("hello")).getMessage());
    }

    @Test
    void aRefusedUpgradeFailsOpenAndClosedAndReachesTheHandler() {
        FakeConnector connector = new FakeConnector(401);
        CompletionStage<Void> opening = session.open(Fakes.settings(connector, LONG, null, null, tokens, () -> {}));

        Throwable failure = failure(opening);
        assertInstanceOf(ConnectFailedException.class, failure);
        assertEquals(
                "cannot connect to ws://127.0.0.1:1/chat?key=****: the server refused the WebSocket upgrade with"
                        + " HTTP 401: the server refused the credentials; check the API key or token, and that it is for this"
                        + " resource",
                failure.getMessage());
        assertEquals(failure, failure(session.closed()));
        assertEquals(List.of("failed " + failure.getMessage()), handler.seen);
        IllegalStateException again = assertThrows(
                IllegalStateException.class,
                () -> session.open(Fakes.settings(connector, LONG, null, null, tokens, () -> {})));
        assertEquals("TestSession was opened or closed before; create a new one", again.getMessage());
    }

    @Test
    void aServerThatNeverAnswersFailsOpenAfterTheConnectTimeout() {
        FakeConnector connector = new FakeConnector(0);
        Throwable failure =
                failure(session.open(Fakes.settings(connector, Duration.ofMillis(100), null, null, tokens, () -> {})));
        assertEquals(
                "cannot connect to ws://127.0.0.1:1/chat?key=****: no answer to the WebSocket upgrade within 100 ms",
                failure.getMessage());
        assertInstanceOf(ConnectFailedException.class, failure(session.closed()));
    }

    @Test
    void aCredentialSupplierThatFailsFailsOpenWithoutShowingASecret() {
        TestSession failing = new TestSession(handler);
        Throwable failure = failure(failing.open(new ConnectSettings(
                () -> Credential.of(() -> {
                            throw new IllegalStateException("token service down");
                        })
                        .fetch()
                        .thenApply(token -> Handshake.of(URI.create("ws://x/" + token))),
                new FakeConnector(101),
                LONG,
                Optional.empty(),
                Optional.empty(),
                () -> {})));
        assertEquals(
                "the credential supplier failed: java.lang.IllegalStateException: token service down",
                failure.getMessage());
    }

    @Test
    void aTransportErrorFailsClosedAndReachesTheHandler() throws Exception {
        FakeConnector connector = new FakeConnector(101);
        session.open(Fakes.settings(connector, LONG, null, null, tokens, () -> {}))
                .toCompletableFuture()
                .get(1, TimeUnit.SECONDS);
        connector.last().listener.onError(new IOException("connection reset"));

        assertEquals("connection reset", failure(session.closed()).getMessage());
        assertEquals(List.of("failed connection reset"), handler.seen);
    }

    @Test
    void closeSendsACloseFrameAndClosedCompletesWithTheAnswer() throws Exception {
        FakeConnector connector = new FakeConnector(101);
        session.open(Fakes.settings(connector, LONG, null, null, tokens, () -> {}))
                .toCompletableFuture()
                .get(1, TimeUnit.SECONDS);
        session.close(1000, "bye");
        assertEquals(
                new CloseStatus(1000, "bye"),
                session.closed().toCompletableFuture().get(1, TimeUnit.SECONDS));
        assertEquals(List.of("close 1000 bye"), connector.last().sent);
        assertEquals(
                "cannot send String: TestSession is closed (closed by this side)",
                failure(session.send("hello")).getMessage());
    }

    @Test
    void closingBeforeTheConnectionIsUpClosesItWhenItOpens() throws Exception {
        CompletableFuture<Transport> gate = new CompletableFuture<>();
        FakeConnector connector = new FakeConnector(101);
        Transport.Connector delayed =
                (handshake, listener) -> gate.thenCompose(ignored -> connector.connect(handshake, listener));
        CompletionStage<Void> opening = session.open(new ConnectSettings(
                () -> CompletableFuture.completedFuture(Handshake.of(URI.create("ws://x/"))),
                delayed,
                LONG,
                Optional.empty(),
                Optional.empty(),
                () -> {}));
        session.close(1000, "");
        assertEquals(
                new CloseStatus(1000, ""),
                session.closed().toCompletableFuture().get(1, TimeUnit.SECONDS));
        gate.complete(null);

        assertEquals("TestSession was closed while connecting", failure(opening).getMessage());
        assertEquals(List.of("close 1000 "), connector.last().sent);
    }

    @Test
    void pingsWithoutAPongFailTheConnection() throws Exception {
        FakeConnector connector = new FakeConnector(101).whenOpen(transport -> transport.answerPings = false);
        session.open(Fakes.settings(connector, LONG, null, Duration.ofMillis(20), tokens, () -> {}))
                .toCompletableFuture()
                .get(1, TimeUnit.SECONDS);

        Throwable failure = failure(session.closed());
        assertEquals("no pong within 20 ms: the connection is dead", failure.getMessage());
        assertEquals(List.of("abort"), connector.last().sent);
    }

    @Test
    void pingsThatAreAnsweredKeepTheConnection() throws Exception {
        FakeConnector connector = new FakeConnector(101);
        session.open(Fakes.settings(connector, LONG, null, Duration.ofMillis(10), tokens, () -> {}))
                .toCompletableFuture()
                .get(1, TimeUnit.SECONDS);
        FakeTransport transport = connector.last();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (transport.pings.get() < 5 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(SessionState.OPEN, session.state());
        assertEquals(true, transport.pings.get() >= 5);
    }

    @Test
    void aSendFromTheHandlerDuringOnOpenWorks() throws Exception {
        FakeConnector connector =
                new FakeConnector(101).whenOpen(transport -> transport.listener.onText("said:welcome", true));
        session.on(Said.class, said -> session.send("hello " + said.text()));
        session.open(Fakes.settings(connector, LONG, null, null, tokens, () -> {}))
                .toCompletableFuture()
                .get(1, TimeUnit.SECONDS);
        assertEquals(List.of("hello welcome"), connector.last().sent);
    }

    static Throwable failure(CompletionStage<?> stage) {
        ExecutionException e = assertThrows(
                ExecutionException.class, () -> stage.toCompletableFuture().get(10, TimeUnit.SECONDS));
        return e.getCause();
    }
}
