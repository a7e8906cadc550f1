package io.asyncgen.it.stub.azure;

import io.asyncgen.it.azure.AudioContent;
import io.asyncgen.it.azure.AzureOpenAiRealtimeServer;
import io.asyncgen.it.azure.ContentPart;
import io.asyncgen.it.azure.ConversationItem;
import io.asyncgen.it.azure.ConversationItemAddedEvent;
import io.asyncgen.it.azure.ConversationItemDoneEvent;
import io.asyncgen.it.azure.FunctionCallItem;
import io.asyncgen.it.azure.FunctionCallItemStatus;
import io.asyncgen.it.azure.MessageItem;
import io.asyncgen.it.azure.MessageItemRole;
import io.asyncgen.it.azure.MessageItemStatus;
import io.asyncgen.it.azure.Modality;
import io.asyncgen.it.azure.OutputAudioContent;
import io.asyncgen.it.azure.OutputTextContent;
import io.asyncgen.it.azure.RealtimeResponse;
import io.asyncgen.it.azure.RealtimeResponseStatus;
import io.asyncgen.it.azure.ResponseContentPartAddedEvent;
import io.asyncgen.it.azure.ResponseContentPartDoneEvent;
import io.asyncgen.it.azure.ResponseCreatedEvent;
import io.asyncgen.it.azure.ResponseDoneEvent;
import io.asyncgen.it.azure.ResponseFunctionCallArgumentsDeltaEvent;
import io.asyncgen.it.azure.ResponseFunctionCallArgumentsDoneEvent;
import io.asyncgen.it.azure.ResponseOutputAudioDeltaEvent;
import io.asyncgen.it.azure.ResponseOutputAudioDoneEvent;
import io.asyncgen.it.azure.ResponseOutputAudioTranscriptDeltaEvent;
import io.asyncgen.it.azure.ResponseOutputAudioTranscriptDoneEvent;
import io.asyncgen.it.azure.ResponseOutputItemAddedEvent;
import io.asyncgen.it.azure.ResponseOutputItemDoneEvent;
import io.asyncgen.it.azure.ResponseOutputTextDeltaEvent;
import io.asyncgen.it.azure.ResponseOutputTextDoneEvent;
import io.asyncgen.it.azure.ResponseStatusDetails;
import io.asyncgen.it.azure.ResponseStatusDetailsReason;
import io.asyncgen.it.azure.ResponseStatusDetailsType;
import io.asyncgen.it.azure.TextContent;
import io.asyncgen.it.azure.Usage;
import io.asyncgen.it.stub.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The GA server events of one response, sent with the generated server session: what
 * {@link GaResponder} says, in the words of the GA protocol. One output item at a time, at output
 * index 0 and content index 0; every event gets a fresh {@code event_id}.
 */
final class GaResponseEvents {
    private static final long OUTPUT = 0;
    private static final long CONTENT = 0;

    private final AzureOpenAiRealtimeServer session;
    private final Ids ids;
    private final String responseId;
    private final List<String> modalities;
    private final Consumer<ConversationItem> record;
    private final Runnable beforeDone;

    /**
     * {@code record} receives every finished item (the conversation); {@code beforeDone} runs just
     * before {@code response.done} is sent.
     */
    GaResponseEvents(
            AzureOpenAiRealtimeServer session,
            Ids ids,
            String responseId,
            List<String> modalities,
            Consumer<ConversationItem> record,
            Runnable beforeDone) {
        this.session = session;
        this.ids = ids;
        this.responseId = responseId;
        this.modalities = modalities;
        this.record = record;
        this.beforeDone = beforeDone;
    }

    String responseId() {
        return responseId;
    }

    void created() {
        session.sendResponseCreated(ResponseCreatedEvent.builder()
                .eventId(ids.next("event"))
                .response(response(RealtimeResponseStatus.IN_PROGRESS, null, List.of()))
                .build());
    }

    /**
     * {@code response.output_item.added}, {@code conversation.item.added} and
     * {@code response.content_part.added} of a new assistant message; returns its item id.
     */
    String startMessage(ContentPart emptyContent) {
        String itemId = ids.next("item");
        announce(MessageItem.builder()
                .id(itemId)
                .object("realtime.item")
                .status(MessageItemStatus.IN_PROGRESS)
                .role(MessageItemRole.ASSISTANT)
                .content(List.of())
                .build());
        session.sendResponseContentPartAdded(ResponseContentPartAddedEvent.builder()
                .eventId(ids.next("event"))
                .responseId(responseId)
                .itemId(itemId)
                .outputIndex(OUTPUT)
                .contentIndex(CONTENT)
                .part(partEvent(emptyContent))
                .build());
        return itemId;
    }

    ResponseOutputTextDeltaEvent textDelta(String itemId, String delta) {
        return ResponseOutputTextDeltaEvent.builder()
                .eventId(ids.next("event"))
                .responseId(responseId)
                .itemId(itemId)
                .outputIndex(OUTPUT)
                .contentIndex(CONTENT)
                .delta(delta)
                .build();
    }

    void textDone(String itemId, String text) {
        session.sendResponseOutputTextDone(ResponseOutputTextDoneEvent.builder()
                .eventId(ids.next("event"))
                .responseId(responseId)
                .itemId(itemId)
                .outputIndex(OUTPUT)
                .contentIndex(CONTENT)
                .text(text)
                .build());
    }

    /** {@code response.output_audio.delta} with {@code base64}, the audio as the wire carries it. */
    ResponseOutputAudioDeltaEvent audioDelta(String itemId, String base64) {
        return ResponseOutputAudioDeltaEvent.builder()
                .eventId(ids.next("event"))
                .responseId(responseId)
                .itemId(itemId)
                .outputIndex(OUTPUT)
                .contentIndex(CONTENT)
                .delta(base64)
                .build();
    }

    void transcriptDelta(String itemId, String delta) {
        session.sendResponseOutputAudioTranscriptDelta(ResponseOutputAudioTranscriptDeltaEvent.builder()
                .eventId(ids.next("event"))
                .responseId(responseId)
                .itemId(itemId)
                .outputIndex(OUTPUT)
                .contentIndex(CONTENT)
                .delta(delta)
                .build());
    }

    /** {@code response.output_audio.done}, then {@code response.output_audio_transcript.done} when there is one. */
    void audioDone(String itemId, String transcript) {
        session.sendResponseOutputAudioDone(ResponseOutputAudioDoneEvent.builder()
                .eventId(ids.next("event"))
                .responseId(responseId)
                .itemId(itemId)
                .outputIndex(OUTPUT)
                .contentIndex(CONTENT)
                .build());
        if (transcript != null) {
            session.sendResponseOutputAudioTranscriptDone(ResponseOutputAudioTranscriptDoneEvent.builder()
                    .eventId(ids.next("event"))
                    .responseId(responseId)
                    .itemId(itemId)
                    .outputIndex(OUTPUT)
                    .contentIndex(CONTENT)
                    .transcript(transcript)
                    .build());
        }
    }

    /** Announces a function call item in progress, with no arguments yet. */
    FunctionCallItem startFunctionCall(String name) {
        FunctionCallItem started = FunctionCallItem.builder()
                .id(ids.next("item"))
                .object("realtime.item")
                .status(FunctionCallItemStatus.IN_PROGRESS)
                .callId(ids.next("call"))
                .name(name)
                .arguments("")
                .build();
        announce(started);
        return started;
    }

    void argumentsDelta(FunctionCallItem call, String delta) {
        session.sendResponseFunctionCallArgumentsDelta(ResponseFunctionCallArgumentsDeltaEvent.builder()
                .eventId(ids.next("event"))
                .responseId(responseId)
                .itemId(call.id())
                .outputIndex(OUTPUT)
                .callId(call.callId())
                .delta(delta)
                .build());
    }

    /** The arguments are whole: {@code response.function_call_arguments.done}, the item done, the response done. */
    void finishFunctionCall(FunctionCallItem call, String arguments) {
        session.sendResponseFunctionCallArgumentsDone(ResponseFunctionCallArgumentsDoneEvent.builder()
                .eventId(ids.next("event"))
                .responseId(responseId)
                .itemId(call.id())
                .outputIndex(OUTPUT)
                .callId(call.callId())
                .name(call.name())
                .arguments(arguments)
                .build());
        complete(
                call.toBuilder()
                        .status(FunctionCallItemStatus.COMPLETED)
                        .arguments(arguments)
                        .build(),
                false);
    }

    /** The message's part is final ({@code cancelled}: cut short): its done events, then the response's. */
    void finishMessage(String itemId, ContentPart part, boolean cancelled) {
        session.sendResponseContentPartDone(ResponseContentPartDoneEvent.builder()
                .eventId(ids.next("event"))
                .responseId(responseId)
                .itemId(itemId)
                .outputIndex(OUTPUT)
                .contentIndex(CONTENT)
                .part(partEvent(part))
                .build());
        MessageItem done = MessageItem.builder()
                .id(itemId)
                .object("realtime.item")
                .status(cancelled ? MessageItemStatus.INCOMPLETE : MessageItemStatus.COMPLETED)
                .role(MessageItemRole.ASSISTANT)
                .content(List.of(part))
                .build();
        complete(done, cancelled);
    }

    private void announce(ConversationItem item) {
        session.sendResponseOutputItemAdded(ResponseOutputItemAddedEvent.builder()
                .eventId(ids.next("event"))
                .responseId(responseId)
                .outputIndex(OUTPUT)
                .item(item)
                .build());
        session.sendConversationItemAdded(ConversationItemAddedEvent.builder()
                .eventId(ids.next("event"))
                .item(item)
                .build());
    }

    private void complete(ConversationItem item, boolean cancelled) {
        session.sendResponseOutputItemDone(ResponseOutputItemDoneEvent.builder()
                .eventId(ids.next("event"))
                .responseId(responseId)
                .outputIndex(OUTPUT)
                .item(item)
                .build());
        session.sendConversationItemDone(ConversationItemDoneEvent.builder()
                .eventId(ids.next("event"))
                .item(item)
                .build());
        record.accept(item);
        ResponseStatusDetails details = cancelled
                ? ResponseStatusDetails.builder()
                        .type(ResponseStatusDetailsType.CANCELLED)
                        .reason(ResponseStatusDetailsReason.CLIENT_CANCELLED)
                        .build()
                : null;
        RealtimeResponse response = response(
                        cancelled ? RealtimeResponseStatus.CANCELLED : RealtimeResponseStatus.COMPLETED,
                        details,
                        List.of(item))
                .toBuilder()
                .usage(Usage.builder()
                        .totalTokens(42L)
                        .inputTokens(17L)
                        .outputTokens(25L)
                        .build())
                .build();
        beforeDone.run();
        session.sendResponseDone(ResponseDoneEvent.builder()
                .eventId(ids.next("event"))
                .response(response)
                .build());
    }

    private RealtimeResponse response(
            RealtimeResponseStatus status, ResponseStatusDetails details, List<ConversationItem> output) {
        List<Modality> outputModalities = new ArrayList<>();
        modalities.forEach(modality -> outputModalities.add(Modality.of(modality)));
        return RealtimeResponse.builder()
                .object("realtime.response")
                .id(responseId)
                .status(status)
                .statusDetails(details)
                .output(output)
                .conversationId("conv_stub")
                .outputModalities(outputModalities)
                .maxOutputTokensInf()
                .build();
    }

    /**
     * The part as {@code response.content_part.*} carry it: the GA service names it by its pre-GA
     * type ({@code text}, {@code audio}) there, while the item's content says {@code output_text},
     * {@code output_audio} (the GA recordings and both OpenAI SDKs agree).
     */
    private static ContentPart partEvent(ContentPart itemContent) {
        if (itemContent instanceof OutputTextContent text) {
            return TextContent.builder().text(text.text()).build();
        }
        if (itemContent instanceof OutputAudioContent audio) {
            return AudioContent.builder().transcript(audio.transcript()).build();
        }
        throw new IllegalArgumentException(
                "an assistant message holds output_text or output_audio, not " + itemContent.type());
    }
}
