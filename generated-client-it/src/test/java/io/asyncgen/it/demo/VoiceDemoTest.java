package io.asyncgen.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncgen.it.stub.StubServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --vendor deepgram|assemblyai|speechmatics}: the voice vendors' demos, on the stub and on the path a real endpoint takes. */
class VoiceDemoTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void theDeepgramDemoTalksToTheVoiceAgentOfTheEmbeddedStub() {
        assertContains(
                run(Map.of(), "--vendor", "deepgram"),
                "client: V1AgentConverseClient (Deepgram Voice Agent)",
                "<- Welcome",
                "<- SettingsApplied",
                "user: Hello! Who are you?",
                "-> audio                                  17",
                "<- ConversationText                       user: What's the weather in Paris?",
                "<- FunctionCallRequest                    get_weather {\"city\":\"Paris\"}",
                "-> FunctionCallResponse",
                "assistant: In Paris it is",
                "<- AgentAudioDone",
                "done:");
    }

    @Test
    void theAssemblyAiDemoStreamsToUniversalStreamingOfTheEmbeddedStub() {
        assertContains(
                run(Map.of(), "--vendor", "assemblyai"),
                "client: AssemblyAiStreamingWebSocketClient (AssemblyAI Universal streaming)",
                "<- Begin",
                "<- Turn                                   0 end formatted: Hello! Who are you?",
                "heard: What's the weather in Paris?",
                "-> Terminate",
                "<- Termination",
                "done:");
    }

    @Test
    void theSpeechmaticsDemoStreamsToRealtimeRecognitionOfTheEmbeddedStub() {
        assertContains(
                run(Map.of(), "--vendor", "speechmatics"),
                "client: SpeechmaticsRealtimeAsrClient (Speechmatics realtime)",
                "/v2/",
                "<- RecognitionStarted",
                "heard: Hello! Who are you?",
                "heard: What's the weather in Paris?",
                "-> EndOfStream                            last_seq_no 34",
                "<- EndOfTranscript",
                "<- AudioAdded                             34 frames acknowledged",
                "done:");
    }

    @Test
    void withAKeyTheDeepgramDemoConnectsWhereItIsToldTypesTheTurnsAndNeverPrintsTheKey() throws Exception {
        try (StubServer service = StubServer.start(null)) {
            String transcript =
                    run(Map.of("DEEPGRAM_API_KEY", "dg-secret"), "--vendor", "deepgram", "--url", service.url());
            assertContains(
                    transcript,
                    "-> InjectUserMessage                      Hello! Who are you?",
                    "Authorization=****",
                    "assistant: In Paris it is",
                    "done:");
            assertFalse(transcript.contains("embedded stub"), "talks to the given server, starts no stub of its own");
            assertFalse(transcript.contains("dg-secret"), transcript);
            assertEquals(
                    List.of("Token dg-secret"),
                    service.connections().stream()
                            .map(s -> s.headers().get("authorization"))
                            .toList());
        }
    }

    @Test
    void withAKeyTheAssemblyAiDemoSendsItInTheAuthorizationHeader() throws Exception {
        try (StubServer service = StubServer.start(null)) {
            String transcript =
                    run(Map.of("ASSEMBLYAI_API_KEY", "aai-secret"), "--vendor", "assemblyai", "--url", service.url());
            assertContains(transcript, "(a tone: there is no microphone here)", "<- Termination", "done:");
            assertFalse(transcript.contains("aai-secret"), transcript);
            assertEquals(
                    List.of("aai-secret"),
                    service.connections().stream()
                            .map(s -> s.headers().get("authorization"))
                            .toList());
        }
    }

    @Test
    void theUsageNamesTheVoiceVendorsAndTheirKeys() {
        assertContains(
                run(Map.of(), "--help"),
                "--vendor deepgram",
                "DEEPGRAM_API_KEY",
                "--vendor assemblyai",
                "ASSEMBLYAI_API_KEY",
                "--vendor speechmatics",
                "SPEECHMATICS_API_KEY");
    }

    private static void assertContains(String transcript, String... lines) {
        for (String line : lines) {
            assertTrue(transcript.contains(line), "missing '" + line + "' in:\n" + transcript);
        }
    }

    private static String run(Map<String, String> env, String... args) {
        return assertTimeoutPreemptively(LIMIT, () -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Demo.run(args, env, new PrintStream(bytes, true, StandardCharsets.UTF_8));
            return bytes.toString(StandardCharsets.UTF_8);
        });
    }
}
