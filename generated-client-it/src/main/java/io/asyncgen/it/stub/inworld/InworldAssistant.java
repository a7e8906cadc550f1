package io.asyncgen.it.stub.inworld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.asyncgen.it.inworld.BackchannelProviderData;
import io.asyncgen.it.inworld.ClientEventHandler;
import io.asyncgen.it.inworld.ContentPart;
import io.asyncgen.it.inworld.ContentPartType;
import io.asyncgen.it.inworld.ConversationItem;
import io.asyncgen.it.inworld.ConversationItemAddedEvent;
import io.asyncgen.it.inworld.ConversationItemCreateEvent;
import io.asyncgen.it.inworld.ConversationItemDoneEvent;
import io.asyncgen.it.inworld.FunctionCallItem;
import io.asyncgen.it.inworld.FunctionCallOutputItem;
import io.asyncgen.it.inworld.InputAudioBufferAppendEvent;
import io.asyncgen.it.inworld.InworldRealtimeServer;
import io.asyncgen.it.inworld.ItemStatus;
import io.asyncgen.it.inworld.MemoryProviderData;
import io.asyncgen.it.inworld.MemoryState;
import io.asyncgen.it.inworld.MessageItem;
import io.asyncgen.it.inworld.MessageItemRole;
import io.asyncgen.it.inworld.Modality;
import io.asyncgen.it.inworld.RealtimeResponse;
import io.asyncgen.it.inworld.RealtimeResponseStatus;
import io.asyncgen.it.inworld.RealtimeSession;
import io.asyncgen.it.inworld.ResponseBackchannelAudioDeltaEvent;
import io.asyncgen.it.inworld.ResponseBackchannelAudioDoneEvent;
import io.asyncgen.it.inworld.ResponseBackchannelSkippedEvent;
import io.asyncgen.it.inworld.ResponseCreateEvent;
import io.asyncgen.it.inworld.ResponseCreatedEvent;
import io.asyncgen.it.inworld.ResponseDoneEvent;
import io.asyncgen.it.inworld.ResponseFunctionCallArgumentsDeltaEvent;
import io.asyncgen.it.inworld.ResponseFunctionCallArgumentsDoneEvent;
import io.asyncgen.it.inworld.ResponseOutputItemAddedEvent;
import io.asyncgen.it.inworld.ResponseOutputItemDoneEvent;
import io.asyncgen.it.inworld.ResponseOutputTextDeltaEvent;
import io.asyncgen.it.inworld.ResponseOutputTextDoneEvent;
import io.asyncgen.it.inworld.SessionCreatedEvent;
import io.asyncgen.it.inworld.SessionProviderData;
import io.asyncgen.it.inworld.SessionUpdateEvent;
import io.asyncgen.it.inworld.SessionUpdatedEvent;
import io.asyncgen.it.stub.Ids;
import io.asyncgen.it.stub.JettySocket;
import io.asyncgen.it.stub.JsonMerge;
import io.asyncgen.it.stub.Pcm16;
import io.asyncgen.it.stub.Script;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A scripted Inworld Realtime service for one connection, built on the generated
 * {@link InworldRealtimeServer}: the OpenAI GA protocol (text answers and tool calls from
 * {@link Script}) plus Inworld's additions: {@code providerData} in the session, merged on
 * {@code session.update} and echoed with the rolling memory state, and backchannel events while
 * the user speaks. Handles each client event on Jetty's thread, in order (no streaming delays).
 */
public final class InworldAssistant implements ClientEventHandler {
    /** What the stub says as a backchannel. */
    public static final String BACKCHANNEL_PHRASE = "mm-hmm";
    /** Why the stub skips the second backchannel of a turn. */
    public static final String SKIP_REASON = "deadline_missed";

    private final InworldRealtimeServer session;
    private final Ids ids = new Ids();
    private final List<ConversationItem> conversation = new ArrayList<>();
    private final ObjectNode config;
    private long heardMs;
    private int backchannels;

    private InworldAssistant() {
        session = new InworldRealtimeServer(this);
        config = RealtimeSession.builder()
                .type("realtime")
                .object("realtime.session")
                .id("sess_inworld_stub")
                .model("inworld/realtime-stub")
                .instructions("You are a helpful assistant.")
                .outputModalities(List.of(Modality.TEXT, Modality.AUDIO))
                .build()
                .toJson();
    }

    /** The scenario for a socket just accepted. */
    public static void accept(JettySocket socket) {
        InworldAssistant assistant = new InworldAssistant();
        socket.attach(assistant.session.listener(), assistant::greet);
    }

    private void greet() {
        session.sendSessionCreated(SessionCreatedEvent.builder()
                .eventId(ids.next("event"))
                .session(RealtimeSession.fromJson(config))
                .build());
    }

    @Override
    public void onSessionUpdate(SessionUpdateEvent event) {
        ObjectNode changes = event.session().toJson();
        changes.remove(List.of("id", "object", "expires_at"));
        JsonMerge.into(config, changes);
        RealtimeSession current = RealtimeSession.fromJson(config);
        SessionProviderData providerData = current.providerData();
        if (providerData != null
                && providerData.memory() != null
                && Boolean.TRUE.equals(providerData.memory().enabled())) {
            MemoryProviderData memory =
                    providerData.memory().toBuilder().state(memoryState()).build();
            current = current.toBuilder()
                    .providerData(providerData.toBuilder().memory(memory).build())
                    .build();
        }
        session.sendSessionUpdated(SessionUpdatedEvent.builder()
                .eventId(ids.next("event"))
                .session(current)
                .build());
    }

    @Override
    public void onInputAudioBufferAppend(InputAudioBufferAppendEvent event) {
        heardMs += Pcm16.millis(Base64.getDecoder().decode(event.audio()).length);
        SessionProviderData providerData = RealtimeSession.fromJson(config).providerData();
        BackchannelProviderData backchannel = providerData == null ? null : providerData.backchannel();
        if (backchannel == null || !Boolean.TRUE.equals(backchannel.enabled())) {
            return;
        }
        long minSpeech = backchannel.minSpeechMs() == null ? 1000 : backchannel.minSpeechMs();
        if (backchannels == 0 && heardMs >= minSpeech) {
            backchannels++;
            String id = ids.next("bc");
            for (String chunk : Pcm16.base64Chunks(Pcm16.sine(220, 300, 0.2), 100 * Pcm16.BYTES_PER_MS)) {
                session.sendResponseBackchannelAudioDelta(ResponseBackchannelAudioDeltaEvent.builder()
                        .eventId(ids.next("event"))
                        .backchannelId(id)
                        .delta(chunk)
                        .build());
            }
            session.sendResponseBackchannelAudioDone(ResponseBackchannelAudioDoneEvent.builder()
                    .eventId(ids.next("event"))
                    .backchannelId(id)
                    .phrase(BACKCHANNEL_PHRASE)
                    .build());
        } else if (backchannels == 1 && heardMs >= 2 * minSpeech) {
            backchannels++;
            session.sendResponseBackchannelSkipped(ResponseBackchannelSkippedEvent.builder()
                    .eventId(ids.next("event"))
                    .backchannelId(ids.next("bc"))
                    .reason(SKIP_REASON)
                    .build());
        }
    }

    @Override
    public void onConversationItemCreate(ConversationItemCreateEvent event) {
        ObjectNode json = ((ObjectNode) event.item().toJson()).deepCopy();
        if (!json.hasNonNull("id")) {
            json.put("id", ids.next("item"));
        }
        ConversationItem item = ConversationItem.fromJson(json);
        conversation.add(item);
        session.sendConversationItemAdded(ConversationItemAddedEvent.builder()
                .eventId(ids.next("event"))
                .item(item)
                .build());
        session.sendConversationItemDone(ConversationItemDoneEvent.builder()
                .eventId(ids.next("event"))
                .item(item)
                .build());
    }

    @Override
    public void onResponseCreate(ResponseCreateEvent event) {
        String responseId = ids.next("resp");
        session.sendResponseCreated(ResponseCreatedEvent.builder()
                .eventId(ids.next("event"))
                .response(response(responseId, RealtimeResponseStatus.IN_PROGRESS, List.of()))
                .build());
        Script.Reply reply = reply();
        String itemId = ids.next("item");
        ConversationItem done;
        if (reply instanceof Script.Call call) {
            String callId = ids.next("call");
            FunctionCallItem started = FunctionCallItem.builder()
                    .id(itemId)
                    .status(ItemStatus.IN_PROGRESS)
                    .callId(callId)
                    .name(call.name())
                    .arguments("")
                    .build();
            announce(responseId, started);
            for (String delta : Script.chunks(call.arguments(), 6)) {
                session.sendResponseFunctionCallArgumentsDelta(ResponseFunctionCallArgumentsDeltaEvent.builder()
                        .eventId(ids.next("event"))
                        .responseId(responseId)
                        .itemId(itemId)
                        .outputIndex(0L)
                        .callId(callId)
                        .delta(delta)
                        .build());
            }
            session.sendResponseFunctionCallArgumentsDone(ResponseFunctionCallArgumentsDoneEvent.builder()
                    .eventId(ids.next("event"))
                    .responseId(responseId)
                    .itemId(itemId)
                    .outputIndex(0L)
                    .callId(callId)
                    .name(call.name())
                    .arguments(call.arguments())
                    .build());
            done = started.toBuilder()
                    .status(ItemStatus.COMPLETED)
                    .arguments(call.arguments())
                    .build();
        } else {
            String text = ((Script.Say) reply).text();
            announce(
                    responseId,
                    MessageItem.builder()
                            .id(itemId)
                            .status(ItemStatus.IN_PROGRESS)
                            .role(MessageItemRole.ASSISTANT)
                            .content(List.of())
                            .build());
            for (String delta : Script.deltas(text)) {
                session.sendResponseOutputTextDelta(ResponseOutputTextDeltaEvent.builder()
                        .eventId(ids.next("event"))
                        .responseId(responseId)
                        .itemId(itemId)
                        .outputIndex(0L)
                        .contentIndex(0L)
                        .delta(delta)
                        .build());
            }
            session.sendResponseOutputTextDone(ResponseOutputTextDoneEvent.builder()
                    .eventId(ids.next("event"))
                    .responseId(responseId)
                    .itemId(itemId)
                    .outputIndex(0L)
                    .contentIndex(0L)
                    .text(text)
                    .build());
            done = MessageItem.builder()
                    .id(itemId)
                    .status(ItemStatus.COMPLETED)
                    .role(MessageItemRole.ASSISTANT)
                    .content(List.of(ContentPart.builder()
                            .type(ContentPartType.OUTPUT_TEXT)
                            .text(text)
                            .build()))
                    .build();
        }
        session.sendResponseOutputItemDone(ResponseOutputItemDoneEvent.builder()
                .eventId(ids.next("event"))
                .responseId(responseId)
                .outputIndex(0L)
                .item(done)
                .build());
        session.sendConversationItemDone(ConversationItemDoneEvent.builder()
                .eventId(ids.next("event"))
                .item(done)
                .build());
        conversation.add(done);
        session.sendResponseDone(ResponseDoneEvent.builder()
                .eventId(ids.next("event"))
                .response(response(responseId, RealtimeResponseStatus.COMPLETED, List.of(done)))
                .build());
    }

    private Script.Reply reply() {
        return Script.reply(Script.lastTurn(conversation, InworldAssistant::turn), Script.functionTools(config));
    }

    /** What the script answers in an item: a user's message (its text parts), a tool's output, or nothing. */
    private static Script.Turn turn(ConversationItem item) {
        if (item instanceof FunctionCallOutputItem output) {
            return new Script.ToolOutput(output.output());
        }
        if (item instanceof MessageItem message && MessageItemRole.USER.equals(message.role())) {
            List<ContentPart> parts = message.content() == null ? List.of() : message.content();
            return Script.UserMessage.of(
                    message.id(), parts.stream().map(ContentPart::text).toList());
        }
        return null;
    }

    private void announce(String responseId, ConversationItem item) {
        session.sendResponseOutputItemAdded(ResponseOutputItemAddedEvent.builder()
                .eventId(ids.next("event"))
                .responseId(responseId)
                .outputIndex(0L)
                .item(item)
                .build());
        session.sendConversationItemAdded(ConversationItemAddedEvent.builder()
                .eventId(ids.next("event"))
                .item(item)
                .build());
    }

    private RealtimeResponse response(String responseId, RealtimeResponseStatus status, List<ConversationItem> output) {
        List<Modality> modalities = new ArrayList<>();
        config.path("output_modalities").forEach((JsonNode modality) -> modalities.add(Modality.of(modality.asText())));
        return RealtimeResponse.builder()
                .object("realtime.response")
                .id(responseId)
                .status(status)
                .output(output)
                .conversationId("conv_inworld_stub")
                .outputModalities(modalities)
                .build();
    }

    private MemoryState memoryState() {
        long turns = conversation.stream().filter(MessageItem.class::isInstance).count();
        return MemoryState.builder()
                .version(1L)
                .facts(List.of())
                .summary("")
                .contextText("")
                .turnsSinceGen(turns)
                .totalTurns(turns)
                .itemsTrimmed(0L)
                .build();
    }
}
