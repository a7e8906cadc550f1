package io.asyncgen.it;

import static io.asyncgen.it.GaConnection.WAIT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncgen.it.azure.ConversationItemDoneEvent;
import io.asyncgen.it.azure.ConversationItemTruncateEvent;
import io.asyncgen.it.azure.ConversationItemTruncatedEvent;
import io.asyncgen.it.azure.InputAudioBufferAppendEvent;
import io.asyncgen.it.azure.InputAudioBufferCommitEvent;
import io.asyncgen.it.azure.InputAudioBufferCommittedEvent;
import io.asyncgen.it.azure.InputAudioBufferSpeechStartedEvent;
import io.asyncgen.it.azure.InputAudioBufferSpeechStoppedEvent;
import io.asyncgen.it.azure.InputAudioContent;
import io.asyncgen.it.azure.MessageItem;
import io.asyncgen.it.azure.MessageItemRole;
import io.asyncgen.it.azure.Modality;
import io.asyncgen.it.azure.RealtimeSession;
import io.asyncgen.it.azure.ResponseCreateEvent;
import io.asyncgen.it.azure.ResponseCreateParams;
import io.asyncgen.it.azure.ResponseDoneEvent;
import io.asyncgen.it.azure.ResponseOutputAudioDeltaEvent;
import io.asyncgen.it.azure.ResponseOutputAudioTranscriptDeltaEvent;
import io.asyncgen.it.azure.ResponseOutputAudioTranscriptDoneEvent;
import io.asyncgen.it.azure.ServerVad;
import io.asyncgen.it.azure.SessionAudio;
import io.asyncgen.it.azure.SessionAudioInput;
import io.asyncgen.it.azure.SessionCreatedEvent;
import io.asyncgen.it.azure.SessionUpdateEvent;
import io.asyncgen.it.azure.SessionUpdatedEvent;
import io.asyncgen.it.stub.Pcm16;
import io.asyncgen.it.stub.Scenarios;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generated GA client against the stub server, audio both ways: server VAD, commits, playback and truncation. */
class AudioConversationTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final StubServerExtension stub = StubServerExtension.replaying(Path.of("."));

    @Test
    void audioInIsHeardByServerVadAndCommitted() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (GaConnection c = GaConnection.open(stub.server(), Scenarios.ASSISTANT, null)) {
                c.log.await(SessionCreatedEvent.class, WAIT);
                c.client.sendSessionUpdate(SessionUpdateEvent.builder()
                        .session(RealtimeSession.builder()
                                .outputModalities(List.of(Modality.AUDIO))
                                .audio(SessionAudio.builder()
                                        .input(SessionAudioInput.builder()
                                                .turnDetection(ServerVad.builder()
                                                        .prefixPaddingMs(100L)
                                                        .silenceDurationMs(500L)
                                                        .createResponse(false)
                                                        .build())
                                                .build())
                                        .build())
                                .build())
                        .build());
                c.log.await(SessionUpdatedEvent.class, WAIT);

                byte[] speech = Pcm16.concat(Pcm16.silence(200), Pcm16.sine(440, 600, 0.5), Pcm16.silence(700));
                for (String chunk : Pcm16.base64Chunks(speech, 100 * Pcm16.BYTES_PER_MS)) {
                    c.client.sendInputAudioBufferAppend(
                            InputAudioBufferAppendEvent.builder().audio(chunk).build());
                }
                InputAudioBufferSpeechStartedEvent started =
                        c.log.await(InputAudioBufferSpeechStartedEvent.class, WAIT);
                InputAudioBufferSpeechStoppedEvent stopped =
                        c.log.await(InputAudioBufferSpeechStoppedEvent.class, WAIT);
                InputAudioBufferCommittedEvent committed = c.log.await(InputAudioBufferCommittedEvent.class, WAIT);
                assertEquals(100L, started.audioStartMs(), "speech began at 200 ms, minus 100 ms of prefix padding");
                assertEquals(800L, stopped.audioEndMs(), "the tone ended at 800 ms");
                assertEquals(started.itemId(), committed.itemId());
                MessageItem heard = (MessageItem)
                        c.log.await(ConversationItemDoneEvent.class, WAIT).item();
                assertEquals(committed.itemId(), heard.id());
                assertEquals(MessageItemRole.USER, heard.role());
                assertInstanceOf(InputAudioContent.class, heard.content().get(0));

                // the stub answers with the audio it committed: the first 1300 ms (speech end + 500 ms of silence)
                c.client.sendResponseCreate(ResponseCreateEvent.builder().build());
                c.log.await(ResponseDoneEvent.class, WAIT);
                byte[] echoed = Wire.joinBase64(c.log.all(ResponseOutputAudioDeltaEvent.class).stream()
                        .map(ResponseOutputAudioDeltaEvent::delta)
                        .toList());
                assertArrayEquals(Arrays.copyOf(speech, 1300 * Pcm16.BYTES_PER_MS), echoed);
            }
        });
    }

    @Test
    void audioOutReassemblesToTheExactBytesAndTruncates() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (GaConnection c = GaConnection.open(stub.server(), Scenarios.ASSISTANT, null)) {
                c.log.await(SessionCreatedEvent.class, WAIT);
                // an explicit null clears turn detection: the client commits by itself
                c.client.sendSessionUpdate(SessionUpdateEvent.builder()
                        .session(RealtimeSession.builder()
                                .audio(SessionAudio.builder()
                                        .input(SessionAudioInput.builder()
                                                .turnDetection(null)
                                                .build())
                                        .build())
                                .build())
                        .build());
                RealtimeSession updated = (RealtimeSession)
                        c.log.await(SessionUpdatedEvent.class, WAIT).session();
                assertEquals(null, updated.audio().input().turnDetection());
                assertTrue(Wire.parse(c.server.received().get(0))
                        .at("/session/audio/input/turn_detection")
                        .isNull());

                byte[] tone = Pcm16.sine(523.25, 1000, 0.4);
                for (String chunk : Pcm16.base64Chunks(tone, 80 * Pcm16.BYTES_PER_MS)) {
                    c.client.sendInputAudioBufferAppend(
                            InputAudioBufferAppendEvent.builder().audio(chunk).build());
                }
                c.client.sendInputAudioBufferCommit(
                        InputAudioBufferCommitEvent.builder().build());
                c.log.await(InputAudioBufferCommittedEvent.class, WAIT);
                assertEquals(
                        List.of(),
                        c.log.all(InputAudioBufferSpeechStartedEvent.class),
                        "no VAD once turn detection is off");

                c.client.sendResponseCreate(ResponseCreateEvent.builder()
                        .response(ResponseCreateParams.builder()
                                .outputModalities(List.of(Modality.AUDIO))
                                .build())
                        .build());
                c.log.await(ResponseDoneEvent.class, WAIT);
                List<ResponseOutputAudioDeltaEvent> deltas = c.log.all(ResponseOutputAudioDeltaEvent.class);
                assertTrue(deltas.size() > 1, "audio comes in several deltas");
                assertArrayEquals(
                        tone,
                        Wire.joinBase64(deltas.stream()
                                .map(ResponseOutputAudioDeltaEvent::delta)
                                .toList()));
                String transcript = c.log.all(ResponseOutputAudioTranscriptDeltaEvent.class).stream()
                        .map(ResponseOutputAudioTranscriptDeltaEvent::delta)
                        .collect(Collectors.joining());
                assertEquals(
                        c.log.await(ResponseOutputAudioTranscriptDoneEvent.class, WAIT)
                                .transcript(),
                        transcript);

                // the user interrupted playback after 400 ms: the server drops the rest
                String spoken = deltas.get(0).itemId();
                c.client.sendConversationItemTruncate(ConversationItemTruncateEvent.builder()
                        .itemId(spoken)
                        .contentIndex(0L)
                        .audioEndMs(400L)
                        .build());
                ConversationItemTruncatedEvent truncated = c.log.await(ConversationItemTruncatedEvent.class, WAIT);
                assertEquals(spoken, truncated.itemId());
                assertEquals(400L, truncated.audioEndMs());
            }
        });
    }
}
