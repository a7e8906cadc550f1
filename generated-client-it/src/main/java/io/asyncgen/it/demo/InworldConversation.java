package io.asyncgen.it.demo;

import io.asyncgen.it.inworld.ContentPart;
import io.asyncgen.it.inworld.ContentPartType;
import io.asyncgen.it.inworld.ConversationItem;
import io.asyncgen.it.inworld.ConversationItemAddedEvent;
import io.asyncgen.it.inworld.ConversationItemDoneEvent;
import io.asyncgen.it.inworld.ErrorEvent;
import io.asyncgen.it.inworld.FunctionCallItem;
import io.asyncgen.it.inworld.FunctionCallOutputItem;
import io.asyncgen.it.inworld.FunctionTool;
import io.asyncgen.it.inworld.InworldRealtimeClient;
import io.asyncgen.it.inworld.InworldRealtimeEndpoint;
import io.asyncgen.it.inworld.MemoryProviderData;
import io.asyncgen.it.inworld.MessageItem;
import io.asyncgen.it.inworld.MessageItemRole;
import io.asyncgen.it.inworld.Modality;
import io.asyncgen.it.inworld.RealtimeSession;
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
import io.asyncgen.it.inworld.ServerEvent;
import io.asyncgen.it.inworld.ServerEventHandler;
import io.asyncgen.it.inworld.SessionCreatedEvent;
import io.asyncgen.it.inworld.SessionProviderData;
import io.asyncgen.it.inworld.SessionUpdateEvent;
import io.asyncgen.it.inworld.SessionUpdatedEvent;
import io.asyncgen.it.stub.Script;
import io.asyncgen.runtime.DecodeException;
import io.asyncgen.runtime.Transport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The demo conversation with the client generated from spec/inworld-realtime.yaml: the same
 * script as {@link AzureConversation} on Inworld's protocol, with Inworld's {@code providerData}
 * (rolling memory) in the session.
 */
record InworldConversation(Transcript out, Duration timeout) {
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

    void run(InworldRealtimeEndpoint endpoint, String model, List<String> userTurns) throws Exception {
        InworldRealtimeClient client = InworldRealtimeClient.builder()
                .endpoint(endpoint)
                .handler(new Printer())
                .build();
        ServiceErrors<ErrorEvent> errors = new ServiceErrors<>(
                client,
                ErrorEvent.class,
                event -> event.error() != null ? event.error().message() : event.message());
        CompletableFuture<SessionCreatedEvent> created = client.next(SessionCreatedEvent.class, timeout);
        client.open().toCompletableFuture().get(timeout.toSeconds(), TimeUnit.SECONDS);
        try {
            errors.await(created);
            RealtimeSession.Builder session = RealtimeSession.builder()
                    .type("realtime")
                    .instructions(ConversationTurns.INSTRUCTIONS)
                    .addOutputModality(Modality.TEXT)
                    .addTool(FunctionTool.builder()
                            .name(Script.WEATHER_TOOL)
                            .description(ConversationTurns.WEATHER_DESCRIPTION)
                            .parametersJson(ConversationTurns.WEATHER_PARAMETERS)
                            .build())
                    .providerData(SessionProviderData.builder()
                            .memory(MemoryProviderData.builder().enabled(true).build())
                            .build());
            if (model != null) {
                session.model(model);
            }
            out.sent("session.update", "instructions, text output, tool get_weather, providerData.memory");
            errors.await(client.sendAndAwait(
                    SessionUpdateEvent.builder().session(session.build()).build(), SessionUpdatedEvent.class, timeout));
            ConversationTurns turns = new ConversationTurns(out, new TurnEvents(client, errors));
            userTurns.forEach(turns::take);
        } finally {
            out.sent("close", "1000 demo over");
            client.close(Transport.NORMAL_CLOSURE, "demo over");
        }
    }

    /** A turn's client events on the generated Inworld client: a user message is a {@code ContentPart} of type {@code input_text}. */
    private final class TurnEvents implements ConversationTurns.Client {
        private final InworldRealtimeClient client;
        private final ServiceErrors<ErrorEvent> errors;

        TurnEvents(InworldRealtimeClient client, ServiceErrors<ErrorEvent> errors) {
            this.client = client;
            this.errors = errors;
        }

        @Override
        public void sendUserMessage(String text) {
            client.sendConversationItemCreate(MessageItem.builder()
                    .role(MessageItemRole.USER)
                    .addContent(ContentPart.builder()
                            .type(ContentPartType.INPUT_TEXT)
                            .text(text)
                            .build())
                    .build());
        }

        @Override
        public List<Item> createResponse() {
            ResponseDoneEvent done = errors.await(
                    client.sendAndAwait(ResponseCreateEvent.builder().build(), ResponseDoneEvent.class, timeout));
            return Item.all(done.response().output(), InworldConversation::item);
        }

        @Override
        public void sendFunctionCallOutput(String callId, String output) {
            client.sendConversationItemCreate(FunctionCallOutputItem.builder()
                    .callId(callId)
                    .output(output)
                    .build());
        }
    }

    /**
     * Prints the events of this text session as they arrive (on the transport's thread), Inworld's
     * backchannels among them; audio output (deltas, transcripts) it does not ask for.
     */
    private final class Printer implements ServerEventHandler {
        @Override
        public void onError(ErrorEvent event) {
            String message = event.error() != null ? event.error().message() : event.message();
            out.received(event.type(), message);
        }

        @Override
        public void onSessionCreated(SessionCreatedEvent event) {
            out.received(
                    event.type(),
                    event.session() == null
                            ? ""
                            : event.session().id() + ", model "
                                    + event.session().model());
        }

        @Override
        public void onSessionUpdated(SessionUpdatedEvent event) {
            SessionProviderData providerData =
                    event.session() == null ? null : event.session().providerData();
            boolean memory = providerData != null
                    && providerData.memory() != null
                    && providerData.memory().state() != null;
            out.received(
                    event.type(),
                    memory
                            ? "providerData.memory.state version "
                                    + providerData.memory().state().version()
                            : null);
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
        public void onResponseCreated(ResponseCreatedEvent event) {
            out.received(event.type(), event.response().id());
        }

        @Override
        public void onResponseOutputItemAdded(ResponseOutputItemAddedEvent event) {
            out.received(event.type(), item(event.item()).description());
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
        public void onResponseFunctionCallArgumentsDelta(ResponseFunctionCallArgumentsDeltaEvent event) {
            out.delta(event.type(), event.delta());
        }

        @Override
        public void onResponseFunctionCallArgumentsDone(ResponseFunctionCallArgumentsDoneEvent event) {
            out.received(event.type(), event.name() + " " + event.arguments());
        }

        @Override
        public void onResponseOutputItemDone(ResponseOutputItemDoneEvent event) {
            out.received(event.type(), item(event.item()).description());
        }

        @Override
        public void onResponseBackchannelAudioDone(ResponseBackchannelAudioDoneEvent event) {
            out.received(event.type(), event.phrase());
        }

        @Override
        public void onResponseBackchannelSkipped(ResponseBackchannelSkippedEvent event) {
            out.received(event.type(), event.reason());
        }

        @Override
        public void onResponseDone(ResponseDoneEvent event) {
            out.received(
                    event.type(),
                    event.response().status() == null
                            ? ""
                            : event.response().status().value());
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
