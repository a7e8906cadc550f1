package io.asyncgen.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.asyncgen.it.stub.Credential;
import io.asyncgen.it.stub.JettySocket;
import io.asyncgen.it.stub.Scenarios;
import io.asyncgen.it.stub.SelfSignedCertificate;
import io.asyncgen.it.stub.StubServer;
import io.asyncgen.relay.ClientCheck;
import io.asyncgen.relay.Relay;
import io.asyncgen.relay.azure.AzureRealtimeProtocol;
import io.asyncgen.relay.azure.InstructionsInjection;
import io.asyncgen.relay.azure.generated.AzureOpenAiRealtimeEndpoint;
import io.asyncgen.relay.azure.generated.ClientEvent;
import io.asyncgen.relay.azure.generated.ServerEvent;
import io.asyncgen.relay.azure.generated.SessionUpdateEvent;
import io.asyncgen.runtime.Frame;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official OpenAI SDKs for Node.js talk to the stub server through the relay example
 * ({@code relay-example}): browser-like clients with the application's token connect to the
 * relay over {@code wss://}; the relay holds the service's key and connects to the stub over
 * {@code wss://}. {@code clients/wire-capture.mjs} records every message the SDK sent and
 * received; the stub records every message it received and sent. Every one of them, known or
 * unknown, must arrive on the other side equal as JSON with numbers as written, in order; a hook
 * that changes one event changes that event only, and only where it says.
 */
class RelayInteropTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONVERSATION_LIMIT = Duration.ofMinutes(2);
    private static final String CLIENT_TOKEN = "browser-session-token";
    private static final String SERVICE_KEY = "service-key-only-the-relay-holds";
    private static final String POLICY = "Never quote prices.";
    /** A client event no document declares; the stub answers it with an error event, which must come back too. */
    private static final String UNDECLARED_EVENT =
            "{\"type\":\"relay.probe\",\"n\":1.5,\"nested\":{\"list\":[1,2.25]}}";

    private static final Path OUTPUT = Path.of(System.getProperty("interop.output", "target/interop"))
            .toAbsolutePath()
            .resolve("relay");

    private static NodeProject node;
    private static SelfSignedCertificate certificate;

    @BeforeAll
    static void installClientsAndMakeACertificate() throws Exception {
        node = NodeProject.installed();
        Files.createDirectories(OUTPUT);
        certificate = SelfSignedCertificate.create(OUTPUT);
    }

    /** The agents SDK, text: the service also sends events no document declares (between text deltas); they pass too. */
    @Test
    void agentsSdkTextWithUndeclaredServerEvents() throws Exception {
        Conversation seen = converse("agents", "text", Scenarios.UNKNOWN_EVENT, false, Map.of());

        assertSameBothWays(seen, UnaryOperator.identity());
        assertTrue(
                seen.clientReceived().stream().anyMatch(frame -> type(frame).equals(Scenarios.UNKNOWN_EVENT_TYPE)),
                "the undeclared server events reached the SDK");
    }

    /** {@code OpenAIRealtimeWS.azure}, audio: the spoken turn's append events and the audio deltas pass unchanged. */
    @Test
    void openaiAzureSdkAudio() throws Exception {
        Conversation seen = converse("openai-azure", "audio", Scenarios.ASSISTANT, false, Map.of());

        assertSameBothWays(seen, UnaryOperator.identity());
        assertTrue(seen.clientSent().stream()
                        .filter(frame -> type(frame).equals("input_audio_buffer.append"))
                        .count()
                >= 13);
    }

    /**
     * {@code OpenAIRealtimeWS} with {@link InstructionsInjection} on the relay, and one client event no
     * document declares: the {@code session.update} reaches the service with the application's
     * instructions in front of the SDK's, everything else in it as the SDK wrote it; every other
     * event is untouched.
     */
    @Test
    void openaiSdkWithTheInstructionsHookAndAnUndeclaredClientEvent() throws Exception {
        Conversation seen = converse(
                "openai", "text", Scenarios.ASSISTANT, true, Map.of("CONVERSATION_EXTRA_EVENT", UNDECLARED_EVENT));

        int[] changed = {0};
        assertSameBothWays(seen, frame -> {
            if (!type(frame).equals(SessionUpdateEvent.TYPE)) {
                return frame;
            }
            changed[0]++;
            JsonNode update = WireRecord.json(((Frame.Text) frame).text());
            ObjectNode session = (ObjectNode) update.get("session");
            session.put(
                    "instructions",
                    POLICY + "\n\n" + session.get("instructions").asText());
            return Frame.text(update.toString());
        });
        assertEquals(1, changed[0], "session.update events the SDK sent");
        assertTrue(
                seen.service().received().contains(UNDECLARED_EVENT),
                "the undeclared event reached the service as sent");
        assertEquals(
                1,
                seen.report().get("errors").size(),
                "the service's one error event, answering the undeclared event: "
                        + seen.report().get("errors"));
    }

    /** What one conversation left: the SDK's record of the wire, the stub's socket, the SDK script's report. */
    private record Conversation(
            List<Frame> clientSent, List<Frame> clientReceived, JettySocket service, JsonNode report) {}

    private static Conversation converse(
            String client, String mode, String scenario, boolean hook, Map<String, String> extraEnv) throws Exception {
        try (StubServer stub = StubServer.builder()
                        .tls(certificate)
                        .credential(Credential.secret(SERVICE_KEY))
                        .start();
                Relay<ClientEvent, ServerEvent> relay = relay(stub, scenario, hook)) {
            String name = client + "-" + mode;
            Path report = OUTPUT.resolve(name + ".json");
            Path wire = OUTPUT.resolve(name + ".wire.jsonl");
            Files.deleteIfExists(report);
            Files.deleteIfExists(wire);
            Map<String, String> env = new HashMap<>(Map.of(
                    "STUB_API_KEY",
                    CLIENT_TOKEN,
                    "NODE_EXTRA_CA_CERTS",
                    certificate.pem().toString(),
                    "WIRE_CAPTURE",
                    wire.toString()));
            env.putAll(extraEnv);
            NodeProject.Run run = node.node(
                    List.of(
                            "--import",
                            "./clients/wire-capture.mjs",
                            "clients/conversation.mjs",
                            "--client",
                            client,
                            "--mode",
                            mode,
                            "--server",
                            relay.tlsUrl(),
                            "--report",
                            report.toString()),
                    env,
                    CONVERSATION_LIMIT);
            Files.writeString(OUTPUT.resolve(name + ".log"), run.output());
            String printed = "\nnode " + node.nodeVersion() + " printed:\n" + run.output();
            assertEquals(0, run.exitCode(), "the conversation through the relay did not complete" + printed);

            assertEquals(1, stub.connections().size(), printed);
            JettySocket service = stub.connections().get(0);
            service.closed().toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertEquals(
                    SERVICE_KEY,
                    service.headers().get("api-key"),
                    "the relay's key, in the header the GA endpoint uses");
            assertFalse(
                    service.headers().values().stream().anyMatch(value -> value.contains(CLIENT_TOKEN)),
                    "the client's token went upstream: " + service.headers().keySet());
            WireRecord record = WireRecord.read(wire);
            return new Conversation(record.sent(), record.received(), service, JSON.readTree(report.toFile()));
        }
    }

    private static Relay<ClientEvent, ServerEvent> relay(StubServer stub, String scenario, boolean hook)
            throws Exception {
        AzureOpenAiRealtimeEndpoint endpoint = AzureOpenAiRealtimeEndpoint.builder()
                .serverUrl(stub.tlsUrl())
                .model("gpt-realtime")
                .apiKey(SERVICE_KEY)
                .queryParameter("scenario", scenario)
                .build();
        Relay.Builder<ClientEvent, ServerEvent> relay = Relay.builder(AzureRealtimeProtocol.to(endpoint))
                .tls("127.0.0.1", 0, certificate.keyStore(), certificate.password())
                .upstreamHttpClient(HttpClient.newBuilder()
                        .sslContext(certificate.trustingContext())
                        .build())
                .clientCheck(ClientCheck.token(() -> CLIENT_TOKEN));
        if (hook) {
            relay.onClientEvent(SessionUpdateEvent.class, InstructionsInjection.prefix(POLICY));
        }
        return relay.start();
    }

    /**
     * Every message the SDK sent reached the service, changed by {@code hookChange} only, and every
     * message the service sent reached the SDK: same count, same order, equal as JSON with numbers
     * as written.
     */
    private static void assertSameBothWays(Conversation seen, UnaryOperator<Frame> hookChange) {
        List<Frame> expectedUpstream = new ArrayList<>();
        seen.clientSent().forEach(frame -> expectedUpstream.add(hookChange.apply(frame)));
        List<Frame> upstreamReceived =
                seen.service().received().stream().map(Frame::text).toList();
        assertNull(WireRecord.firstDifference(expectedUpstream, upstreamReceived), "client -> relay -> service");
        assertNull(
                WireRecord.firstDifference(seen.service().sent(), seen.clientReceived()), "service -> relay -> client");
        assertTrue(
                seen.clientSent().size() > 5 && seen.clientReceived().size() > 30,
                seen.clientSent().size() + " sent, " + seen.clientReceived().size() + " received");
    }

    private static String type(Frame frame) {
        return frame instanceof Frame.Text text
                ? WireRecord.json(text.text()).path("type").asText()
                : "";
    }
}
