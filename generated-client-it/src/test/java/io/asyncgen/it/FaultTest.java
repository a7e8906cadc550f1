package io.asyncgen.it;

import static io.asyncgen.it.ConversationTest.textSession;
import static io.asyncgen.it.ConversationTest.userText;
import static io.asyncgen.it.GaConnection.WAIT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncgen.it.azure.AzureOpenAiRealtimeClient;
import io.asyncgen.it.azure.AzureOpenAiRealtimeEndpoint;
import io.asyncgen.it.azure.InputAudioBufferClearEvent;
import io.asyncgen.it.azure.ResponseCreateEvent;
import io.asyncgen.it.azure.ResponseDoneEvent;
import io.asyncgen.it.azure.ResponseOutputAudioDeltaEvent;
import io.asyncgen.it.azure.ResponseOutputTextDeltaEvent;
import io.asyncgen.it.azure.ResponseOutputTextDoneEvent;
import io.asyncgen.it.azure.ServerEvent;
import io.asyncgen.it.azure.ServerEventHandler;
import io.asyncgen.it.azure.SessionCreatedEvent;
import io.asyncgen.it.azure.SessionUpdateEvent;
import io.asyncgen.it.azure.SessionUpdatedEvent;
import io.asyncgen.it.stub.Scenarios;
import io.asyncgen.runtime.CloseStatus;
import io.asyncgen.runtime.ConnectionClosedException;
import io.asyncgen.runtime.DecodeException;
import io.asyncgen.runtime.Transport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What goes wrong on real networks, against the generated GA client: nothing may be lost, nothing may hang. */
class FaultTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final StubServerExtension stub = StubServerExtension.replaying(Path.of("."));

    @Test
    void serverClosingMidResponseCompletesClosedWithCodeAndReason() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (GaConnection c = ask(Scenarios.CLOSE_MID_RESPONSE, null, "Hello, who are you?")) {
                CloseStatus status = c.client.closed().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
                assertEquals(new CloseStatus(Scenarios.CLOSE_CODE, Scenarios.CLOSE_REASON), status);
                assertEquals(
                        2,
                        c.log.all(ResponseOutputTextDeltaEvent.class).size(),
                        "the deltas sent before the close all arrived");
                assertFalse(c.client.isOpen());
                ExecutionException refused = assertThrows(
                        ExecutionException.class,
                        () -> c.client
                                .sendInputAudioBufferClear(
                                        InputAudioBufferClearEvent.builder().build())
                                .toCompletableFuture()
                                .get(WAIT.toSeconds(), TimeUnit.SECONDS));
                assertEquals(
                        "cannot send InputAudioBufferClearEvent: AzureOpenAiRealtimeClient is closed (closed by the peer: "
                                + Scenarios.CLOSE_CODE + " " + Scenarios.CLOSE_REASON + ")",
                        refused.getCause().getMessage());
                assertEquals(
                        List.of(new Dispatched.Call(
                                "onConnectionClosed", new CloseStatus(Scenarios.CLOSE_CODE, Scenarios.CLOSE_REASON))),
                        c.log.connectionEvents(),
                        "the close reached the handler too");
            }
        });
    }

    @Test
    void malformedFrameGoesToOnDecodeErrorAndTheNextEventsStillArrive() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (GaConnection c = ask(Scenarios.MALFORMED, null, "Hello, who are you?")) {
                c.log.await(ResponseDoneEvent.class, WAIT);
                List<Dispatched.Call> calls = c.log.calls();
                int broken =
                        calls.stream().map(Dispatched.Call::method).toList().indexOf("onDecodeError");
                DecodeException error = (DecodeException) calls.get(broken).event();
                assertEquals(Scenarios.MALFORMED_FRAME, error.input());
                assertEquals("onResponseOutputTextDelta", calls.get(broken - 1).method());
                assertEquals("onResponseOutputTextDelta", calls.get(broken + 1).method());
                assertEquals(c.log.all(ResponseOutputTextDoneEvent.class).get(0).text(), deltas(c));
            }
        });
    }

    @Test
    void aMessageSplitOverAThousandFragmentsArrivesOnceAndWhole() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (GaConnection c = ask(Scenarios.FRAGMENTED, null, "Tell me everything.")) {
                c.log.await(ResponseDoneEvent.class, WAIT);
                List<ResponseOutputTextDeltaEvent> deltas = c.log.all(ResponseOutputTextDeltaEvent.class);
                assertEquals(1, deltas.size());
                assertEquals(Scenarios.longText(), deltas.get(0).delta());
                assertEquals(
                        Scenarios.longText(),
                        c.log.all(ResponseOutputTextDoneEvent.class).get(0).text());
            }
        });
    }

    @Test
    void oneTenMegabyteFrameArrivesWhole() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (GaConnection c = ask(Scenarios.BIG_FRAME, null, "Sing for a while.")) {
                c.log.await(ResponseDoneEvent.class, WAIT);
                List<ResponseOutputAudioDeltaEvent> deltas = c.log.all(ResponseOutputAudioDeltaEvent.class);
                assertEquals(1, deltas.size());
                assertEquals(10 * 1024 * 1024, deltas.get(0).delta().length());
                assertArrayEquals(
                        Scenarios.bigFramePcm(),
                        Base64.getDecoder().decode(deltas.get(0).delta()));
            }
        });
    }

    @Test
    void aBurstOfOneHundredThousandEventsArrivesCompleteAndInOrder() {
        assertTimeoutPreemptively(LIMIT, () -> {
            int count = 100_000;
            try (GaConnection c = ask(Scenarios.BURST, null, "Count.", "count", Integer.toString(count))) {
                c.log.await(ResponseDoneEvent.class, LIMIT);
                List<ResponseOutputTextDeltaEvent> deltas = c.log.all(ResponseOutputTextDeltaEvent.class);
                assertEquals(count, deltas.size());
                for (int i = 0; i < count; i++) {
                    assertEquals(i == 0 ? "0" : "," + i, deltas.get(i).delta(), "delta " + i);
                }
                assertEquals(c.log.all(ResponseOutputTextDoneEvent.class).get(0).text(), deltas(c));
            }
        });
    }

    @Test
    void aHandlerThatThrowsDoesNotStopTheNextEvents() {
        assertTimeoutPreemptively(LIMIT, () -> {
            List<ServerEvent> failed = new ArrayList<>();
            ServerEventHandler clumsy = new ServerEventHandler() {
                @Override
                public void onResponseOutputTextDelta(ResponseOutputTextDeltaEvent event) {
                    throw new IllegalStateException("the UI thread is gone");
                }

                @Override
                public void onHandlerError(ServerEvent event, RuntimeException error) {
                    synchronized (failed) {
                        failed.add(event);
                    }
                }
            };
            try (GaConnection c = ask(Scenarios.ASSISTANT, clumsy, "Hello, who are you?")) {
                c.log.await(ResponseDoneEvent.class, WAIT);
                int deltas = c.log.all(ResponseOutputTextDeltaEvent.class).size();
                assertTrue(deltas > 1);
                synchronized (failed) {
                    assertEquals(deltas, failed.size(), "every throwing call was reported to onHandlerError");
                }
                assertTrue(c.client.isOpen());
            }
        });
    }

    @Test
    void sendAfterCloseFailsClearly() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (GaConnection c = GaConnection.open(stub.server(), Scenarios.ASSISTANT, null)) {
                c.log.await(SessionCreatedEvent.class, WAIT);
                c.client.close(Transport.NORMAL_CLOSURE, "done");
                ExecutionException refused = assertThrows(
                        ExecutionException.class,
                        () -> c.client
                                .sendSessionUpdate(SessionUpdateEvent.builder()
                                        .session(textSession().build())
                                        .build())
                                .toCompletableFuture()
                                .get(WAIT.toSeconds(), TimeUnit.SECONDS));
                assertEquals(ConnectionClosedException.class, refused.getCause().getClass());
                assertEquals(
                        "cannot send SessionUpdateEvent: AzureOpenAiRealtimeClient is closed (closed by this side)",
                        refused.getCause().getMessage());
                CloseStatus status = c.client.closed().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
                assertEquals(Transport.NORMAL_CLOSURE, status.code());
                assertEquals(
                        Transport.NORMAL_CLOSURE,
                        c.server.closed().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS));
            }
        });
    }

    @Test
    void sendBeforeOpenFailsClearly() {
        AzureOpenAiRealtimeClient client = AzureOpenAiRealtimeClient.builder().build();
        ExecutionException refused = assertThrows(
                ExecutionException.class,
                () -> client.sendInputAudioBufferClear(
                                InputAudioBufferClearEvent.builder().build())
                        .toCompletableFuture()
                        .get(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(
                "cannot send InputAudioBufferClearEvent: AzureOpenAiRealtimeClient is not open yet: call open()",
                refused.getCause().getMessage());
    }

    @Test
    void aRefusedHandshakeFailsConnectAndClosed() {
        assertTimeoutPreemptively(LIMIT, () -> {
            // the stub has no recording folder to replay from: it refuses the upgrade
            AzureOpenAiRealtimeClient client = AzureOpenAiRealtimeClient.builder()
                    .endpoint(AzureOpenAiRealtimeEndpoint.builder()
                            .serverUrl(stub.server().url())
                            .model("gpt-realtime")
                            .queryParameter("scenario", Scenarios.REPLAY)
                            .queryParameter("recording", "../outside.jsonl")
                            .build())
                    .build();
            CompletableFuture<?> connecting = client.open().toCompletableFuture();
            assertThrows(ExecutionException.class, () -> connecting.get(WAIT.toSeconds(), TimeUnit.SECONDS));
            assertTrue(client.closed().toCompletableFuture().isCompletedExceptionally());
        });
    }

    /** Opens {@code scenario}, sets a text session, says {@code text} and asks for a response. */
    private static GaConnection ask(String scenario, ServerEventHandler behaviour, String text, String... query)
            throws Exception {
        GaConnection c = GaConnection.open(stub.server(), scenario, behaviour, query);
        c.log.await(SessionCreatedEvent.class, WAIT);
        c.client.sendSessionUpdate(
                SessionUpdateEvent.builder().session(textSession().build()).build());
        c.log.await(SessionUpdatedEvent.class, WAIT);
        c.client.sendConversationItemCreate(userText(text));
        c.client.sendResponseCreate(ResponseCreateEvent.builder().build());
        return c;
    }

    private static String deltas(GaConnection c) {
        return c.log.all(ResponseOutputTextDeltaEvent.class).stream()
                .map(ResponseOutputTextDeltaEvent::delta)
                .collect(Collectors.joining());
    }
}
