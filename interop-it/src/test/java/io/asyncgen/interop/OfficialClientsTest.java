package io.asyncgen.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.asyncgen.it.stub.Credential;
import io.asyncgen.it.stub.JettySocket;
import io.asyncgen.it.stub.SelfSignedCertificate;
import io.asyncgen.it.stub.StubServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official OpenAI realtime clients for Node.js (versions pinned by {@code package-lock.json})
 * hold whole conversations with the stub server over {@code wss://} with a key it checks: a
 * greeting, a question that makes the model call {@code get_weather}, the tool's output, the answer
 * and, in audio mode, a spoken turn that server VAD commits. {@code clients/conversation.mjs} drives
 * one client and writes what it saw; this test checks that report and everything the stub received.
 */
class OfficialClientsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONVERSATION_LIMIT = Duration.ofMinutes(2);
    private static final String KEY = "interop-test-key";
    private static final String WEATHER_ANSWER = "In Paris it is 18 °C and cloudy.";
    private static final int SPEECH_BYTES = 2 * 24_000 * 1300 / 1000;

    /** Where each conversation's report and output, and this run's certificate, go (set by the pom). */
    private static final Path OUTPUT =
            Path.of(System.getProperty("interop.output", "target/interop")).toAbsolutePath();

    private static NodeProject node;
    private static SelfSignedCertificate certificate;

    @BeforeAll
    static void installClientsAndMakeACertificate() throws Exception {
        node = NodeProject.installed();
        certificate = SelfSignedCertificate.create(OUTPUT);
    }

    /** {@code openai}'s {@code OpenAIRealtimeWS} on an {@code OpenAI} client: the key as a bearer token. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "audio"})
    void openaiRealtimeWs(String mode) throws Exception {
        converse("openai", mode);
    }

    /** {@code OpenAIRealtimeWS.azure(AzureOpenAI)}: the key in the {@code api-key} header. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "audio"})
    void openaiRealtimeWsAzure(String mode) throws Exception {
        converse("openai-azure", mode);
    }

    /** {@code @openai/agents-realtime}: a {@code RealtimeSession} on {@code OpenAIRealtimeWebSocket}, which validates every server event. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "audio"})
    void agentsRealtimeSession(String mode) throws Exception {
        converse("agents", mode);
    }

    /** One conversation; its report and what node printed stay in {@code target/interop/<client>-<mode>.*}. */
    private static void converse(String client, String mode) throws Exception {
        try (StubServer stub = StubServer.builder()
                .tls(certificate)
                .credential(Credential.secret(KEY))
                .start()) {
            Path reportFile = OUTPUT.resolve(client + "-" + mode + ".json");
            Files.deleteIfExists(reportFile);
            NodeProject.Run run = node.node(
                    List.of(
                            "clients/conversation.mjs",
                            "--client",
                            client,
                            "--mode",
                            mode,
                            "--server",
                            stub.tlsUrl(),
                            "--report",
                            reportFile.toString()),
                    Map.of(
                            "STUB_API_KEY",
                            KEY,
                            "NODE_EXTRA_CA_CERTS",
                            certificate.pem().toString()),
                    CONVERSATION_LIMIT);
            Files.writeString(OUTPUT.resolve(client + "-" + mode + ".log"), run.output());
            String printed = "\nnode " + node.nodeVersion() + " printed:\n" + run.output();
            assertEquals(0, run.exitCode(), "the conversation did not complete" + printed);
            JsonNode report = JSON.readTree(reportFile.toFile());

            assertTrue(report.get("completed").asBoolean(), printed);
            assertEquals(List.of(), texts(report.get("errors")), "errors the client reported" + printed);
            assertEquals(0, report.at("/serverEvents/error").asInt(), "error events the stub sent" + printed);
            assertEquals(
                    List.of(),
                    texts(report.get("rejected")),
                    "server events the agents SDK's schema rejected" + printed);
            assertEquals("get_weather", report.at("/toolCalls/0/name").asText(), printed);
            assertEquals(
                    JSON.readTree("{\"city\":\"Paris\"}"),
                    JSON.readTree(report.at("/toolCalls/0/arguments").asText()),
                    printed);
            assertEquals(1, report.get("toolCalls").size(), printed);

            JsonNode turns = report.get("turns");
            assertEquals(mode.equals("audio") ? 3 : 2, turns.size(), printed);
            assertTrue(turns.at("/0/assistant").asText().startsWith("Hello! I am the asyncgen stub server"), printed);
            assertEquals(
                    WEATHER_ANSWER,
                    turns.at("/1/assistant").asText(),
                    "the answer built from the tool output" + printed);
            for (JsonNode turn : turns) {
                assertEquals(mode.equals("audio"), turn.get("audioBytes").asInt() > 0, "audio in " + turn + printed);
            }
            if (mode.equals("audio")) {
                assertEquals(
                        "I heard 1300 ms of audio; here it is back.",
                        turns.at("/2/assistant").asText(),
                        printed);
                assertEquals(SPEECH_BYTES, turns.at("/2/audioBytes").asInt(), printed);
                assertTrue(
                        turns.at("/2/echoIdentical").asBoolean(), "the echoed audio equals the speech sent" + printed);
            }

            assertEverythingReceivedIsTypedAndLossless(stub, client, mode, printed);
        }
    }

    private static void assertEverythingReceivedIsTypedAndLossless(
            StubServer stub, String client, String mode, String printed) throws Exception {
        List<JettySocket> connections = stub.connections();
        assertEquals(1, connections.size(), printed);
        JettySocket socket = connections.get(0);
        socket.closed().toCompletableFuture().get(10, TimeUnit.SECONDS);
        if (client.equals("openai-azure")) {
            assertEquals(KEY, socket.headers().get("api-key"), "Azure clients send the key in the api-key header");
        } else {
            assertEquals("Bearer " + KEY, socket.headers().get("authorization"));
        }

        List<String> received = socket.received();
        List<String> problems = new ArrayList<>();
        Set<String> types = new LinkedHashSet<>();
        for (int i = 0; i < received.size(); i++) {
            String type = JSON.readTree(received.get(i)).path("type").asText();
            types.add(type);
            for (String problem : ClientEventAudit.problems(received.get(i))) {
                problems.add("#" + i + " " + type + " " + problem);
            }
        }
        assertEquals(List.of(), problems, "client events that did not decode to typed records or round-trip");
        List<String> expected =
                new ArrayList<>(List.of("session.update", "conversation.item.create", "response.create"));
        if (mode.equals("audio")) {
            expected.add("input_audio_buffer.append");
        }
        assertTrue(types.containsAll(expected), "client events sent: " + types + printed);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.toString()));
        return texts;
    }
}
