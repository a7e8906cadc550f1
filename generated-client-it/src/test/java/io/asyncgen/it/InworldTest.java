package io.asyncgen.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.asyncgen.it.inworld.BackchannelProviderData;
import io.asyncgen.it.inworld.InputAudioBufferAppendEvent;
import io.asyncgen.it.inworld.InworldRealtimeClient;
import io.asyncgen.it.inworld.InworldRealtimeEndpoint;
import io.asyncgen.it.inworld.MemoryProviderData;
import io.asyncgen.it.inworld.MemoryState;
import io.asyncgen.it.inworld.RealtimeSession;
import io.asyncgen.it.inworld.ResponseBackchannelAudioDeltaEvent;
import io.asyncgen.it.inworld.ResponseBackchannelAudioDoneEvent;
import io.asyncgen.it.inworld.ResponseBackchannelSkippedEvent;
import io.asyncgen.it.inworld.ResponsivenessProviderData;
import io.asyncgen.it.inworld.ServerEventHandler;
import io.asyncgen.it.inworld.SessionCreatedEvent;
import io.asyncgen.it.inworld.SessionProviderData;
import io.asyncgen.it.inworld.SessionUpdateEvent;
import io.asyncgen.it.inworld.SessionUpdatedEvent;
import io.asyncgen.it.inworld.SttProviderData;
import io.asyncgen.it.inworld.TtsProviderData;
import io.asyncgen.it.inworld.TtsProviderDataDeliveryMode;
import io.asyncgen.it.inworld.TtsProviderDataSegmenterStrategy;
import io.asyncgen.it.stub.JettySocket;
import io.asyncgen.it.stub.Pcm16;
import io.asyncgen.it.stub.inworld.InworldAssistant;
import io.asyncgen.it.upstream.inworld.ApiV1RealtimeSessionClient;
import io.asyncgen.it.upstream.inworld.ApiV1RealtimeSessionEndpoint;
import io.asyncgen.it.upstream.inworld.RealtimeInputAudioBufferAppend;
import io.asyncgen.it.upstream.inworld.RealtimeServerEventHandler;
import io.asyncgen.it.upstream.inworld.RealtimeSessionCreated;
import io.asyncgen.it.upstream.inworld.RealtimeSessionUpdate;
import io.asyncgen.it.upstream.inworld.RealtimeSessionUpdated;
import io.asyncgen.it.upstream.inworld.ResponseBackchannelAudioDelta;
import io.asyncgen.it.upstream.inworld.ResponseBackchannelAudioDone;
import io.asyncgen.it.upstream.inworld.ResponseBackchannelSkipped;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Inworld's additions to the OpenAI protocol, through the client generated from spec/inworld-realtime.yaml
 * and through the one generated from Inworld's published document with this module's overlay.
 */
class InworldTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static final StubServerExtension stub = StubServerExtension.replaying(Path.of("."));

    @Test
    void providerDataTravelsAsOneCamelCaseKeyWithSnakeCaseInsideAndMemoryStateComesBack() {
        assertTimeoutPreemptively(LIMIT, () -> {
            String id = UUID.randomUUID().toString();
            Dispatched log = new Dispatched();
            InworldRealtimeClient client = connect(id, log);
            try {
                log.await(SessionCreatedEvent.class, WAIT);
                client.sendSessionUpdate(SessionUpdateEvent.builder()
                        .session(RealtimeSession.builder()
                                .type("realtime")
                                .providerData(SessionProviderData.builder()
                                        .stt(SttProviderData.builder()
                                                .languageHints(List.of("en", "de"))
                                                .endOfTurnConfidenceThreshold(0.6)
                                                .maxTurnSilence(1500L)
                                                .build())
                                        .tts(TtsProviderData.builder()
                                                .segmenterStrategy(TtsProviderDataSegmenterStrategy.SENTENCE)
                                                .deliveryMode(TtsProviderDataDeliveryMode.STABLE)
                                                .build())
                                        .memory(MemoryProviderData.builder()
                                                .enabled(true)
                                                .maxTranscriptItems(20L)
                                                .turnInterval(3L)
                                                .build())
                                        .responsiveness(ResponsivenessProviderData.builder()
                                                .enabled(true)
                                                .initialWaitTimeoutMs(1200L)
                                                .pauseText("")
                                                .build())
                                        .build())
                                .build())
                        .build());
                SessionUpdatedEvent updated = log.await(SessionUpdatedEvent.class, WAIT);

                JettySocket server = stub.server().connection(id, WAIT);
                JsonNode session = Wire.parse(server.received().get(0)).get("session");
                assertTrue(session.has("providerData"), session.toString());
                assertFalse(session.has("provider_data"));
                JsonNode providerData = session.get("providerData");
                assertEquals(20, providerData.at("/memory/max_transcript_items").asInt());
                assertEquals("de", providerData.at("/stt/language_hints/1").asText());
                assertEquals(
                        0.6,
                        providerData.at("/stt/end_of_turn_confidence_threshold").asDouble());
                assertEquals(
                        "sentence", providerData.at("/tts/segmenter_strategy").asText());
                assertEquals("STABLE", providerData.at("/tts/delivery_mode").asText());
                assertEquals(
                        1200,
                        providerData
                                .at("/responsiveness/initial_wait_timeout_ms")
                                .asInt());
                assertEquals(List.of(), nonSnakeCaseKeys(providerData), "every key inside providerData is snake_case");

                MemoryProviderData memory = updated.session().providerData().memory();
                assertEquals(20L, memory.maxTranscriptItems(), "the server merged the update");
                MemoryState state = memory.state();
                assertEquals(1L, state.version());
                assertEquals(List.of(), state.facts());
                assertEquals(0L, state.itemsTrimmed());
            } finally {
                client.close();
            }
        });
    }

    @Test
    void backchannelEventsAreDispatchedTyped() {
        assertTimeoutPreemptively(LIMIT, () -> {
            Dispatched log = new Dispatched();
            InworldRealtimeClient client = connect(UUID.randomUUID().toString(), log);
            try {
                log.await(SessionCreatedEvent.class, WAIT);
                client.sendSessionUpdate(SessionUpdateEvent.builder()
                        .session(RealtimeSession.builder()
                                .type("realtime")
                                .providerData(SessionProviderData.builder()
                                        .backchannel(BackchannelProviderData.builder()
                                                .enabled(true)
                                                .minSpeechMs(300L)
                                                .build())
                                        .build())
                                .build())
                        .build());
                log.await(SessionUpdatedEvent.class, WAIT);
                for (String chunk : Pcm16.base64Chunks(Pcm16.sine(180, 1000, 0.4), 100 * Pcm16.BYTES_PER_MS)) {
                    client.sendInputAudioBufferAppend(
                            InputAudioBufferAppendEvent.builder().audio(chunk).build());
                }
                ResponseBackchannelSkippedEvent skipped = log.await(ResponseBackchannelSkippedEvent.class, WAIT);
                assertEquals(InworldAssistant.SKIP_REASON, skipped.reason());
                ResponseBackchannelAudioDoneEvent done = log.await(ResponseBackchannelAudioDoneEvent.class, WAIT);
                assertEquals(InworldAssistant.BACKCHANNEL_PHRASE, done.phrase());
                List<ResponseBackchannelAudioDeltaEvent> deltas = log.all(ResponseBackchannelAudioDeltaEvent.class);
                assertEquals(3, deltas.size());
                deltas.forEach(delta -> assertEquals(done.backchannelId(), delta.backchannelId()));
                assertArrayEquals(
                        Pcm16.sine(220, 300, 0.2),
                        Wire.joinBase64(deltas.stream()
                                .map(ResponseBackchannelAudioDeltaEvent::delta)
                                .toList()));
                assertEquals(
                        List.of(
                                "onSessionCreated",
                                "onSessionUpdated",
                                "onResponseBackchannelAudioDelta",
                                "onResponseBackchannelAudioDelta",
                                "onResponseBackchannelAudioDelta",
                                "onResponseBackchannelAudioDone",
                                "onResponseBackchannelSkipped"),
                        log.calls().stream().map(Dispatched.Call::method).toList());
            } finally {
                client.close();
            }
        });
    }

    @Test
    void thePublishedDocumentWithTheOverlayTypesProviderDataAndBackchannels() {
        assertTimeoutPreemptively(LIMIT, () -> {
            Dispatched log = new Dispatched();
            ApiV1RealtimeSessionClient client = ApiV1RealtimeSessionClient.connect(
                            ApiV1RealtimeSessionEndpoint.builder()
                                    .serverUrl(stub.server().url())
                                    .key("voice-upstream")
                                    .protocol("realtime")
                                    .queryParameter("conn", UUID.randomUUID().toString())
                                    .build(),
                            log.handler(RealtimeServerEventHandler.class, null))
                    .toCompletableFuture()
                    .get(20, TimeUnit.SECONDS);
            try {
                log.await(RealtimeSessionCreated.class, WAIT);
                client.sendSessionUpdate(RealtimeSessionUpdate.builder()
                        .session(io.asyncgen.it.upstream.inworld.RealtimeSession.builder()
                                .providerData(io.asyncgen.it.upstream.inworld.SessionProviderData.builder()
                                        .memory(io.asyncgen.it.upstream.inworld.MemoryProviderData.builder()
                                                .enabled(true)
                                                .build())
                                        .backchannel(io.asyncgen.it.upstream.inworld.BackchannelProviderData.builder()
                                                .enabled(true)
                                                .minSpeechMs(200L)
                                                .build())
                                        .build())
                                .build())
                        .build());
                RealtimeSessionUpdated updated = log.await(RealtimeSessionUpdated.class, WAIT);
                assertEquals(
                        1L, updated.session().providerData().memory().state().version());

                for (String chunk : Pcm16.base64Chunks(Pcm16.sine(180, 500, 0.4), 100 * Pcm16.BYTES_PER_MS)) {
                    client.sendInputAudioBufferAppend(RealtimeInputAudioBufferAppend.builder()
                            .audio(chunk)
                            .build());
                }
                ResponseBackchannelSkipped skipped = log.await(ResponseBackchannelSkipped.class, WAIT);
                assertEquals(InworldAssistant.SKIP_REASON, skipped.reason());
                assertEquals(
                        InworldAssistant.BACKCHANNEL_PHRASE,
                        log.await(ResponseBackchannelAudioDone.class, WAIT).phrase());
                assertEquals(3, log.all(ResponseBackchannelAudioDelta.class).size());
                assertFalse(
                        log.calls().stream()
                                .anyMatch(call -> call.method().equals("onRealtimeServerEvent")
                                        || call.method().equals("onUnknown")),
                        "the overlay's events are typed: " + log.calls());
            } finally {
                client.close();
            }
        });
    }

    private static InworldRealtimeClient connect(String id, Dispatched log) throws Exception {
        InworldRealtimeEndpoint endpoint = InworldRealtimeEndpoint.builder()
                .serverUrl(stub.server().url())
                .key("voice-" + id)
                .protocol("realtime")
                .basicCredentials("dGVzdDprZXk=")
                .queryParameter("conn", id)
                .build();
        return InworldRealtimeClient.connect(endpoint, log.handler(ServerEventHandler.class, null))
                .toCompletableFuture()
                .get(20, TimeUnit.SECONDS);
    }

    private static List<String> nonSnakeCaseKeys(JsonNode json) {
        List<String> bad = new ArrayList<>();
        if (json.isObject()) {
            for (Map.Entry<String, JsonNode> member : json.properties()) {
                if (!member.getKey().matches("[a-z0-9_]+")) {
                    bad.add(member.getKey());
                }
                bad.addAll(nonSnakeCaseKeys(member.getValue()));
            }
        } else if (json.isArray()) {
            json.forEach(element -> bad.addAll(nonSnakeCaseKeys(element)));
        }
        return bad;
    }
}
