package io.asyncgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncgen.runtime.Fakes.Event;
import io.asyncgen.runtime.Fakes.FakeTransport;
import io.asyncgen.runtime.Fakes.Other;
import io.asyncgen.runtime.Fakes.Recorder;
import io.asyncgen.runtime.Fakes.Said;
import io.asyncgen.runtime.Fakes.TestSession;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** How a session hands what it receives to the handler, listeners and awaits. */
class SessionReceivingTest {
    private static final Duration LONG = Duration.ofSeconds(10);

    private final Recorder handler = new Recorder();
    private final TestSession session = new TestSession(handler);
    private final FakeTransport transport = new FakeTransport(session.listener());
    private final TestSession session2 = new TestSession(new Recorder());

    SessionReceivingTest() {
        session.listener().onOpen(transport);
    }

    @Test
    void fragmentsAreReassembledAndEveryMessageReachesHandlerThenListenersInWireOrder() {
        List<String> heard = Collections.synchronizedList(new ArrayList<>());
        session.on(Said.class, said -> heard.add("said listener " + said.text()));
        session.onMessage(event -> heard.add("any listener " + event));

        session.listener().onText("said:hel", false);
        session.listener().onText(new StringBuilder("lo"), true);
        session.listener().onText("!", true);
        session.listener().onText("other", true);

        assertEquals(List.of("handler Said[text=hello]", "decode error !", "handler Other[text=other]"), handler.seen);
        assertEquals(
                List.of("said listener hello", "any listener Said[text=hello]", "any listener Other[text=other]"),
                heard);
    }

    @Test
    void binaryMessagesArriveWhole() {
        List<String> audio = new ArrayList<>();
        session.on(Fakes.Audio.class, a -> audio.add(new String(a.data(), StandardCharsets.UTF_8)));
        session.listener().onBinary(ByteBuffer.wrap("ab".getBytes(StandardCharsets.UTF_8)), false);
        session.listener().onBinary(ByteBuffer.wrap("cd".getBytes(StandardCharsets.UTF_8)), true);
        session.listener().onBinary(ByteBuffer.wrap("ef".getBytes(StandardCharsets.UTF_8)), true);
        assertEquals(List.of("abcd", "ef"), audio);
    }

    @Test
    void aThrowingListenerIsReportedAndTheOtherListenersAndTheNextMessageStillRun() {
        List<String> heard = new ArrayList<>();
        session.on(Said.class, said -> {
            throw new IllegalStateException("listener broke on " + said.text());
        });
        session.on(Said.class, said -> heard.add(said.text()));

        session.listener().onText("said:one", true);
        session.listener().onText("said:two", true);

        assertEquals(List.of("one", "two"), heard);
        assertEquals(
                List.of(
                        "handler Said[text=one]",
                        "handler error Said[text=one]: listener broke on one",
                        "handler Said[text=two]",
                        "handler error Said[text=two]: listener broke on two"),
                handler.seen);
    }

    @Test
    void aCancelledListenerHearsNothingMore() {
        List<String> heard = new ArrayList<>();
        Subscription subscription = session.on(Said.class, said -> heard.add(said.text()));
        session.listener().onText("said:one", true);
        subscription.cancel();
        subscription.cancel();
        session.listener().onText("said:two", true);
        assertEquals(List.of("one"), heard);
    }

    @Test
    void nextCompletesWithTheNextMessageOfItsTypeThatMatches() throws Exception {
        CompletableFuture<Said> any = session.next(Said.class, LONG);
        CompletableFuture<Said> second =
                session.next(Said.class, said -> said.text().equals("two"), LONG);
        session.listener().onText("other", true);
        session.listener().onText("said:one", true);
        session.listener().onText("said:two", true);
        assertEquals("one", any.get(1, TimeUnit.SECONDS).text());
        assertEquals("two", second.get(1, TimeUnit.SECONDS).text());
    }

    @Test
    void nextTimesOutWithAMessageNamingWhatItWaitedFor() {
        CompletableFuture<Said> never = session.next(Said.class, Duration.ofMillis(50));
        ExecutionException e = assertThrows(ExecutionException.class, () -> never.get(10, TimeUnit.SECONDS));
        assertInstanceOf(TimeoutException.class, e.getCause());
        assertEquals("no Said arrived within 50 ms", e.getCause().getMessage());
    }

    @Test
    void sendAndAwaitSeesAReplyThatArrivesWhileTheRequestIsStillBeingSent() throws Exception {
        FakeTransport replying = new FakeTransport(null) {
            @Override
            public CompletionStage<Void> sendText(String text) {
                // the peer answers before the send completed
                session2.listener().onText("said:re " + text, true);
                return CompletableFuture.completedFuture(null);
            }
        };
        session2.listener().onOpen(replying);
        Said reply = session2.sendAndAwait("hello", Said.class, LONG).get(1, TimeUnit.SECONDS);
        assertEquals("re hello", reply.text());
    }

    @Test
    void aPendingAwaitFailsWhenTheConnectionCloses() {
        CompletableFuture<Said> pending = session.next(Said.class, LONG);
        session.listener().onClose(1001, "going away");
        ExecutionException e = assertThrows(ExecutionException.class, () -> pending.get(1, TimeUnit.SECONDS));
        assertInstanceOf(ConnectionClosedException.class, e.getCause());
        assertEquals(
                "TestSession: the connection closed (1001 going away)",
                e.getCause().getMessage());
    }

    @Test
    void aCloseWithoutAReasonFromTheTransportClosesWithAnEmptyOne() throws Exception {
        session.listener().onClose(1000, null);
        assertEquals(
                new CloseStatus(1000, ""),
                session.closed().toCompletableFuture().get(1, TimeUnit.SECONDS));
    }

    @Test
    void anUnknownTypeOfMessageStillReachesOnMessage() {
        List<Event> all = new ArrayList<>();
        session.onMessage(all::add);
        session.listener().onText("anything", true);
        assertTrue(all.get(0) instanceof Other);
    }
}
