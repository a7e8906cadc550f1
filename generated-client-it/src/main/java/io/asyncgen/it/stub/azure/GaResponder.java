package io.asyncgen.it.stub.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.asyncgen.it.azure.AudioContent;
import io.asyncgen.it.azure.ContentPart;
import io.asyncgen.it.azure.ConversationItem;
import io.asyncgen.it.azure.ConversationItemAddedEvent;
import io.asyncgen.it.azure.ConversationItemDoneEvent;
import io.asyncgen.it.azure.FunctionCallItem;
import io.asyncgen.it.azure.FunctionCallItemStatus;
import io.asyncgen.it.azure.FunctionCallOutputItem;
import io.asyncgen.it.azure.InputTextContent;
import io.asyncgen.it.azure.MessageItem;
import io.asyncgen.it.azure.MessageItemRole;
import io.asyncgen.it.azure.MessageItemStatus;
import io.asyncgen.it.azure.AzureOpenAiRealtimeServer;
import io.asyncgen.it.azure.OutputAudioContent;
import io.asyncgen.it.azure.OutputTextContent;
import io.asyncgen.it.azure.RealtimeResponse;
import io.asyncgen.it.azure.Modality;
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
import io.asyncgen.it.azure.ServerEvent;
import io.asyncgen.it.azure.ServerEventCodec;
import io.asyncgen.it.azure.TextContent;
import io.asyncgen.it.azure.Usage;
import io.asyncgen.it.stub.Ids;
import io.asyncgen.it.stub.JettySocket;
import io.asyncgen.it.stub.Pcm16;
import io.asyncgen.it.stub.Scenarios;
import io.asyncgen.it.stub.Script;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Streams the responses of {@link GaAssistant} with the generated server session, in the GA
 * event order: {@code response.created}, {@code response.output_item.added},
 * {@code conversation.item.added}, {@code response.content_part.added}, deltas, the matching
 * {@code .done} events, {@code response.done}. Also plays the fault scenarios of
 * {@link Scenarios} that happen inside a response.
 */
final class GaResponder {
  private static final long OUTPUT = 0;
  private static final long CONTENT = 0;
  private static final int AUDIO_CHUNK_BYTES = 100 * Pcm16.BYTES_PER_MS;

  private final AzureOpenAiRealtimeServer session;
  private final JettySocket socket;
  private final Ids ids;
  private final String scenario;
  private final long deltaDelayMs;
  private final int burstCount;
  private final Map<String, byte[]> heard = new HashMap<>();
  private final Map<String, Long> spoken = new ConcurrentHashMap<>();
  private volatile String active;
  private volatile boolean cancelRequested;

  GaResponder(AzureOpenAiRealtimeServer session, JettySocket socket, Ids ids, String scenario, long deltaDelayMs, int burstCount) {
    this.session = session;
    this.socket = socket;
    this.ids = ids;
    this.scenario = scenario;
    this.deltaDelayMs = deltaDelayMs;
    this.burstCount = burstCount;
  }

  /** The id of any item (null for items without one). */
  static String id(ConversationItem item) {
    JsonNode id = item.toJson().get("id");
    return id == null || id.isNull() ? null : id.asText();
  }

  /** The user said {@code pcm} in item {@code itemId}. */
  void heard(String itemId, byte[] pcm) {
    heard.put(itemId, pcm);
  }

  /** How many ms of audio the assistant spoke in {@code itemId}; null when it is not an assistant audio item. */
  Long audioMillis(String itemId) {
    return spoken.get(itemId);
  }

  /** Asks the active response (or the one named) to stop; false when none is active. */
  boolean cancel(String responseId) {
    String current = active;
    if (current == null || responseId != null && !responseId.equals(current)) {
      return false;
    }
    cancelRequested = true;
    return true;
  }

  void respond(List<ConversationItem> conversation, List<String> tools, List<String> modalities, Consumer<ConversationItem> record) {
    String responseId = ids.next("resp");
    cancelRequested = false;
    active = responseId;
    try {
      Response response = new Response(responseId, modalities, record);
      session.sendResponseCreated(ResponseCreatedEvent.builder().eventId(ids.next("event"))
          .response(response.response(RealtimeResponseStatus.IN_PROGRESS, null, List.of())).build());
      switch (scenario) {
        case Scenarios.BURST -> response.burst();
        case Scenarios.BIG_FRAME -> response.bigFrame();
        case Scenarios.FRAGMENTED -> response.fragmented();
        default -> response.answer(conversation, tools);
      }
    } finally {
      active = null;
    }
  }

  /** One response being streamed: its id, its output modalities, and where its finished items go (the conversation). */
  private final class Response {
    private final String responseId;
    private final List<String> modalities;
    private final Consumer<ConversationItem> record;

    Response(String responseId, List<String> modalities, Consumer<ConversationItem> record) {
      this.responseId = responseId;
      this.modalities = modalities;
      this.record = record;
    }

    void answer(List<ConversationItem> conversation, List<String> tools) {
      Script.Turn turn = Script.lastTurn(conversation, GaResponder::turn);
      byte[] userAudio = turn instanceof Script.UserMessage message ? heard.get(message.itemId()) : null;
      Script.Reply reply = Script.reply(turn, tools);
      if (reply instanceof Script.Call call) {
        functionCall(call);
      } else if (modalities.contains("audio")) {
        String said = ((Script.Say) reply).text();
        if (userAudio != null) {
          audioMessage("I heard " + Pcm16.millis(userAudio.length) + " ms of audio; here it is back.", userAudio);
        } else {
          audioMessage(said, Pcm16.sine(330, 60 * Script.deltas(said).size(), 0.3));
        }
      } else {
        textMessage(((Script.Say) reply).text());
      }
    }

    private void textMessage(String text) {
      String itemId = startMessage(OutputTextContent.builder().text("").build());
      StringBuilder sent = new StringBuilder();
      List<String> deltas = Script.deltas(text);
      for (int i = 0; i < deltas.size(); i++) {
        if (cancelRequested) {
          finishMessage(itemId, OutputTextContent.builder().text(sent.toString()).build(), true);
          return;
        }
        session.sendResponseOutputTextDelta(ResponseOutputTextDeltaEvent.builder().eventId(ids.next("event")).responseId(responseId)
            .itemId(itemId).outputIndex(OUTPUT).contentIndex(CONTENT).delta(deltas.get(i)).build());
        sent.append(deltas.get(i));
        if (i == 0) {
          inject(itemId);
        }
        if (i == 1 && Scenarios.CLOSE_MID_RESPONSE.equals(scenario)) {
          socket.close(Scenarios.CLOSE_CODE, Scenarios.CLOSE_REASON);
          return;
        }
        pause();
      }
      session.sendResponseOutputTextDone(ResponseOutputTextDoneEvent.builder().eventId(ids.next("event")).responseId(responseId)
          .itemId(itemId).outputIndex(OUTPUT).contentIndex(CONTENT).text(text).build());
      finishMessage(itemId, OutputTextContent.builder().text(text).build(), false);
    }

    private void audioMessage(String transcript, byte[] pcm) {
      String itemId = startMessage(OutputAudioContent.builder().transcript("").build());
      spoken.put(itemId, Pcm16.millis(pcm.length));
      List<String> audio = Pcm16.base64Chunks(pcm, AUDIO_CHUNK_BYTES);
      List<String> words = Script.deltas(transcript);
      StringBuilder said = new StringBuilder();
      for (int i = 0; i < Math.max(audio.size(), words.size()); i++) {
        if (cancelRequested) {
          finishMessage(itemId, OutputAudioContent.builder().transcript(said.toString()).build(), true);
          return;
        }
        if (i < audio.size()) {
          session.sendResponseOutputAudioDelta(ResponseOutputAudioDeltaEvent.builder().eventId(ids.next("event")).responseId(responseId)
              .itemId(itemId).outputIndex(OUTPUT).contentIndex(CONTENT).delta(audio.get(i)).build());
        }
        if (i < words.size()) {
          session.sendResponseOutputAudioTranscriptDelta(ResponseOutputAudioTranscriptDeltaEvent.builder().eventId(ids.next("event"))
              .responseId(responseId).itemId(itemId).outputIndex(OUTPUT).contentIndex(CONTENT).delta(words.get(i)).build());
          said.append(words.get(i));
        }
        pause();
      }
      session.sendResponseOutputAudioDone(ResponseOutputAudioDoneEvent.builder().eventId(ids.next("event")).responseId(responseId)
          .itemId(itemId).outputIndex(OUTPUT).contentIndex(CONTENT).build());
      session.sendResponseOutputAudioTranscriptDone(ResponseOutputAudioTranscriptDoneEvent.builder().eventId(ids.next("event"))
          .responseId(responseId).itemId(itemId).outputIndex(OUTPUT).contentIndex(CONTENT).transcript(transcript).build());
      finishMessage(itemId, OutputAudioContent.builder().transcript(transcript).build(), false);
    }

    private void functionCall(Script.Call call) {
      String itemId = ids.next("item");
      String callId = ids.next("call");
      FunctionCallItem started = FunctionCallItem.builder().id(itemId).object("realtime.item").status(FunctionCallItemStatus.IN_PROGRESS)
          .callId(callId).name(call.name()).arguments("").build();
      announce(started);
      for (String delta : Script.chunks(call.arguments(), 6)) {
        session.sendResponseFunctionCallArgumentsDelta(ResponseFunctionCallArgumentsDeltaEvent.builder().eventId(ids.next("event"))
            .responseId(responseId).itemId(itemId).outputIndex(OUTPUT).callId(callId).delta(delta).build());
        pause();
      }
      session.sendResponseFunctionCallArgumentsDone(ResponseFunctionCallArgumentsDoneEvent.builder().eventId(ids.next("event"))
          .responseId(responseId).itemId(itemId).outputIndex(OUTPUT).callId(callId).name(call.name()).arguments(call.arguments()).build());
      FunctionCallItem done = started.toBuilder().status(FunctionCallItemStatus.COMPLETED).arguments(call.arguments()).build();
      complete(done, false);
    }

    void burst() {
      String itemId = startMessage(OutputTextContent.builder().text("").build());
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < burstCount; i++) {
        if (!session.isOpen()) {
          throw new IllegalStateException("the connection closed");
        }
        String delta = i == 0 ? "0" : "," + i;
        session.sendResponseOutputTextDelta(ResponseOutputTextDeltaEvent.builder().eventId(ids.next("event")).responseId(responseId)
            .itemId(itemId).outputIndex(OUTPUT).contentIndex(CONTENT).delta(delta).build());
        text.append(delta);
      }
      session.sendResponseOutputTextDone(ResponseOutputTextDoneEvent.builder().eventId(ids.next("event")).responseId(responseId)
          .itemId(itemId).outputIndex(OUTPUT).contentIndex(CONTENT).text(text.toString()).build());
      finishMessage(itemId, OutputTextContent.builder().text(text.toString()).build(), false);
    }

    void bigFrame() {
      String itemId = startMessage(OutputAudioContent.builder().transcript("").build());
      byte[] pcm = Scenarios.bigFramePcm();
      spoken.put(itemId, Pcm16.millis(pcm.length));
      ServerEvent delta = ResponseOutputAudioDeltaEvent.builder().eventId(ids.next("event")).responseId(responseId)
          .itemId(itemId).outputIndex(OUTPUT).contentIndex(CONTENT).delta(Base64.getEncoder().encodeToString(pcm)).build();
      await(socket.sendSingleFrame(ServerEventCodec.encode(delta)));
      session.sendResponseOutputAudioDone(ResponseOutputAudioDoneEvent.builder().eventId(ids.next("event")).responseId(responseId)
          .itemId(itemId).outputIndex(OUTPUT).contentIndex(CONTENT).build());
      finishMessage(itemId, OutputAudioContent.builder().transcript("").build(), false);
    }

    void fragmented() {
      String itemId = startMessage(OutputTextContent.builder().text("").build());
      String text = Scenarios.longText();
      String json = ServerEventCodec.encode(ResponseOutputTextDeltaEvent.builder().eventId(ids.next("event")).responseId(responseId)
          .itemId(itemId).outputIndex(OUTPUT).contentIndex(CONTENT).delta(text).build());
      await(socket.sendFragments(Script.chunks(json, json.length() / Scenarios.FRAGMENTS + 1)));
      session.sendResponseOutputTextDone(ResponseOutputTextDoneEvent.builder().eventId(ids.next("event")).responseId(responseId)
          .itemId(itemId).outputIndex(OUTPUT).contentIndex(CONTENT).text(text).build());
      finishMessage(itemId, OutputTextContent.builder().text(text).build(), false);
    }

    /** What some scenarios slip in after the first delta of a text response. */
    private void inject(String itemId) {
      if (Scenarios.UNKNOWN_EVENT.equals(scenario)) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        session.send(new ServerEvent.Unknown(json.objectNode()
            .put("type", Scenarios.UNKNOWN_EVENT_TYPE)
            .put("event_id", ids.next("event"))
            .put("response_id", responseId)
            .put("item_id", itemId)
            .set("annotation", json.objectNode().put("type", "url_citation").put("url", "https://example.com/").put("title", "Example"))));
      } else if (Scenarios.MALFORMED.equals(scenario)) {
        socket.sendText(Scenarios.MALFORMED_FRAME);
      }
    }

    /** {@code response.output_item.added}, {@code conversation.item.added} and {@code response.content_part.added} of a new assistant message. */
    private String startMessage(ContentPart emptyContent) {
      String itemId = ids.next("item");
      announce(MessageItem.builder().id(itemId).object("realtime.item").status(MessageItemStatus.IN_PROGRESS)
          .role(MessageItemRole.ASSISTANT).content(List.of()).build());
      session.sendResponseContentPartAdded(ResponseContentPartAddedEvent.builder().eventId(ids.next("event")).responseId(responseId)
          .itemId(itemId).outputIndex(OUTPUT).contentIndex(CONTENT).part(partEvent(emptyContent)).build());
      return itemId;
    }

    private void announce(ConversationItem item) {
      session.sendResponseOutputItemAdded(ResponseOutputItemAddedEvent.builder().eventId(ids.next("event")).responseId(responseId)
          .outputIndex(OUTPUT).item(item).build());
      session.sendConversationItemAdded(ConversationItemAddedEvent.builder().eventId(ids.next("event")).item(item).build());
    }

    private void finishMessage(String itemId, ContentPart part, boolean cancelled) {
      session.sendResponseContentPartDone(ResponseContentPartDoneEvent.builder().eventId(ids.next("event")).responseId(responseId)
          .itemId(itemId).outputIndex(OUTPUT).contentIndex(CONTENT).part(partEvent(part)).build());
      MessageItem done = MessageItem.builder().id(itemId).object("realtime.item")
          .status(cancelled ? MessageItemStatus.INCOMPLETE : MessageItemStatus.COMPLETED)
          .role(MessageItemRole.ASSISTANT).content(List.of(part)).build();
      complete(done, cancelled);
    }

    private void complete(ConversationItem item, boolean cancelled) {
      session.sendResponseOutputItemDone(ResponseOutputItemDoneEvent.builder().eventId(ids.next("event")).responseId(responseId)
          .outputIndex(OUTPUT).item(item).build());
      session.sendConversationItemDone(ConversationItemDoneEvent.builder().eventId(ids.next("event")).item(item).build());
      record.accept(item);
      ResponseStatusDetails details = cancelled
          ? ResponseStatusDetails.builder().type(ResponseStatusDetailsType.CANCELLED).reason(ResponseStatusDetailsReason.CLIENT_CANCELLED).build()
          : null;
      RealtimeResponse response = response(cancelled ? RealtimeResponseStatus.CANCELLED : RealtimeResponseStatus.COMPLETED,
          details, List.of(item)).toBuilder()
          .usage(Usage.builder().totalTokens(42L).inputTokens(17L).outputTokens(25L).build())
          .build();
      // no longer active once the client can know it: a cancel sent after response.done must fail
      active = null;
      session.sendResponseDone(ResponseDoneEvent.builder().eventId(ids.next("event")).response(response).build());
    }

    RealtimeResponse response(RealtimeResponseStatus status, ResponseStatusDetails details, List<ConversationItem> output) {
      List<Modality> outputModalities = new ArrayList<>();
      modalities.forEach(modality -> outputModalities.add(Modality.of(modality)));
      return RealtimeResponse.builder().object("realtime.response").id(responseId).status(status).statusDetails(details)
          .output(output).conversationId("conv_stub").outputModalities(outputModalities)
          .maxOutputTokensInf().build();
    }
  }

  /** What the script answers in an item: a user's message (its text parts), a tool's output, or nothing. */
  private static Script.Turn turn(ConversationItem item) {
    if (item instanceof FunctionCallOutputItem output) {
      return new Script.ToolOutput(output.output());
    }
    if (item instanceof MessageItem message && MessageItemRole.USER.equals(message.role())) {
      List<ContentPart> parts = message.content() == null ? List.of() : message.content();
      return Script.UserMessage.of(message.id(), parts.stream().map(part -> part instanceof InputTextContent input ? input.text() : null).toList());
    }
    return null;
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
    throw new IllegalArgumentException("an assistant message holds output_text or output_audio, not " + itemContent.type());
  }

  /** Between two deltas: stops the script when the client went away, else waits the scenario's delay. */
  private void pause() {
    if (!session.isOpen()) {
      throw new IllegalStateException("the connection closed");
    }
    if (deltaDelayMs > 0) {
      try {
        Thread.sleep(deltaDelayMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("the connection closed", e);
      }
    }
  }

  private static void await(java.util.concurrent.CompletionStage<Void> sent) {
    try {
      sent.toCompletableFuture().get(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the connection closed", e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("could not send: " + e, e);
    }
  }
}
