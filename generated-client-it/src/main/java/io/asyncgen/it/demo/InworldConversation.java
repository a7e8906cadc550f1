package io.asyncgen.it.demo;

import io.asyncgen.it.inworld.InworldRealtimeClient;
import io.asyncgen.it.inworld.InworldRealtimeEndpoint;
import io.asyncgen.it.inworld.ContentPart;
import io.asyncgen.it.inworld.ContentPartType;
import io.asyncgen.it.inworld.ConversationItem;
import io.asyncgen.it.inworld.ConversationItemAddedEvent;
import io.asyncgen.it.inworld.ConversationItemDoneEvent;
import io.asyncgen.runtime.DecodeException;
import io.asyncgen.it.inworld.ErrorEvent;
import io.asyncgen.it.inworld.FunctionCallItem;
import io.asyncgen.it.inworld.FunctionCallOutputItem;
import io.asyncgen.it.inworld.FunctionTool;
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
import io.asyncgen.it.inworld.ResponseOutputAudioTranscriptDeltaEvent;
import io.asyncgen.it.inworld.ResponseOutputAudioTranscriptDoneEvent;
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
import io.asyncgen.runtime.Transport;
import io.asyncgen.it.stub.Script;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The demo conversation with the client generated from spec/inworld-realtime.yaml: the same
 * script as {@link AzureConversation} on Inworld's protocol, with Inworld's {@code providerData}
 * (rolling memory) in the session.
 */
final class InworldConversation {
  private final Transcript out;
  private final Duration timeout;

  InworldConversation(Transcript out, Duration timeout) {
    this.out = out;
    this.timeout = timeout;
  }

  void run(InworldRealtimeEndpoint endpoint, String model, List<String> userTurns) throws Exception {
    InworldRealtimeClient client = InworldRealtimeClient.builder().endpoint(endpoint).handler(new Printer()).build();
    ServiceErrors<ErrorEvent> errors = new ServiceErrors<>(client, ErrorEvent.class, event -> event.error() != null ? event.error().message() : event.message());
    CompletableFuture<SessionCreatedEvent> created = client.next(SessionCreatedEvent.class, timeout);
    client.open().toCompletableFuture().get(timeout.toSeconds(), TimeUnit.SECONDS);
    try {
      errors.await(created);
      RealtimeSession.Builder session = RealtimeSession.builder().type("realtime")
          .instructions("You are a concise assistant. For weather questions call get_weather.")
          .addOutputModality(Modality.TEXT)
          .addTool(weatherTool())
          .providerData(SessionProviderData.builder().memory(MemoryProviderData.builder().enabled(true).build()).build());
      if (model != null) {
        session.model(model);
      }
      out.sent("session.update", "instructions, text output, tool get_weather, providerData.memory");
      errors.await(client.sendAndAwait(SessionUpdateEvent.builder().session(session.build()).build(), SessionUpdatedEvent.class, timeout));
      for (String turn : userTurns) {
        turn(client, errors, turn);
      }
    } finally {
      out.sent("close", "1000 demo over");
      client.close(Transport.NORMAL_CLOSURE, "demo over");
    }
  }

  private void turn(InworldRealtimeClient client, ServiceErrors<ErrorEvent> errors, String text) {
    out.said("user", text);
    out.sent("conversation.item.create", "message (user)");
    client.sendConversationItemCreate(MessageItem.builder().role(MessageItemRole.USER)
        .addContent(ContentPart.builder().type(ContentPartType.INPUT_TEXT).text(text).build()).build());
    out.sent("response.create", null);
    ResponseCreateEvent respond = ResponseCreateEvent.builder().build();
    while (true) {
      ResponseDoneEvent done = errors.await(client.sendAndAwait(respond, ResponseDoneEvent.class, timeout));
      List<FunctionCallItem> calls = done.response().output() == null ? List.of()
          : done.response().output().stream().filter(FunctionCallItem.class::isInstance).map(FunctionCallItem.class::cast).toList();
      if (calls.isEmpty()) {
        return;
      }
      for (FunctionCallItem call : calls) {
        String output = Script.weather(call.arguments());
        out.said("tool", call.name() + "(" + call.arguments() + ") = " + output);
        out.sent("conversation.item.create", "function_call_output for " + call.callId());
        client.sendConversationItemCreate(FunctionCallOutputItem.builder().callId(call.callId()).output(output).build());
      }
      out.sent("response.create", null);
    }
  }

  private static FunctionTool weatherTool() {
    return FunctionTool.builder().name(Script.WEATHER_TOOL).description("The current weather in a city.")
        .parametersJson("{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}")
        .build();
  }

  private static String describe(ConversationItem item) {
    if (item instanceof MessageItem message) {
      return message.id() + " message (" + (message.role() == null ? "?" : message.role().value()) + ")";
    }
    if (item instanceof FunctionCallItem call) {
      return call.id() + " function_call " + call.name();
    }
    if (item instanceof FunctionCallOutputItem output) {
      return output.id() + " function_call_output";
    }
    return String.valueOf(item.toJson().path("type").asText());
  }

  /** Prints every event as it arrives (on the transport's thread). */
  private final class Printer implements ServerEventHandler {
    @Override
    public void onError(ErrorEvent event) {
      String message = event.error() != null ? event.error().message() : event.message();
      out.received(event.type(), message);
    }

    @Override
    public void onSessionCreated(SessionCreatedEvent event) {
      out.received(event.type(), event.session() == null ? "" : event.session().id() + ", model " + event.session().model());
    }

    @Override
    public void onSessionUpdated(SessionUpdatedEvent event) {
      SessionProviderData providerData = event.session() == null ? null : event.session().providerData();
      boolean memory = providerData != null && providerData.memory() != null && providerData.memory().state() != null;
      out.received(event.type(), memory ? "providerData.memory.state version " + providerData.memory().state().version() : null);
    }

    @Override
    public void onConversationItemAdded(ConversationItemAddedEvent event) {
      out.received(event.type(), describe(event.item()));
    }

    @Override
    public void onConversationItemDone(ConversationItemDoneEvent event) {
      out.received(event.type(), describe(event.item()));
    }

    @Override
    public void onResponseCreated(ResponseCreatedEvent event) {
      out.received(event.type(), event.response().id());
    }

    @Override
    public void onResponseOutputItemAdded(ResponseOutputItemAddedEvent event) {
      out.received(event.type(), describe(event.item()));
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
    public void onResponseOutputItemDone(ResponseOutputItemDoneEvent event) {
      out.received(event.type(), describe(event.item()));
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
      out.received(event.type(), event.response().status() == null ? "" : event.response().status().value());
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
