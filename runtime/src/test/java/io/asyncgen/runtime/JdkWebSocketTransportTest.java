package io.asyncgen.runtime;

import static io.asyncgen.runtime.SessionLifecycleTest.failure;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncgen.runtime.testing.LoopbackWebSocketServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The JDK transport against a real (loopback) WebSocket server. */
class JdkWebSocketTransportTest {
    /** Writes down what the transport reports. */
    private static final class Heard implements Transport.Listener {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());
        final CompletableFuture<String> ended = new CompletableFuture<>();

        @Override
        public void onOpen(Transport transport) {
            events.add("open");
        }

        @Override
        public void onText(CharSequence data, boolean last) {
            events.add("text " + data + (last ? "" : " (part)"));
        }

        @Override
        public void onBinary(ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            events.add("binary " + new String(bytes, StandardCharsets.UTF_8) + (last ? "" : " (part)"));
        }

        @Override
        public void onPong(ByteBuffer data) {
            events.add("pong");
        }

        @Override
        public void onClose(int code, String reason) {
            ended.complete("close " + code + " " + reason);
        }

        @Override
        public void onError(Throwable error) {
            ended.complete("error " + error);
        }
    }

    private static Handshake handshake(LoopbackWebSocketServer server) {
        return new Handshake(
                URI.create(server.url() + "/audio?token=secret-1"), Map.of("api-key", "secret-2"), Set.of(), Set.of());
    }

    @Test
    void textAndBinaryMessagesGoBothWaysAndFragmentsArriveWhole() throws Exception {
        try (LoopbackWebSocketServer server = LoopbackWebSocketServer.start()) {
            Heard heard = new Heard();
            CompletionStage<Transport> connecting =
                    JdkWebSocketTransport.connector(Duration.ofSeconds(10)).connect(handshake(server), heard);
            server.accept();
            Transport transport = connecting.toCompletableFuture().get(10, TimeUnit.SECONDS);

            transport.sendBinary(ByteBuffer.wrap(new byte[] {1, 2, 3}));
            transport.sendText("{\"type\":\"hi\"}");
            byte[] audio = server.receiveBinary();
            String text = server.receiveText();
            server.sendBinary("pcm-".getBytes(StandardCharsets.UTF_8), false);
            server.sendBinary("chunk".getBytes(StandardCharsets.UTF_8), true);
            server.sendText("{\"a\":", false);
            server.sendText("1}", true);
            server.sendClose(1000, "done");

            assertEquals("close 1000 done", heard.ended.get(10, TimeUnit.SECONDS));
            assertArrayEquals(new byte[] {1, 2, 3}, audio);
            assertEquals("{\"type\":\"hi\"}", text);
            assertEquals(List.of("open", "binary pcm-chunk", "text {\"a\":1}"), heard.events);
            assertEquals("GET /audio?token=secret-1 HTTP/1.1", server.request().get(0));
            assertInstanceOf(ConnectionClosedException.class, failure(transport.sendText("late")));
        }
    }

    @Test
    void aRefusedUpgradeNamesTheUrlWithoutSecretsTheStatusAndWhatItMeans() throws Exception {
        try (LoopbackWebSocketServer server = LoopbackWebSocketServer.start()) {
            CompletionStage<Transport> connecting =
                    JdkWebSocketTransport.connector(Duration.ofSeconds(10)).connect(handshake(server), new Heard());
            server.refuse(401);
            Throwable failure = failure(connecting);

            assertInstanceOf(ConnectFailedException.class, failure);
            assertEquals(
                    "cannot connect to " + server.url() + "/audio?token=****: the server refused the WebSocket upgrade"
                            + " with HTTP 401: the server refused the credentials; check the API key or token, and that it is for this"
                            + " resource",
                    failure.getMessage());
            assertEquals(401, ((ConnectFailedException) failure).httpStatus().getAsInt());
        }
    }

    @Test
    void aServerThatAcceptsTcpButNeverAnswersTheUpgradeTimesOut() throws Exception {
        try (LoopbackWebSocketServer server = LoopbackWebSocketServer.start()) {
            CompletionStage<Transport> connecting =
                    JdkWebSocketTransport.connector(Duration.ofMillis(500)).connect(handshake(server), new Heard());
            server.acceptAndHang();
            Throwable failure = failure(connecting);

            assertEquals(
                    "cannot connect to " + server.url() + "/audio?token=****: no answer to the WebSocket upgrade"
                            + " within 500 ms",
                    failure.getMessage());
        }
    }

    @Test
    void aRefusedConnectionSaysSo() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        Handshake handshake = Handshake.of(URI.create("ws://127.0.0.1:" + port + "/x"));
        Throwable failure =
                failure(JdkWebSocketTransport.connector(Duration.ofSeconds(10)).connect(handshake, new Heard()));
        assertEquals(
                "cannot connect to ws://127.0.0.1:" + port + "/x: connection refused (is the server running, is the"
                        + " port right?)",
                failure.getMessage());
    }

    @Test
    void aPingIsAnsweredWithAPong() throws Exception {
        try (LoopbackWebSocketServer server = LoopbackWebSocketServer.start()) {
            Heard heard = new Heard();
            CompletionStage<Transport> connecting =
                    JdkWebSocketTransport.connector().connect(handshake(server), heard);
            server.accept();
            Transport transport = connecting.toCompletableFuture().get(10, TimeUnit.SECONDS);
            transport.sendPing(ByteBuffer.allocate(0));
            transport.sendText("after the ping");
            assertEquals("after the ping", server.receiveText());
            server.sendClose(1000, "");
            heard.ended.get(10, TimeUnit.SECONDS);
            assertTrue(heard.events.contains("pong"), heard.events.toString());
        }
    }

    @Test
    void aConnectionDroppedWithoutACloseFrameIsReportedAsAnError() throws Exception {
        try (LoopbackWebSocketServer server = LoopbackWebSocketServer.start()) {
            Heard heard = new Heard();
            CompletionStage<Transport> connecting =
                    JdkWebSocketTransport.connector().connect(handshake(server), heard);
            server.accept();
            connecting.toCompletableFuture().get(10, TimeUnit.SECONDS);
            server.sendText("{\"before\":\"the drop\"}", true);
            // the drop comes when the client waits for the next frame, as on a network that fails between messages
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (heard.events.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            server.drop();
            String ended = heard.ended.get(10, TimeUnit.SECONDS);
            assertEquals(
                    "error java.io.IOException: the connection to " + server.url()
                            + "/audio?token=**** dropped without a" + " closing handshake (1006)",
                    ended);
            assertEquals(List.of("open", "text {\"before\":\"the drop\"}"), heard.events);
        }
    }

    @Test
    void toStringLeavesTheQueryOut() throws Exception {
        try (LoopbackWebSocketServer server = LoopbackWebSocketServer.start()) {
            CompletionStage<Transport> connecting =
                    JdkWebSocketTransport.connector().connect(handshake(server), new Heard());
            server.accept();
            Transport transport = connecting.toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertEquals("JdkWebSocketTransport[" + server.url() + "/audio?token=****]", transport.toString());
        }
    }
}
