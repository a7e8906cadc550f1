package io.asyncgen.it;

import static io.asyncgen.it.GaConnection.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.asyncgen.it.azure.AudioContent;
import io.asyncgen.it.azure.AudioFormatPcm;
import io.asyncgen.it.azure.AudioFormatPcmu;
import io.asyncgen.it.azure.MessageItem;
import io.asyncgen.it.azure.Modality;
import io.asyncgen.it.azure.OutputAudioContent;
import io.asyncgen.it.azure.OutputTextContent;
import io.asyncgen.it.azure.RealtimeSession;
import io.asyncgen.it.azure.ResponseContentPartAddedEvent;
import io.asyncgen.it.azure.ResponseContentPartDoneEvent;
import io.asyncgen.it.azure.ResponseCreateEvent;
import io.asyncgen.it.azure.ResponseDoneEvent;
import io.asyncgen.it.azure.ResponseOutputItemDoneEvent;
import io.asyncgen.it.azure.SemanticVad;
import io.asyncgen.it.azure.SemanticVadEagerness;
import io.asyncgen.it.azure.ServerVad;
import io.asyncgen.it.azure.SessionAudio;
import io.asyncgen.it.azure.SessionAudioInput;
import io.asyncgen.it.azure.SessionCreatedEvent;
import io.asyncgen.it.azure.SessionUpdateEvent;
import io.asyncgen.it.azure.SessionUpdatedEvent;
import io.asyncgen.it.azure.TextContent;
import io.asyncgen.it.stub.Scenarios;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The stub answers in the shapes the GA service uses, the ones the official SDKs validate against
 * (the GA recordings under {@code ../shared/corpus/recordings/bravedigger-*} show them).
 */
class ServiceShapeTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final StubServerExtension stub = StubServerExtension.withoutRecordings();

    @Test
    void contentPartEventsCarryTextPartsWhileTheItemHoldsOutputText() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (GaConnection c = answer(Modality.TEXT)) {
                TextContent added = assertInstanceOf(
                        TextContent.class,
                        c.log.await(ResponseContentPartAddedEvent.class, WAIT).part());
                TextContent done = assertInstanceOf(
                        TextContent.class,
                        c.log.await(ResponseContentPartDoneEvent.class, WAIT).part());
                MessageItem item = (MessageItem)
                        c.log.await(ResponseOutputItemDoneEvent.class, WAIT).item();
                OutputTextContent content =
                        assertInstanceOf(OutputTextContent.class, item.content().get(0));
                assertEquals("", added.text());
                assertEquals(content.text(), done.text());
                assertEquals("text", done.toJson().get("type").asText());
            }
        });
    }

    @Test
    void contentPartEventsCarryAudioPartsWhileTheItemHoldsOutputAudio() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (GaConnection c = answer(Modality.AUDIO)) {
                AudioContent added = assertInstanceOf(
                        AudioContent.class,
                        c.log.await(ResponseContentPartAddedEvent.class, WAIT).part());
                AudioContent done = assertInstanceOf(
                        AudioContent.class,
                        c.log.await(ResponseContentPartDoneEvent.class, WAIT).part());
                MessageItem item = (MessageItem)
                        c.log.await(ResponseOutputItemDoneEvent.class, WAIT).item();
                OutputAudioContent content = assertInstanceOf(
                        OutputAudioContent.class, item.content().get(0));
                assertEquals("", added.transcript());
                assertEquals(content.transcript(), done.transcript());
                assertEquals("audio", done.toJson().get("type").asText());
            }
        });
    }

    @Test
    void switchingTurnDetectionToSemanticVadDropsEveryServerVadMember() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (GaConnection c = GaConnection.open(stub.server(), Scenarios.ASSISTANT, null)) {
                c.log.await(SessionCreatedEvent.class, WAIT);
                c.client.sendSessionUpdate(update(SessionAudioInput.builder()
                        .turnDetection(SemanticVad.builder()
                                .eagerness(SemanticVadEagerness.HIGH)
                                .build())
                        .build()));
                RealtimeSession updated = (RealtimeSession)
                        c.log.await(SessionUpdatedEvent.class, WAIT).session();
                assertEquals(
                        Wire.parse("{\"type\":\"semantic_vad\",\"eagerness\":\"high\"}"),
                        updated.audio().input().turnDetection().toJson());
            }
        });
    }

    @Test
    void changingOneServerVadMemberKeepsTheOthers() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (GaConnection c = GaConnection.open(stub.server(), Scenarios.ASSISTANT, null)) {
                RealtimeSession created = (RealtimeSession)
                        c.log.await(SessionCreatedEvent.class, WAIT).session();
                c.client.sendSessionUpdate(update(SessionAudioInput.builder()
                        .turnDetection(
                                ServerVad.builder().silenceDurationMs(800L).build())
                        .build()));
                RealtimeSession updated = (RealtimeSession)
                        c.log.await(SessionUpdatedEvent.class, WAIT).session();
                ServerVad before = (ServerVad) created.audio().input().turnDetection();
                assertEquals(
                        before.toBuilder().silenceDurationMs(800L).build(),
                        updated.audio().input().turnDetection());
            }
        });
    }

    @Test
    void switchingTheInputFormatToPcmuDropsThePcmRate() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (GaConnection c = GaConnection.open(stub.server(), Scenarios.ASSISTANT, null)) {
                RealtimeSession created = (RealtimeSession)
                        c.log.await(SessionCreatedEvent.class, WAIT).session();
                assertInstanceOf(AudioFormatPcm.class, created.audio().input().format());
                c.client.sendSessionUpdate(update(SessionAudioInput.builder()
                        .format(AudioFormatPcmu.builder().build())
                        .build()));
                RealtimeSession updated = (RealtimeSession)
                        c.log.await(SessionUpdatedEvent.class, WAIT).session();
                assertEquals(
                        Wire.parse("{\"type\":\"audio/pcmu\"}"),
                        updated.audio().input().format().toJson());
            }
        });
    }

    private static SessionUpdateEvent update(SessionAudioInput input) {
        return SessionUpdateEvent.builder()
                .session(RealtimeSession.builder()
                        .audio(SessionAudio.builder().input(input).build())
                        .build())
                .build();
    }

    /** A connection that asked for one answer in {@code modality} and got it whole. */
    private static GaConnection answer(Modality modality) throws Exception {
        GaConnection c = GaConnection.open(stub.server(), Scenarios.ASSISTANT, null);
        c.log.await(SessionCreatedEvent.class, WAIT);
        c.client.sendSessionUpdate(SessionUpdateEvent.builder()
                .session(RealtimeSession.builder()
                        .outputModalities(List.of(modality))
                        .build())
                .build());
        c.log.await(SessionUpdatedEvent.class, WAIT);
        c.client.sendConversationItemCreate(ConversationTest.userText("Hello! Who are you?"));
        c.client.sendResponseCreate(ResponseCreateEvent.builder().build());
        c.log.await(ResponseDoneEvent.class, WAIT);
        return c;
    }
}
