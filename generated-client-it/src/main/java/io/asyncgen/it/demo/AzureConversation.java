package io.asyncgen.it.demo;

import io.asyncgen.it.azure.AzureOpenAiRealtimeClient;
import io.asyncgen.it.azure.AzureOpenAiRealtimeEndpoint;
import io.asyncgen.it.azure.ConversationItem;
import io.asyncgen.it.azure.ConversationItemAddedEvent;
import io.asyncgen.it.azure.ConversationItemDoneEvent;
import io.asyncgen.it.azure.ErrorEvent;
import io.asyncgen.it.azure.FunctionCallItem;
import io.asyncgen.it.azure.FunctionCallOutputItem;
import io.asyncgen.it.azure.FunctionTool;
import io.asyncgen.it.azure.InputAudioBufferCommittedEvent;
import io.asyncgen.it.azure.InputAudioBufferSpeechStartedEvent;
import io.asyncgen.it.azure.InputAudioBufferSpeechStoppedEvent;
import io.asyncgen.it.azure.InputTextContent;
import io.asyncgen.it.azure.MessageItem;
import io.asyncgen.it.azure.MessageItemRole;
import io.asyncgen.it.azure.Modality;
import io.asyncgen.it.azure.RateLimitsUpdatedEvent;
import io.asyncgen.it.azure.RealtimeSession;
import io.asyncgen.it.azure.ResponseContentPartAddedEvent;
import io.asyncgen.it.azure.ResponseContentPartDoneEvent;
import io.asyncgen.it.azure.ResponseCreateEvent;
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
import io.asyncgen.it.azure.ServerEvent;
import io.asyncgen.it.azure.ServerEventHandler;
import io.asyncgen.it.azure.SessionCreatedEvent;
import io.asyncgen.it.azure.SessionUpdateEvent;
import io.asyncgen.it.azure.SessionUpdatedEvent;
import io.asyncgen.it.stub.Script;
import io.asyncgen.runtime.DecodeException;
import io.asyncgen.runtime.Transport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The demo conversation with the client generated from spec/azure-openai-realtime.yaml: a text
 * session with one tool, a greeting, and a question that makes the model call the tool, which
 * runs here and whose output goes back before the model answers.
 */
record AzureConversation(Transcript out, Duration timeout) {
    /** The generated item as the {@link Item} the transcript and the turns read: the sealed {@code ConversationItem}'s members. */
    private static Item item(ConversationItem item) {
        if (item instanceof MessageItem message) {
            return new Item.Message(
                    message.id(), message.role() == null ? null : message.role().value());
        }
        if (item instanceof FunctionCallItem call) {
            return new Item.FunctionCall(call.id(), call.callId(), call.name(), call.arguments());
        }
        if (item instanceof FunctionCallOutputItem output) {
            return new Item.FunctionCallOutput(output.id());
        }
        return new Item.Other(item.toJson().path("type").asText());
    }

    void run(AzureOpenAiRealtimeEndpoint endpoint, List<String> userTurns) throws Exception {
        AzureOpenAiRealtimeClient client = AzureOpenAiRealtimeClient.builder()
                .endpoint(endpoint)
                .handler(new Printer())
                .build();
        ServiceErrors<ErrorEvent> errors = new ServiceErrors<>(
                client, ErrorEvent.class, event -> event.error().message());
        CompletableFuture<SessionCreatedEvent> created = client.next(SessionCreatedEvent.class, timeout);
        client.open().toCompletableFuture().get(timeout.toSeconds(), TimeUnit.SECONDS);
        try {
            errors.await(created);
            out.sent("session.update", "instructions, text output, tool get_weather");
            errors.await(client.sendAndAwait(
                    SessionUpdateEvent.builder()
                            .session(RealtimeSession.builder()
                                    .instructions(ConversationTurns.INSTRUCTIONS)
                                    .addOutputModality(Modality.TEXT)
                                    .addTool(FunctionTool.builder()
                                            .name(Script.WEATHER_TOOL)
                                            .description(ConversationTurns.WEATHER_DESCRIPTION)
                                            .parametersJson(ConversationTurns.WEATHER_PARAMETERS)
                                            .build())
                                    .build())
                            .build(),
                    SessionUpdatedEvent.class,
                    timeout));
            ConversationTurns turns = new ConversationTurns(out, new TurnEvents(client, errors));
            userTurns.forEach(turns::take);
        } finally {
            out.sent("close", "1000 demo over");
            client.close(Transport.NORMAL_CLOSURE, "demo over");
        }
    }

    /** A turn's client events on the generated Azure client. */
    private final class TurnEvents implements ConversationTurns.Client {
        private final AzureOpenAiRealtimeClient client;
        private final ServiceErrors<ErrorEvent> errors;

        TurnEvents(AzureOpenAiRealtimeClient client, ServiceErrors<ErrorEvent> errors) {
            this.client = client;
            this.errors = errors;
        }

        @Override
        public void sendUserMessage(String text) {
            client.sendConversationItemCreate(MessageItem.builder()
                    .role(MessageItemRole.USER)
                    .addContent(InputTextContent.builder().text(text).build())
                    .build());
        }

        @Override
        public List<Item> createResponse() {
            ResponseDoneEvent done = errors.await(
                    client.sendAndAwait(ResponseCreateEvent.builder().build(), ResponseDoneEvent.class, timeout));
            return Item.all(done.response().output(), AzureConversation::item);
        }

        @Override
        public void sendFunctionCallOutput(String callId, String output) {
            client.sendConversationItemCreate(FunctionCallOutputItem.builder()
                    .callId(callId)
                    .output(output)
                    .build());
        }
    }

    /** Prints every event as it arrives (on the transport's thread). */
    private final class Printer implements ServerEventHandler {
        @Override
        public void onError(ErrorEvent event) {
            out.received(
                    event.type(), event.error().code() + ": " + event.error().message());
        }

        @Override
        public void onSessionCreated(SessionCreatedEvent event) {
            RealtimeSession session = event.session() instanceof RealtimeSession realtime ? realtime : null;
            out.received(event.type(), session == null ? "" : session.id() + ", model " + session.model());
        }

        @Override
        public void onSessionUpdated(SessionUpdatedEvent event) {
            out.received(event.type(), null);
        }

        @Override
        public void onConversationItemAdded(ConversationItemAddedEvent event) {
            out.received(event.type(), item(event.item()).description());
        }

        @Override
        public void onConversationItemDone(ConversationItemDoneEvent event) {
            out.received(event.type(), item(event.item()).description());
        }

        @Override
        public void onInputAudioBufferSpeechStarted(InputAudioBufferSpeechStartedEvent event) {
            out.received(event.type(), "at " + event.audioStartMs() + " ms");
        }

        @Override
        public void onInputAudioBufferSpeechStopped(InputAudioBufferSpeechStoppedEvent event) {
            out.received(event.type(), "at " + event.audioEndMs() + " ms");
        }

        @Override
        public void onInputAudioBufferCommitted(InputAudioBufferCommittedEvent event) {
            out.received(event.type(), event.itemId());
        }

        @Override
        public void onResponseCreated(ResponseCreatedEvent event) {
            out.received(event.type(), event.response().id());
        }

        @Override
        public void onResponseOutputItemAdded(ResponseOutputItemAddedEvent event) {
            out.received(event.type(), item(event.item()).description());
        }

        @Override
        public void onResponseContentPartAdded(ResponseContentPartAddedEvent event) {
            out.received(event.type(), null);
        }

        @Override
        public void onResponseOutputTextDelta(ResponseOutputTextDeltaEvent event) {
            out.delta(event.type(), event.delta());
        }

        @Override
        public void onResponseOutputTextDone(ResponseOutputTextDoneEvent event) {
            out.received(event.type(), null);
            out.said("assistant", event.text());
        }

        @Override
        public void onResponseOutputAudioDelta(ResponseOutputAudioDeltaEvent event) {
            out.delta(event.type(), ".");
        }

        @Override
        public void onResponseOutputAudioDone(ResponseOutputAudioDoneEvent event) {
            out.received(event.type(), null);
        }

        @Override
        public void onResponseOutputAudioTranscriptDelta(ResponseOutputAudioTranscriptDeltaEvent event) {
            out.delta(event.type(), event.delta());
        }

        @Override
        public void onResponseOutputAudioTranscriptDone(ResponseOutputAudioTranscriptDoneEvent event) {
            out.received(event.type(), null);
            out.said("assistant", event.transcript());
        }

        @Override
        public void onResponseFunctionCallArgumentsDelta(ResponseFunctionCallArgumentsDeltaEvent event) {
            out.delta(event.type(), event.delta());
        }

        @Override
        public void onResponseFunctionCallArgumentsDone(ResponseFunctionCallArgumentsDoneEvent event) {
            out.received(event.type(), event.name() + " " + event.arguments());
        }

        @Override
        public void onResponseContentPartDone(ResponseContentPartDoneEvent event) {
            out.received(event.type(), null);
        }

        @Override
        public void onResponseOutputItemDone(ResponseOutputItemDoneEvent event) {
            out.received(event.type(), item(event.item()).description());
        }

        @Override
        public void onResponseDone(ResponseDoneEvent event) {
            out.received(
                    event.type(),
                    event.response().status().value()
                            + (event.response().usage() == null
                                    ? ""
                                    : ", " + event.response().usage().totalTokens() + " tokens"));
        }

        @Override
        public void onRateLimitsUpdated(RateLimitsUpdatedEvent event) {
            out.received(event.type(), null);
        }

        @Override
        public void onUnknown(ServerEvent.Unknown event) {
            out.received(event.type(), "(not in the document: kept whole as ServerEvent.Unknown)");
        }

        @Override
        public void onDecodeError(DecodeException error) {
            out.received("(not JSON)", error.getMessage());
        }
    }
}
