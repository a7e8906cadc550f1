package io.asyncgen.it.demo;

import io.asyncgen.it.azure.ConversationItem;
import io.asyncgen.it.azure.ConversationItemAddedEvent;
import io.asyncgen.it.azure.ConversationItemDoneEvent;
import io.asyncgen.runtime.DecodeException;
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
import io.asyncgen.it.azure.AzureOpenAiRealtimeClient;
import io.asyncgen.it.azure.AzureOpenAiRealtimeEndpoint;
import io.asyncgen.it.azure.RateLimitsUpdatedEvent;
import io.asyncgen.it.azure.RealtimeSession;
import io.asyncgen.it.azure.Modality;
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
import io.asyncgen.runtime.Transport;
import io.asyncgen.it.stub.Script;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The demo conversation with the client generated from spec/azure-openai-realtime.yaml: a text
 * session with one tool, a greeting, and a question that makes the model call the tool, which
 * runs here and whose output goes back before the model answers.
 */
final class AzureConversation {
  private final Transcript out;
  private final Duration timeout;

  AzureConversation(Transcript out, Duration timeout) {
    this.out = out;
    this.timeout = timeout;
  }

  void run(AzureOpenAiRealtimeEndpoint endpoint, List<String> userTurns) throws Exception {
    AzureOpenAiRealtimeClient client = AzureOpenAiRealtimeClient.builder().endpoint(endpoint).handler(new Printer()).build();
    ServiceErrors<ErrorEvent> errors = new ServiceErrors<>(client, ErrorEvent.class, event -> event.error().message());
    CompletableFuture<SessionCreatedEvent> created = client.next(SessionCreatedEvent.class, timeout);
    client.open().toCompletableFuture().get(timeout.toSeconds(), TimeUnit.SECONDS);
    try {
      errors.await(created);
      out.sent("session.update", "instructions, text output, tool get_weather");
      errors.await(client.sendAndAwait(SessionUpdateEvent.builder().session(RealtimeSession.builder()
          .instructions("You are a concise assistant. For weather questions call get_weather.")
          .addOutputModality(Modality.TEXT)
          .addTool(weatherTool())
          .build()).build(), SessionUpdatedEvent.class, timeout));
      for (String turn : userTurns) {
        turn(client, errors, turn);
      }
    } finally {
      out.sent("close", "1000 demo over");
      client.close(Transport.NORMAL_CLOSURE, "demo over");
    }
  }

  private void turn(AzureOpenAiRealtimeClient client, ServiceErrors<ErrorEvent> errors, String text) {
    out.said("user", text);
    out.sent("conversation.item.create", "message (user)");
    client.sendConversationItemCreate(MessageItem.builder().role(MessageItemRole.USER)
        .addContent(InputTextContent.builder().text(text).build()).build());
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
      out.received(event.type(), event.error().code() + ": " + event.error().message());
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
      out.received(event.type(), describe(event.item()));
    }

    @Override
    public void onConversationItemDone(ConversationItemDoneEvent event) {
      out.received(event.type(), describe(event.item()));
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
      out.received(event.type(), describe(event.item()));
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
      out.received(event.type(), describe(event.item()));
    }

    @Override
    public void onResponseDone(ResponseDoneEvent event) {
      out.received(event.type(), event.response().status().value()
          + (event.response().usage() == null ? "" : ", " + event.response().usage().totalTokens() + " tokens"));
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
