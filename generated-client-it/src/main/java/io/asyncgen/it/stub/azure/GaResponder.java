package io.asyncgen.it.stub.azure;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.asyncgen.it.azure.AzureOpenAiRealtimeServer;
import io.asyncgen.it.azure.ContentPart;
import io.asyncgen.it.azure.ConversationItem;
import io.asyncgen.it.azure.FunctionCallItem;
import io.asyncgen.it.azure.FunctionCallOutputItem;
import io.asyncgen.it.azure.InputTextContent;
import io.asyncgen.it.azure.MessageItem;
import io.asyncgen.it.azure.MessageItemRole;
import io.asyncgen.it.azure.OutputAudioContent;
import io.asyncgen.it.azure.OutputTextContent;
import io.asyncgen.it.azure.ServerEvent;
import io.asyncgen.it.azure.ServerEventCodec;
import io.asyncgen.it.stub.Ids;
import io.asyncgen.it.stub.JettySocket;
import io.asyncgen.it.stub.Pcm16;
import io.asyncgen.it.stub.Scenarios;
import io.asyncgen.it.stub.Script;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Streams the responses of {@link GaAssistant} with the generated server session, in the GA
 * event order: {@code response.created}, {@code response.output_item.added},
 * {@code conversation.item.added}, {@code response.content_part.added}, deltas, the matching
 * {@code .done} events, {@code response.done}. Also plays the fault scenarios of
 * {@link Scenarios} that happen inside a response.
 */
final class GaResponder {
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

    GaResponder(
            AzureOpenAiRealtimeServer session,
            JettySocket socket,
            Ids ids,
            String scenario,
            long deltaDelayMs,
            int burstCount) {
        this.session = session;
        this.socket = socket;
        this.ids = ids;
        this.scenario = scenario;
        this.deltaDelayMs = deltaDelayMs;
        this.burstCount = burstCount;
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

    void respond(
            List<ConversationItem> conversation,
            List<String> tools,
            List<String> modalities,
            Consumer<ConversationItem> record) {
        String responseId = ids.next("resp");
        cancelRequested = false;
        active = responseId;
        try {
            // no longer active once the client can know it: a cancel sent after response.done must fail
            Response response = new Response(
                    new GaResponseEvents(session, ids, responseId, modalities, record, () -> active = null),
                    modalities);
            response.events.created();
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

    /** What one response says: the script's answer, or a fault scenario's events. */
    private final class Response {
        private final GaResponseEvents events;
        private final List<String> modalities;

        Response(GaResponseEvents events, List<String> modalities) {
            this.events = events;
            this.modalities = modalities;
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
                    audioMessage(
                            "I heard " + Pcm16.millis(userAudio.length) + " ms of audio; here it is back.", userAudio);
                } else {
                    audioMessage(said, Pcm16.sine(330, 60 * Script.deltas(said).size(), 0.3));
                }
            } else {
                textMessage(((Script.Say) reply).text());
            }
        }

        private void textMessage(String text) {
            String itemId =
                    events.startMessage(OutputTextContent.builder().text("").build());
            StringBuilder sent = new StringBuilder();
            List<String> deltas = Script.deltas(text);
            for (int i = 0; i < deltas.size(); i++) {
                if (cancelRequested) {
                    events.finishMessage(
                            itemId,
                            OutputTextContent.builder().text(sent.toString()).build(),
                            true);
                    return;
                }
                session.sendResponseOutputTextDelta(events.textDelta(itemId, deltas.get(i)));
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
            events.textDone(itemId, text);
            events.finishMessage(itemId, OutputTextContent.builder().text(text).build(), false);
        }

        private void audioMessage(String transcript, byte[] pcm) {
            String itemId = events.startMessage(
                    OutputAudioContent.builder().transcript("").build());
            spoken.put(itemId, Pcm16.millis(pcm.length));
            List<String> audio = Pcm16.base64Chunks(pcm, AUDIO_CHUNK_BYTES);
            List<String> words = Script.deltas(transcript);
            StringBuilder said = new StringBuilder();
            for (int i = 0; i < Math.max(audio.size(), words.size()); i++) {
                if (cancelRequested) {
                    events.finishMessage(
                            itemId,
                            OutputAudioContent.builder()
                                    .transcript(said.toString())
                                    .build(),
                            true);
                    return;
                }
                if (i < audio.size()) {
                    session.sendResponseOutputAudioDelta(events.audioDelta(itemId, audio.get(i)));
                }
                if (i < words.size()) {
                    events.transcriptDelta(itemId, words.get(i));
                    said.append(words.get(i));
                }
                pause();
            }
            events.audioDone(itemId, transcript);
            events.finishMessage(
                    itemId, OutputAudioContent.builder().transcript(transcript).build(), false);
        }

        private void functionCall(Script.Call call) {
            FunctionCallItem started = events.startFunctionCall(call.name());
            for (String delta : Script.chunks(call.arguments(), 6)) {
                events.argumentsDelta(started, delta);
                pause();
            }
            events.finishFunctionCall(started, call.arguments());
        }

        void burst() {
            String itemId =
                    events.startMessage(OutputTextContent.builder().text("").build());
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < burstCount; i++) {
                if (!session.isOpen()) {
                    throw new IllegalStateException("the connection closed");
                }
                String delta = i == 0 ? "0" : "," + i;
                session.sendResponseOutputTextDelta(events.textDelta(itemId, delta));
                text.append(delta);
            }
            events.textDone(itemId, text.toString());
            events.finishMessage(
                    itemId, OutputTextContent.builder().text(text.toString()).build(), false);
        }

        void bigFrame() {
            String itemId = events.startMessage(
                    OutputAudioContent.builder().transcript("").build());
            byte[] pcm = Scenarios.bigFramePcm();
            spoken.put(itemId, Pcm16.millis(pcm.length));
            ServerEvent delta = events.audioDelta(itemId, Base64.getEncoder().encodeToString(pcm));
            await(socket.sendSingleFrame(ServerEventCodec.encode(delta)));
            events.audioDone(itemId, null);
            events.finishMessage(
                    itemId, OutputAudioContent.builder().transcript("").build(), false);
        }

        void fragmented() {
            String itemId =
                    events.startMessage(OutputTextContent.builder().text("").build());
            String text = Scenarios.longText();
            String json = ServerEventCodec.encode(events.textDelta(itemId, text));
            await(socket.sendFragments(Script.chunks(json, json.length() / Scenarios.FRAGMENTS + 1)));
            events.textDone(itemId, text);
            events.finishMessage(itemId, OutputTextContent.builder().text(text).build(), false);
        }

        /** What some scenarios slip in after the first delta of a text response. */
        private void inject(String itemId) {
            if (Scenarios.UNKNOWN_EVENT.equals(scenario)) {
                JsonNodeFactory json = JsonNodeFactory.instance;
                session.send(new ServerEvent.Unknown(json.objectNode()
                        .put("type", Scenarios.UNKNOWN_EVENT_TYPE)
                        .put("event_id", ids.next("event"))
                        .put("response_id", events.responseId())
                        .put("item_id", itemId)
                        .set(
                                "annotation",
                                json.objectNode()
                                        .put("type", "url_citation")
                                        .put("url", "https://example.com/")
                                        .put("title", "Example"))));
            } else if (Scenarios.MALFORMED.equals(scenario)) {
                socket.sendText(Scenarios.MALFORMED_FRAME);
            }
        }
    }

    /** What the script answers in an item: a user's message (its text parts), a tool's output, or nothing. */
    private static Script.Turn turn(ConversationItem item) {
        if (item instanceof FunctionCallOutputItem output) {
            return new Script.ToolOutput(output.output());
        }
        if (item instanceof MessageItem message && MessageItemRole.USER.equals(message.role())) {
            List<ContentPart> parts = message.content() == null ? List.of() : message.content();
            return Script.UserMessage.of(
                    message.id(),
                    parts.stream()
                            .map(part -> part instanceof InputTextContent input ? input.text() : null)
                            .toList());
        }
        return null;
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

    private static void await(CompletionStage<Void> sent) {
        try {
            sent.toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the connection closed", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send: " + e, e);
        }
    }
}
