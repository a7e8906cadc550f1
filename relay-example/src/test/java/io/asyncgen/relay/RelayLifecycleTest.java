package io.asyncgen.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncgen.relay.azure.AzureRealtimeProtocol;
import io.asyncgen.relay.azure.generated.ClientEvent;
import io.asyncgen.relay.azure.generated.ServerEvent;
import io.asyncgen.runtime.CloseStatus;
import io.asyncgen.runtime.ConnectFailedException;
import io.asyncgen.runtime.Frame;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The relay's two connections live and end together: opening, failing, closing, with the codes passed on. */
class RelayLifecycleTest {
    private ScriptedUpstream upstream;
    private Relay<ClientEvent, ServerEvent> relay;
    private final Relays.Heard heard = new Relays.Heard();

    @BeforeEach
    void startUpstream() throws Exception {
        upstream = new ScriptedUpstream();
    }

    @AfterEach
    void stop() throws Exception {
        if (relay != null) {
            relay.close();
        }
        upstream.close();
    }

    @Test
    void whatAClientSendsBeforeUpstreamIsOpenWaitsAndArrivesInOrder() throws Exception {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        upstream.holdUpgradesUntil(gate);
        relay = Relays.to(upstream, heard).start();
        RawClient client = Relays.client(relay);

        client.sendText(
                "{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\"}}", "{\"type\":\"response.create\"}");
        client.sendBinary(new byte[] {1, 2, 3});
        gate.complete(null);

        ScriptedUpstream.Connection service = upstream.next();
        assertEquals(
                List.of(
                        Frame.text("{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\"}}"),
                        Frame.text("{\"type\":\"response.create\"}"),
                        Frame.binary(ByteBuffer.wrap(new byte[] {1, 2, 3}))),
                service.received.await(3));
    }

    @Test
    void anUpstreamThatRefusesTheConnectionClosesTheClientWith1014AndTheStatus() throws Exception {
        upstream.refuseWith(401);
        relay = Relays.to(upstream, heard).start();
        RawClient client = Relays.client(relay);

        assertEquals(new CloseStatus(1014, "upstream refused the connection: HTTP 401"), client.awaitClosed());
        Ending.UpstreamFailed failed = assertInstanceOf(Ending.UpstreamFailed.class, awaitEnding());
        assertEquals(401, ((ConnectFailedException) failed.error()).httpStatus().getAsInt());
    }

    @Test
    void anUpstreamThatIsNotThereClosesTheClientWith1014() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        relay = Relay.builder(AzureRealtimeProtocol.to(Relays.endpoint("ws://127.0.0.1:" + closedPort)))
                .clientCheck(ClientCheck.anyone())
                .observer(heard)
                .start();
        RawClient client = Relays.client(relay);

        assertEquals(new CloseStatus(1014, "upstream unreachable"), client.awaitClosed());
        assertInstanceOf(Ending.UpstreamFailed.class, awaitEnding());
    }

    @Test
    void theUpstreamsCloseCodeAndReasonReachTheClientAfterEverythingItSent() throws Exception {
        relay = Relays.to(upstream, heard).start();
        RawClient client = Relays.client(relay);
        ScriptedUpstream.Connection service = upstream.next();

        service.sendText(
                "{\"type\":\"response.output_text.delta\",\"delta\":\"a\"}",
                "{\"type\":\"response.output_text.delta\",\"delta\":\"b\"}");
        service.close(1011, "stub: server closed mid-response");

        assertEquals(new CloseStatus(1011, "stub: server closed mid-response"), client.awaitClosed());
        assertEquals(2, client.received.all().size(), "the deltas sent before the close");
        assertEquals(
                new Ending.UpstreamClosed(new CloseStatus(1011, "stub: server closed mid-response")), awaitEnding());
    }

    @Test
    void anUpstreamThatDropsClosesTheClientWith1014() throws Exception {
        relay = Relays.to(upstream, heard).start();
        RawClient client = Relays.client(relay);
        ScriptedUpstream.Connection service = upstream.next();
        service.opened.get(5, TimeUnit.SECONDS);

        service.drop();

        assertEquals(new CloseStatus(1014, "upstream connection failed"), client.awaitClosed());
        assertInstanceOf(Ending.UpstreamFailed.class, awaitEnding());
    }

    @Test
    void aClientThatClosesClosesUpstreamWithItsCodeAndReason() throws Exception {
        relay = Relays.to(upstream, heard).start();
        RawClient client = Relays.client(relay);
        ScriptedUpstream.Connection service = upstream.next();
        client.sendText("{\"type\":\"input_audio_buffer.clear\"}");
        service.received.await(1);

        client.close(4001, "the user hung up");

        assertEquals(new CloseStatus(4001, "the user hung up"), service.awaitClosed());
        assertEquals(new CloseStatus(4001, "the user hung up"), client.awaitClosed());
        assertEquals(new Ending.ClientClosed(new CloseStatus(4001, "the user hung up")), awaitEnding());
        assertTrue(waitUntilNoConnections(), "still open: " + relay.connections());
    }

    @Test
    void aClientThatDropsClosesUpstreamWith1001() throws Exception {
        relay = Relays.to(upstream, heard).start();
        RawClient client = Relays.client(relay);
        ScriptedUpstream.Connection service = upstream.next();
        client.sendText("{\"type\":\"input_audio_buffer.clear\"}");
        service.received.await(1);

        client.drop();

        assertEquals(1001, service.awaitClosed().code());
        assertInstanceOf(Ending.ClientFailed.class, awaitEnding());
    }

    @Test
    void closingTheRelayClosesBothSidesWith1001() throws Exception {
        relay = Relays.to(upstream, heard).start();
        RawClient client = Relays.client(relay);
        ScriptedUpstream.Connection service = upstream.next();
        service.opened.get(5, TimeUnit.SECONDS);

        relay.close();
        relay = null;

        assertEquals(new CloseStatus(1001, "the relay is shutting down"), client.awaitClosed());
        assertEquals(new CloseStatus(1001, "the relay is shutting down"), service.awaitClosed());
    }

    @Test
    void onlyClientsWithTheApplicationsTokenGetInAndTheServiceSeesOnlyTheRelaysKey() throws Exception {
        relay = Relay.builder(AzureRealtimeProtocol.to(Relays.endpoint(upstream.url())))
                .clientCheck(ClientCheck.token(() -> "app-session-token"))
                .observer(heard)
                .start();
        String url = relay.url() + Relays.PATH;

        for (Map<String, String> wrong : List.of(
                Map.<String, String>of(),
                Map.of("Authorization", "Bearer nope"),
                Map.of("api-key", Relays.UPSTREAM_KEY))) {
            Exception refused =
                    Assertions.assertThrows(Exception.class, () -> RawClient.connect(url, wrong, List.of()));
            assertTrue(
                    String.valueOf(refused.getCause().getCause()).contains("401"),
                    wrong + ": " + refused.getCause().getCause());
        }
        assertFalse(upstream.hasUntaken(), "a refused client opened an upstream connection");

        RawClient bearer = RawClient.connect(url, Map.of("Authorization", "Bearer app-session-token"), List.of());
        ScriptedUpstream.Connection first = upstream.next();
        RawClient browser =
                RawClient.connect(url, Map.of(), List.of("realtime", "openai-insecure-api-key.app-session-token"));
        ScriptedUpstream.Connection second = upstream.next();

        assertEquals("realtime", browser.subprotocol());
        for (ScriptedUpstream.Connection service : List.of(first, second)) {
            assertEquals(Relays.UPSTREAM_KEY, service.headers.get("api-key"));
            assertFalse(service.headers.toString().contains("app-session-token"), service.headers.toString());
            assertEquals("/openai/v1/realtime?model=gpt-realtime", service.pathAndQuery);
        }
        bearer.close(1000, "");
        browser.close(1000, "");
        assertEquals(new CloseStatus(1000, ""), first.awaitClosed());
        assertEquals(new CloseStatus(1000, ""), second.awaitClosed());
        assertEquals(new CloseStatus(1000, ""), bearer.awaitClosed());
        assertEquals(new CloseStatus(1000, ""), browser.awaitClosed());
        assertTrue(waitUntilNoConnections(), "still open: " + relay.connections());
    }

    private Ending awaitEnding() throws InterruptedException {
        long deadline = System.nanoTime() + ScriptedUpstream.WAIT.toNanos();
        while (heard.endings.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(1, heard.endings.size(), "endings: " + heard.endings);
        return heard.endings.get(0);
    }

    private boolean waitUntilNoConnections() throws InterruptedException {
        long deadline = System.nanoTime() + ScriptedUpstream.WAIT.toNanos();
        while (!relay.connections().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return relay.connections().isEmpty();
    }
}
