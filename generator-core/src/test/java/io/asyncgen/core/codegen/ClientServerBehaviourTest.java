package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.testing.GeneratedCode;
import io.asyncgen.runtime.testing.LoopbackWebSocketServer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the client, server session, endpoint and JDK transport generated from {@link SkeletonSpecs#CHAT}:
 * {@code skeleton/ChatDriver.java} is compiled with them and each scenario returns what happened.
 */
class ClientServerBehaviourTest {
    private static ClassLoader loader;

    @BeforeAll
    static void compileChatWithItsDriver() throws IOException {
        List<GeneratedFile> files = new ArrayList<>(SkeletonSpecs.generate(SkeletonSpecs.CHAT, GeneratedRole.BOTH));
        try (InputStream driver = ClientServerBehaviourTest.class.getResourceAsStream("/skeleton/ChatDriver.java")) {
            files.add(new GeneratedFile(
                    "com/example/gen/ChatDriver.java", new String(driver.readAllBytes(), StandardCharsets.UTF_8)));
        }
        loader = GeneratedCode.load(GeneratedCode.compile(files));
    }

    @Test
    void fragmentedFramesAreReassembledAndEachMessageDispatchedOnceInOrder() {
        assertEquals(
                List.of(
                        "said hello",
                        "left bob",
                        "speech pcm-data",
                        "unknown {\"type\":\"joined\"}",
                        "decode error {not json",
                        "said bye",
                        "listener said hello",
                        "listener said bye"),
                drive("fragmentsAreReassembledAndDispatchedOnceInOrder"));
    }

    @Test
    void sendEncodesInCallOrderBinaryMessagesAsBinaryFramesAndAnIncompleteMessageIsAnIllegalArgument() {
        assertEquals(
                List.of(
                        "{\"type\":\"say\",\"text\":\"hi\"}",
                        "{\"type\":\"leave\"}",
                        "binary pcm",
                        "binary more",
                        "IllegalArgumentException: cannot encode Say: text is required"),
                drive("sendEncodesEachMessageInCallOrder"));
    }

    @Test
    void sendBeforeOpenOrAfterCloseFailsItsStageWithConnectionClosed() {
        assertEquals(
                List.of(
                        "ConnectionClosedException: cannot send Say: ChatClient is not open yet: call open()",
                        "open true",
                        "open false",
                        "ConnectionClosedException: cannot send Say: ChatClient is closed (closed by this side)",
                        "close 1000 "),
                drive("sendingFailsClearlyBeforeOpenAndAfterClose"));
    }

    @Test
    void aCloseByThePeerCompletesClosedReachesTheHandlerAndStopsSending() {
        assertEquals(
                List.of(
                        "closed 4000 room closed",
                        "connection closed 4000 room closed",
                        "ConnectionClosedException: cannot send Say: ChatClient is closed (closed by the peer: 4000 room closed)"),
                drive("aCloseByThePeerCompletesClosedAndStopsSending"));
    }

    @Test
    void serverSessionDispatchesClientMessagesAndSendsServerMessages() {
        assertEquals(
                List.of(
                        "say ping",
                        "leave",
                        "voice mic",
                        "{\"type\":\"said\",\"text\":\"pong\"}",
                        "{\"type\":\"left\",\"who\":\"ann\"}",
                        "binary tts"),
                drive("serverSessionMirrorsTheClient"));
    }

    @Test
    void listenersAndAwaitsSeeTheMessagesTheHandlerSees() {
        assertEquals(List.of("reply echo", "left bob"), drive("listenersAndAwaitSeeWhatTheHandlerSees"));
    }

    @Test
    void endpointBuildsTheHandshakeAndHidesEverySecretInToString() {
        assertEquals(
                List.of(
                        "wss://chat.example.com/eu/rooms/lobby%201?user=ann&version=2&sig=sig-789",
                        "{X-Trace=t1, X-Chat-Key=key-123, Authorization=Bearer tok-456}",
                        "ChatEndpoint[uri=wss://chat.example.com/eu/rooms/lobby%201?user=ann&version=2&sig=****,"
                                + " headers={X-Trace=t1, X-Chat-Key=****, Authorization=****}]",
                        "Handshake[uri=wss://chat.example.com/eu/rooms/lobby%201?user=ann&version=2&sig=****,"
                                + " headers={X-Trace=t1, X-Chat-Key=****, Authorization=****}]"),
                drive("endpoint", null, null));
        assertEquals(
                "wss://chat.example.com/us/rooms/lobby%201?user=ann&version=2&sig=sig-789",
                drive("endpoint", "production", "us").get(0));
    }

    @Test
    void aSuppliedCredentialIsFetchedAgainForEveryHandshake() {
        assertEquals(
                List.of(
                        "Bearer tok-1",
                        "Bearer tok-2",
                        "ChatEndpoint[uri=wss://chat.example.com/eu/rooms/lobby?user=ann&version=2, headers={Authorization=****}]"),
                drive("aSuppliedCredentialIsFetchedForEveryHandshake"));
    }

    @Test
    void endpointNamesEveryMissingOrMalformedSetting() {
        assertEquals(
                "cannot build ChatEndpoint: apiKey(String) was given null (is the environment variable or"
                        + " setting it comes from there?); server variable 'port' is not set; channel parameter 'room' is not set;"
                        + " query parameter 'user' is required: call user(String)",
                call("endpointProblems"));
    }

    @Test
    void endpointRefusesAServerTheDocumentDoesNotName() {
        assertEquals(
                "cannot build ChatEndpoint: server(String): unknown server 'staging'; the document names:"
                        + " production, local",
                call("endpointRefusesAServerTheDocumentDoesNotName"));
    }

    @Test
    void jdkTransportTalksTextAndBinaryToARealWebSocketServer() throws Exception {
        try (LoopbackWebSocketServer server = LoopbackWebSocketServer.start()) {
            CompletableFuture<List<String>> client =
                    CompletableFuture.supplyAsync(() -> drive("talkOverTheJdkTransport", server.url()));
            server.accept();
            server.sendText("{\"type\":\"said\",", false);
            server.sendText("\"text\":\"wel", false);
            server.sendText("come\"}", true);
            server.sendBinary("tts-".getBytes(StandardCharsets.UTF_8), false);
            server.sendBinary("audio".getBytes(StandardCharsets.UTF_8), true);
            String first = server.receiveText();
            byte[] voice = server.receiveBinary();
            String second = server.receiveText();
            server.sendClose(1001, "going away");
            String reply = server.receiveText();

            assertEquals(
                    List.of(
                            "said welcome",
                            "speech tts-audio",
                            "connection closed 1001 going away",
                            "closed 1001 going away",
                            "ConnectionClosedException: cannot send Say: ChatClient is closed (closed by the peer: 1001 going away)"),
                    client.get(20, TimeUnit.SECONDS));
            assertEquals(
                    List.of("{\"type\":\"say\",\"text\":\"hi\"}", "{\"type\":\"say\",\"text\":\"there\"}"),
                    List.of(first, second));
            assertEquals(List.of((byte) 1, (byte) 2, (byte) 3), List.of(voice[0], voice[1], voice[2]));
            assertEquals("close 1001 ", reply);
            assertEquals(
                    "GET /rooms/lobby?user=ann&version=2 HTTP/1.1",
                    server.request().get(0));
            assertEquals(
                    List.of("X-Chat-Key: key-123"),
                    server.request().stream()
                            .filter(h -> h.startsWith("X-Chat-Key"))
                            .toList());
        }
    }

    @Test
    void aRefusedHandshakeFailsOpenAndClosedSayingWhy() throws Exception {
        try (LoopbackWebSocketServer server = LoopbackWebSocketServer.start()) {
            CompletableFuture<List<String>> client =
                    CompletableFuture.supplyAsync(() -> drive("aRefusedHandshakeFailsOpenAndClosed", server.url()));
            server.refuse(401);

            assertEquals(
                    List.of(
                            "open failed: cannot connect to " + server.url()
                                    + "/rooms/lobby?user=ann&version=2&sig=****:"
                                    + " the server refused the WebSocket upgrade with HTTP 401: the server refused the credentials; check the"
                                    + " API key or token, and that it is for this resource",
                            "closed failed: ConnectFailedException",
                            "IllegalStateException: ChatClient was opened or closed before; create a new one"),
                    client.get(20, TimeUnit.SECONDS));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> drive(String scenario, Object... arguments) {
        return (List<String>) call(scenario, arguments);
    }

    private static Object call(String scenario, Object... arguments) {
        try {
            Class<?> driver = Class.forName("com.example.gen.ChatDriver", true, loader);
            Method method = Arrays.stream(driver.getMethods())
                    .filter(m -> m.getName().equals(scenario))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no scenario " + scenario));
            return method.invoke(null, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
