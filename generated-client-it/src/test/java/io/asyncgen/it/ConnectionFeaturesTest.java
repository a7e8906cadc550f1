package io.asyncgen.it;

import static io.asyncgen.it.ConversationTest.textSession;
import static io.asyncgen.it.ConversationTest.userText;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncgen.it.azure.AzureOpenAiRealtimeClient;
import io.asyncgen.it.azure.AzureOpenAiRealtimeEndpoint;
import io.asyncgen.it.azure.RealtimeSession;
import io.asyncgen.it.azure.ResponseCreateEvent;
import io.asyncgen.it.azure.ResponseDoneEvent;
import io.asyncgen.it.azure.ResponseOutputTextDeltaEvent;
import io.asyncgen.it.azure.ServerEvent;
import io.asyncgen.it.azure.ServerEventHandler;
import io.asyncgen.it.azure.SessionCreatedEvent;
import io.asyncgen.it.azure.SessionUpdateEvent;
import io.asyncgen.it.azure.SessionUpdatedEvent;
import io.asyncgen.it.echo.AudioEchoClient;
import io.asyncgen.it.echo.AudioEchoEndpoint;
import io.asyncgen.it.echo.EchoAudio;
import io.asyncgen.it.echo.FlushPayload;
import io.asyncgen.it.echo.FlushedPayload;
import io.asyncgen.it.stub.Credential;
import io.asyncgen.it.stub.JettySocket;
import io.asyncgen.it.stub.Scenarios;
import io.asyncgen.it.stub.StubServer;
import io.asyncgen.runtime.CloseStatus;
import io.asyncgen.runtime.ConnectFailedException;
import io.asyncgen.runtime.ReconnectPolicy;
import io.asyncgen.runtime.SessionState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The connection features of the generated clients against the stub server (a real WebSocket
 * server on loopback, built on the generated server code): binary frames, credentials fetched per
 * connect, timeouts, refused upgrades, failures reaching the handler, reconnecting, listeners and
 * awaits. Every wait is bounded.
 */
class ConnectionFeaturesTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final StubServerExtension stub = StubServerExtension.withoutRecordings();

    @Test
    void binaryAudioGoesBothWaysBesideJsonEvents() {
        assertTimeoutPreemptively(LIMIT, () -> {
            AudioEchoClient client = AudioEchoClient.builder()
                    .endpoint(AudioEchoEndpoint.builder()
                            .serverUrl(stub.server().url())
                            .bearerToken("echo-token")
                            .build())
                    .build();
            List<byte[]> echoed = Collections.synchronizedList(new ArrayList<>());
            client.on(EchoAudio.class, audio -> echoed.add(audio.bytes()));
            client.open().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);

            byte[] first = {0, 1, 2, 3, -1, -128, 127};
            byte[] second = new byte[70_000];
            for (int i = 0; i < second.length; i++) {
                second[i] = (byte) (i * 31);
            }
            client.sendAudio(first);
            client.sendAudio(ByteBuffer.wrap(second));
            FlushedPayload flushed = client.sendAndAwait(FlushPayload.builder().build(), FlushedPayload.class, WAIT)
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            client.close();

            byte[] all = new byte[first.length + second.length];
            System.arraycopy(first, 0, all, 0, first.length);
            System.arraycopy(second, 0, all, first.length, second.length);
            assertEquals(all.length, flushed.bytes());
            assertEquals(1, echoed.size(), "one binary frame back, before the JSON event that follows it");
            assertArrayEquals(all, echoed.get(0));
        });
    }

    @Test
    void aCredentialSupplierIsCalledOnEveryConnectAndTheReconnectRestoresTheSession() {
        assertTimeoutPreemptively(LIMIT, () -> {
            AtomicInteger keys = new AtomicInteger();
            String conn = "reconnect-" + System.nanoTime();
            AzureOpenAiRealtimeEndpoint endpoint = AzureOpenAiRealtimeEndpoint.builder()
                    .serverUrl(stub.server().url())
                    .model("gpt-realtime")
                    .apiKey(() -> "rotating-key-" + keys.incrementAndGet())
                    .queryParameter("scenario", Scenarios.RESTART_AFTER_UPDATE)
                    .queryParameter("conn", conn)
                    .build();
            SessionUpdateEvent configuration = SessionUpdateEvent.builder()
                    .session(textSession().instructions("Answer in one word.").build())
                    .build();
            Dispatched log = new Dispatched();
            CompletableFuture<SessionUpdatedEvent> restored = new CompletableFuture<>();
            AzureOpenAiRealtimeClient client = AzureOpenAiRealtimeClient.builder()
                    .endpoint(endpoint)
                    .handler(log.handler(ServerEventHandler.class, null))
                    .reconnect(ReconnectPolicy.defaults().backoff(Duration.ofMillis(10), Duration.ofMillis(100), 2.0))
                    .onReconnect(reconnected -> reconnected
                            .sendAndAwait(configuration, SessionUpdatedEvent.class, WAIT)
                            .whenComplete((updated, failure) -> {
                                if (failure != null) {
                                    restored.completeExceptionally(failure);
                                } else {
                                    restored.complete(updated);
                                }
                            }))
                    .build();
            client.open().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            client.sendAndAwait(configuration, SessionUpdatedEvent.class, WAIT).get(WAIT.toSeconds(), TimeUnit.SECONDS);

            SessionUpdatedEvent afterRestart = restored.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertEquals("Answer in one word.", ((RealtimeSession) afterRestart.session()).instructions());
            List<JettySocket> sockets = stub.server().connections().stream()
                    .filter(s -> conn.equals(s.query("conn", "")))
                    .toList();
            assertEquals(
                    List.of("rotating-key-1", "rotating-key-2"),
                    sockets.stream().map(s -> s.headers().get("api-key")).toList());
            assertTrue(
                    sockets.get(1).received().get(0).contains("Answer in one word."),
                    "the callback re-sent the configuration");
            assertEquals(
                    List.of(new Dispatched.Call(
                            "onConnectionClosed", new CloseStatus(Scenarios.RESTART_CODE, Scenarios.RESTART_REASON))),
                    log.connectionEvents());
            assertEquals(SessionState.OPEN, client.state());
            assertEquals(2, log.all(SessionCreatedEvent.class).size(), "one greeting per connection");
            client.close(1000, "done");
            assertEquals(
                    new CloseStatus(1000, "done"),
                    client.closed().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS));
        });
    }

    @Test
    void aServerThatAcceptsTcpButNeverAnswersTheUpgradeFailsAfterTheConnectTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> {
                try {
                    return silent.accept();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Dispatched log = new Dispatched();
            AzureOpenAiRealtimeClient client = AzureOpenAiRealtimeClient.builder()
                    .endpoint(AzureOpenAiRealtimeEndpoint.builder()
                            .serverUrl("ws://127.0.0.1:" + silent.getLocalPort())
                            .model("gpt-realtime")
                            .apiKey("secret-key")
                            .build())
                    .handler(log.handler(ServerEventHandler.class, null))
                    .connectTimeout(Duration.ofMillis(800))
                    .build();

            ExecutionException failed = assertThrows(
                    ExecutionException.class,
                    () -> client.open().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS));
            accepted.get(WAIT.toSeconds(), TimeUnit.SECONDS).close();

            assertInstanceOf(ConnectFailedException.class, failed.getCause());
            assertEquals(
                    "cannot connect to ws://127.0.0.1:" + silent.getLocalPort()
                            + "/openai/v1/realtime?model=gpt-realtime:"
                            + " no answer to the WebSocket upgrade within 800 ms",
                    failed.getCause().getMessage());
            assertEquals(failed.getCause(), failure(client.closed()));
            assertEquals(
                    List.of("onConnectionFailed"),
                    log.connectionEvents().stream().map(Dispatched.Call::method).toList());
        }
    }

    @Test
    void anUpgradeRefusedWith401SaysTheCredentialsWereRefused() throws Exception {
        try (StubServer checking = StubServer.builder()
                .credential(Credential.secret("the-right-key"))
                .start()) {
            AzureOpenAiRealtimeClient client = AzureOpenAiRealtimeClient.builder()
                    .endpoint(AzureOpenAiRealtimeEndpoint.builder()
                            .serverUrl(checking.url())
                            .model("gpt-realtime")
                            .apiKey("a-wrong-key")
                            .build())
                    .build();
            ExecutionException failed = assertThrows(
                    ExecutionException.class,
                    () -> client.open().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS));

            ConnectFailedException refused = assertInstanceOf(ConnectFailedException.class, failed.getCause());
            assertEquals(401, refused.httpStatus().getAsInt());
            assertEquals(
                    "cannot connect to " + checking.url() + "/openai/v1/realtime?model=gpt-realtime: the server refused"
                            + " the WebSocket upgrade with HTTP 401: the server refused the credentials; check the API key or token, and"
                            + " that it is for this resource",
                    refused.getMessage());
            assertTrue(!refused.getMessage().contains("a-wrong-key")
                    && !String.valueOf(client).contains("a-wrong-key"));
        }
    }

    @Test
    void aNetworkFailureReachesTheHandlerAndFailsClosed() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (TcpProxy network = TcpProxy.start(stub.server().uri().getPort())) {
                Dispatched log = new Dispatched();
                // with keep-alive pings, as docs/generated-api.md recommends: the JDK's WebSocket may miss a drop
                // that comes while a message is handled, a missing pong never is
                AzureOpenAiRealtimeClient client = AzureOpenAiRealtimeClient.builder()
                        .endpoint(AzureOpenAiRealtimeEndpoint.builder()
                                .serverUrl(network.url())
                                .model("gpt-realtime")
                                .build())
                        .handler(log.handler(ServerEventHandler.class, null))
                        .pingInterval(Duration.ofMillis(500))
                        .connect()
                        .toCompletableFuture()
                        .get(WAIT.toSeconds(), TimeUnit.SECONDS);
                log.await(SessionCreatedEvent.class, WAIT);
                network.cut();

                Throwable failure = failure(client.closed());
                assertTrue(
                        List.of(
                                        "the connection to " + network.url()
                                                + "/openai/v1/realtime?model=gpt-realtime dropped"
                                                + " without a closing handshake (1006)",
                                        "no pong within 500 ms: the connection is dead")
                                .contains(failure.getMessage()),
                        failure.getMessage());
                assertEquals(List.of(new Dispatched.Call("onConnectionFailed", failure)), log.connectionEvents());
                assertEquals(SessionState.CLOSED, client.state());
            }
        });
    }

    @Test
    void awaitCompletesWithTheNextMatchingEventOrTimesOut() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (GaConnection c = GaConnection.open(stub.server(), Scenarios.ASSISTANT, null)) {
                c.log.await(SessionCreatedEvent.class, WAIT);
                SessionUpdatedEvent updated = c.client
                        .sendAndAwait(
                                SessionUpdateEvent.builder()
                                        .session(textSession()
                                                .instructions("Be brief.")
                                                .build())
                                        .build(),
                                SessionUpdatedEvent.class,
                                WAIT)
                        .get(WAIT.toSeconds(), TimeUnit.SECONDS);
                assertEquals("Be brief.", ((RealtimeSession) updated.session()).instructions());

                CompletableFuture<ResponseDoneEvent> nothingAsked =
                        c.client.next(ResponseDoneEvent.class, Duration.ofMillis(300));
                ExecutionException timedOut = assertThrows(
                        ExecutionException.class, () -> nothingAsked.get(WAIT.toSeconds(), TimeUnit.SECONDS));
                assertInstanceOf(TimeoutException.class, timedOut.getCause());
                assertEquals(
                        "no ResponseDoneEvent arrived within 300 ms",
                        timedOut.getCause().getMessage());

                CompletableFuture<ResponseDoneEvent> done = c.client.next(ResponseDoneEvent.class, WAIT);
                c.client.sendConversationItemCreate(userText("Hello, who are you?"));
                c.client.sendResponseCreate(ResponseCreateEvent.builder().build());
                assertEquals(
                        "completed",
                        done.get(WAIT.toSeconds(), TimeUnit.SECONDS)
                                .response()
                                .status()
                                .value());
            }
        });
    }

    @Test
    void aThrowingListenerIsReportedAndNeitherTheOtherListenersNorTheConversationStop() {
        assertTimeoutPreemptively(LIMIT, () -> {
            List<String> handlerErrors = Collections.synchronizedList(new ArrayList<>());
            ServerEventHandler reporting = new ServerEventHandler() {
                @Override
                public void onHandlerError(ServerEvent event, RuntimeException error) {
                    handlerErrors.add(event.type() + ": " + error.getMessage());
                }
            };
            try (GaConnection c = GaConnection.open(stub.server(), Scenarios.ASSISTANT, reporting)) {
                List<String> deltas = Collections.synchronizedList(new ArrayList<>());
                c.client.on(ResponseOutputTextDeltaEvent.class, delta -> {
                    throw new IllegalStateException("listener failed on '" + delta.delta() + "'");
                });
                c.client.on(ResponseOutputTextDeltaEvent.class, delta -> deltas.add(delta.delta()));
                c.log.await(SessionCreatedEvent.class, WAIT);
                c.client
                        .sendAndAwait(
                                SessionUpdateEvent.builder()
                                        .session(textSession().build())
                                        .build(),
                                SessionUpdatedEvent.class,
                                WAIT)
                        .get(WAIT.toSeconds(), TimeUnit.SECONDS);
                CompletableFuture<ResponseDoneEvent> done = c.client.next(ResponseDoneEvent.class, WAIT);
                c.client.sendConversationItemCreate(userText("Hello, who are you?"));
                c.client.sendResponseCreate(ResponseCreateEvent.builder().build());
                done.get(WAIT.toSeconds(), TimeUnit.SECONDS);

                List<ResponseOutputTextDeltaEvent> dispatched = c.log.all(ResponseOutputTextDeltaEvent.class);
                assertTrue(dispatched.size() > 1);
                assertEquals(
                        dispatched.stream()
                                .map(ResponseOutputTextDeltaEvent::delta)
                                .toList(),
                        deltas);
                assertEquals(
                        dispatched.stream()
                                .map(d -> "response.output_text.delta: listener failed on '" + d.delta() + "'")
                                .toList(),
                        handlerErrors);
            }
        });
    }

    private static Throwable failure(CompletionStage<?> stage) {
        ExecutionException e = assertThrows(
                ExecutionException.class, () -> stage.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS));
        return e.getCause();
    }
}
