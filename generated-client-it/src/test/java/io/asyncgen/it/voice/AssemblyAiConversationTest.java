package io.asyncgen.it.voice;

import static io.asyncgen.it.voice.Voice.LIMIT;
import static io.asyncgen.it.voice.Voice.WAIT;
import static io.asyncgen.it.voice.Voice.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.asyncgen.it.StubServerExtension;
import io.asyncgen.it.assemblyai.AssemblyAiStreamingSpeechToTextClient;
import io.asyncgen.it.assemblyai.AssemblyAiStreamingSpeechToTextEndpoint;
import io.asyncgen.it.assemblyai.AudioEncoding;
import io.asyncgen.it.assemblyai.FinalTranscript;
import io.asyncgen.it.assemblyai.ForceEndUtterance;
import io.asyncgen.it.assemblyai.MessageMessage;
import io.asyncgen.it.assemblyai.PartialTranscript;
import io.asyncgen.it.assemblyai.SessionBegins;
import io.asyncgen.it.assemblyai.SessionInformation;
import io.asyncgen.it.assemblyai.TerminateSession;
import io.asyncgen.it.assemblyai.universal.AssemblyAiStreamingWebSocketClient;
import io.asyncgen.it.assemblyai.universal.AssemblyAiStreamingWebSocketEndpoint;
import io.asyncgen.it.assemblyai.universal.AssemblyAiStreamingWebSocketInbound;
import io.asyncgen.it.assemblyai.universal.ForceEndpointPayload;
import io.asyncgen.it.assemblyai.universal.SessionBeginsPayload;
import io.asyncgen.it.assemblyai.universal.SessionTerminationPayload;
import io.asyncgen.it.assemblyai.universal.TerminationPayload;
import io.asyncgen.it.assemblyai.universal.TurnPayload;
import io.asyncgen.it.assemblyai.universal.V3WsEncoding;
import io.asyncgen.it.stub.JettySocket;
import io.asyncgen.runtime.CloseStatus;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * AssemblyAI's streaming speech-to-text, v2 and Universal (v3), generated from AssemblyAI's own
 * documents (v2 as written, Universal with the project's overlay), against the stub
 * server built on the generated server code, following AssemblyAI's documented flow: the session
 * begins, binary audio in, partial and final transcripts (turns) out, terminate.
 */
class AssemblyAiConversationTest {
    @RegisterExtension
    static final StubServerExtension stub = StubServerExtension.withoutRecordings();

    @Test
    void streamingV2BeginsTranscribesAndTerminates() {
        assertTimeoutPreemptively(LIMIT, () -> {
            AssemblyAiStreamingSpeechToTextEndpoint endpoint = AssemblyAiStreamingSpeechToTextEndpoint.builder()
                    .serverUrl(stub.server().url())
                    .apiKey("aai-test-key")
                    .sampleRate(24_000)
                    .encoding(AudioEncoding.PCM_S16LE)
                    .enableExtraSessionInformation(true)
                    .queryParameter("conn", "aai-v2")
                    .build();
            AssemblyAiStreamingSpeechToTextClient client = AssemblyAiStreamingSpeechToTextClient.builder()
                    .endpoint(endpoint)
                    .build();
            Voice.Received<MessageMessage> received =
                    new Voice.Received<>(client, AssemblyAiConversationTest::describe, m -> new byte[0]);
            CompletableFuture<SessionBegins> begins = client.next(SessionBegins.class, WAIT);
            await(client.open().toCompletableFuture());
            await(begins);
            CompletableFuture<FinalTranscript> first = client.next(FinalTranscript.class, WAIT);
            Voice.userTurn().forEach(client::sendSendAudio);
            await(first);
            CompletableFuture<FinalTranscript> forced = client.next(FinalTranscript.class, WAIT);
            Voice.userTurn().subList(0, 10).forEach(client::sendSendAudio);
            client.sendForceEndUtterance(
                    ForceEndUtterance.builder().forceEndUtterance(true).build());
            await(forced);
            client.sendTerminateSession(
                    TerminateSession.builder().terminateSession(true).build());
            assertEquals(new CloseStatus(1000, ""), await(client.closed().toCompletableFuture()));

            assertEquals(
                    List.of(
                            "SessionBegins",
                            "PartialTranscript 0-200: Hello!",
                            "PartialTranscript 0-400: Hello! Who",
                            "PartialTranscript 0-600: Hello! Who are",
                            "FinalTranscript 0-1000: Hello! Who are you?",
                            "PartialTranscript 1700-1900: What's",
                            "PartialTranscript 1700-2100: What's the",
                            "PartialTranscript 1700-2300: What's the weather",
                            "PartialTranscript 1700-2500: What's the weather in",
                            "FinalTranscript 1700-2700: What's the weather in Paris?",
                            "SessionInformation 2.7",
                            "SessionTerminated"),
                    received.entries());
            JettySocket socket = stub.server().connection("aai-v2", WAIT);
            assertEquals("aai-test-key", socket.headers().get("authorization"));
            assertEquals("24000", socket.query("sample_rate", ""));
            assertFalse(endpoint.toString().contains("aai-test-key"), endpoint.toString());
        });
    }

    @Test
    void universalStreamingBeginsSendsTurnsAndTerminates() {
        assertTimeoutPreemptively(LIMIT, () -> {
            AssemblyAiStreamingWebSocketEndpoint endpoint = AssemblyAiStreamingWebSocketEndpoint.builder()
                    .serverUrl(stub.server().url())
                    .authorization("aai-test-key")
                    .sampleRate(24_000)
                    .encoding(V3WsEncoding.PCM_S16LE)
                    .formatTurns(true)
                    .maxTurnSilence(300)
                    .endOfTurnConfidenceThreshold(0.7)
                    .keytermsPrompt("[\"Paris\",\"AssemblyAI\"]")
                    .queryParameter("conn", "aai-v3")
                    .build();
            AssemblyAiStreamingWebSocketClient client = AssemblyAiStreamingWebSocketClient.builder()
                    .endpoint(endpoint)
                    .build();
            Voice.Received<AssemblyAiStreamingWebSocketInbound> received =
                    new Voice.Received<>(client, AssemblyAiConversationTest::describe, m -> new byte[0]);
            CompletableFuture<SessionBeginsPayload> begins = client.next(SessionBeginsPayload.class, WAIT);
            await(client.open().toCompletableFuture());
            await(begins);
            CompletableFuture<TurnPayload> formatted = client.next(TurnPayload.class, t -> t.turnIsFormatted(), WAIT);
            Voice.userTurn().forEach(client::sendAudioChunk);
            await(formatted);
            CompletableFuture<TurnPayload> forced = client.next(TurnPayload.class, t -> t.turnIsFormatted(), WAIT);
            Voice.userTurn().subList(0, 10).forEach(client::sendAudioChunk);
            client.sendForceEndpoint(ForceEndpointPayload.builder().build());
            await(forced);
            CompletableFuture<TerminationPayload> termination = client.next(TerminationPayload.class, WAIT);
            client.sendSessionTermination(SessionTerminationPayload.builder().build());
            assertEquals(3L, await(termination).audioDurationSeconds());
            assertEquals(new CloseStatus(1000, ""), await(client.closed().toCompletableFuture()));

            assertEquals(
                    List.of(
                            "Begin",
                            "Turn 0: Hello!",
                            "Turn 0: Hello! Who",
                            "Turn 0: Hello! Who are",
                            "Turn 0 end: hello who are you",
                            "Turn 0 end formatted: Hello! Who are you?",
                            "Turn 1: What's",
                            "Turn 1: What's the",
                            "Turn 1: What's the weather",
                            "Turn 1: What's the weather in",
                            "Turn 1 end: what's the weather in paris",
                            "Turn 1 end formatted: What's the weather in Paris?",
                            "Termination"),
                    received.entries());
            assertEquals(
                    "sample_rate=24000&encoding=pcm_s16le&format_turns=true&max_turn_silence=300"
                            + "&end_of_turn_confidence_threshold=0.7&keyterms_prompt=%5B%22Paris%22%2C%22AssemblyAI%22%5D&conn=aai-v3",
                    endpoint.handshake().toCompletableFuture().get().uri().getRawQuery());
            JettySocket socket = stub.server().connection("aai-v3", WAIT);
            assertEquals("aai-test-key", socket.headers().get("authorization"));
            assertEquals(
                    "[\"Paris\",\"AssemblyAI\"]",
                    socket.query("keyterms_prompt", ""),
                    "one JSON list, as AssemblyAI reads it");
        });
    }

    private static String describe(Object message) {
        if (message instanceof PartialTranscript partial) {
            return "PartialTranscript " + partial.audioStart() + "-" + partial.audioEnd() + ": " + partial.text();
        }
        if (message instanceof FinalTranscript transcript) {
            return "FinalTranscript " + transcript.audioStart() + "-" + transcript.audioEnd() + ": "
                    + transcript.text();
        }
        if (message instanceof SessionInformation information) {
            return "SessionInformation " + information.audioDurationSeconds();
        }
        if (message instanceof SessionBeginsPayload) {
            return "Begin";
        }
        if (message instanceof TurnPayload turn) {
            return "Turn " + turn.turnOrder() + (turn.endOfTurn() ? " end" : "")
                    + (turn.turnIsFormatted() ? " formatted" : "") + ": " + turn.transcript();
        }
        if (message instanceof TerminationPayload) {
            return "Termination";
        }
        return message.getClass().getSimpleName();
    }
}
