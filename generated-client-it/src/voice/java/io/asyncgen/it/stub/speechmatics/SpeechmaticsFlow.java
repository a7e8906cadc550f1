package io.asyncgen.it.stub.speechmatics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.asyncgen.it.speechmatics.flow.AddAudio;
import io.asyncgen.it.speechmatics.flow.AddPartialTranscript;
import io.asyncgen.it.speechmatics.flow.AddTranscript;
import io.asyncgen.it.speechmatics.flow.AudioAdded;
import io.asyncgen.it.speechmatics.flow.AudioEnded;
import io.asyncgen.it.speechmatics.flow.ConversationEnded;
import io.asyncgen.it.speechmatics.flow.ConversationEnding;
import io.asyncgen.it.speechmatics.flow.ConversationStarted;
import io.asyncgen.it.speechmatics.flow.ErrorTypeEnum;
import io.asyncgen.it.speechmatics.flow.PublishHandler;
import io.asyncgen.it.speechmatics.flow.RecognitionAlternative;
import io.asyncgen.it.speechmatics.flow.RecognitionMetadata;
import io.asyncgen.it.speechmatics.flow.RecognitionResult;
import io.asyncgen.it.speechmatics.flow.ResponseCompleted;
import io.asyncgen.it.speechmatics.flow.ResponseStarted;
import io.asyncgen.it.speechmatics.flow.SpeechmaticsFlowServer;
import io.asyncgen.it.speechmatics.flow.StartConversation;
import io.asyncgen.it.speechmatics.flow.ToolConfig;
import io.asyncgen.it.speechmatics.flow.ToolFunction;
import io.asyncgen.it.speechmatics.flow.ToolInvoke;
import io.asyncgen.it.speechmatics.flow.ToolResult;
import io.asyncgen.it.speechmatics.flow.TypeEnum;
import io.asyncgen.it.stub.Hearing;
import io.asyncgen.it.stub.Ids;
import io.asyncgen.it.stub.JettySocket;
import io.asyncgen.it.stub.Script;
import io.asyncgen.it.stub.Speech;
import io.asyncgen.runtime.Transport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Speechmatics Flow, the conversational agent ({@code /v1/flow}), on the generated
 * {@link SpeechmaticsFlowServer}, as Speechmatics documents it: {@code StartConversation} answered with
 * {@code ConversationStarted}; the user's binary {@code AddAudio} acknowledged with
 * {@code AudioAdded}, heard as {@code AddPartialTranscript} and {@code AddTranscript}; the agent's
 * answer from {@link Script}: a {@code ToolInvoke} for a tool the conversation declares, answered
 * by the client's {@code ToolResult}, or {@code ResponseStarted}, the agent's speech as binary
 * {@code AddAudio} (which the client acknowledges with {@code AudioReceived}) and
 * {@code ResponseCompleted}; {@code AudioEnded} ends the conversation ({@code ConversationEnding},
 * {@code ConversationEnded}, the close).
 */
public final class SpeechmaticsFlow implements PublishHandler {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RATE = 16_000;

    private final SpeechmaticsFlowServer session = new SpeechmaticsFlowServer(this);
    private final Ids ids = new Ids();
    private final List<String> tools = new ArrayList<>();
    private Hearing hearing;
    private int rate = RATE;
    private long seqNo;

    private SpeechmaticsFlow() {}

    /** The scenario for a socket just accepted. */
    public static void accept(JettySocket socket) {
        socket.attach(new SpeechmaticsFlow().session.listener(), () -> {});
    }

    @Override
    public void onStartConversation(StartConversation event) {
        if (event.audioFormat() != null && event.audioFormat().sampleRate() != null) {
            rate = event.audioFormat().sampleRate().intValue();
        }
        hearing = new Hearing(rate, 500);
        if (event.tools() != null) {
            event.tools().stream()
                    .map(ToolConfig::function)
                    .filter(f -> f != null && f.name() != null)
                    .forEach(f -> tools.add(f.name()));
        }
        session.sendConversationStarted(ConversationStarted.builder()
                .id(ids.next("conversation"))
                .asrSessionId(ids.next("asr"))
                .build());
    }

    @Override
    public void onAddAudio(AddAudio event) {
        if (hearing == null) {
            session.sendError(io.asyncgen.it.speechmatics.flow.Error.builder()
                    .type(ErrorTypeEnum.PROTOCOL_ERROR)
                    .reason("AddAudio before StartConversation")
                    .build());
            return;
        }
        session.sendAudioAdded(AudioAdded.builder().seqNo(++seqNo).build());
        for (Hearing.Heard heard : hearing.hear(event.bytes())) {
            if (heard instanceof Hearing.Partial partial) {
                session.sendAddPartialTranscript(AddPartialTranscript.builder()
                        .format("2.1")
                        .metadata(metadata(partial.words(), partial.text()))
                        .results(results(partial.words()))
                        .build());
            } else if (heard instanceof Hearing.Utterance utterance) {
                session.sendAddTranscript(AddTranscript.builder()
                        .format("2.1")
                        .metadata(metadata(utterance.words(), utterance.text()))
                        .results(results(utterance.words()))
                        .build());
                answer(Script.reply(utterance.text(), null, tools));
            }
        }
    }

    @Override
    public void onToolResult(ToolResult event) {
        answer(Script.reply(null, event.content(), tools));
    }

    @Override
    public void onAudioEnded(AudioEnded event) {
        session.sendConversationEnding(ConversationEnding.builder().build());
        session.sendConversationEnded(ConversationEnded.builder().build())
                .thenRun(() -> session.close(Transport.NORMAL_CLOSURE, ""));
    }

    private void answer(Script.Reply reply) {
        if (reply instanceof Script.Call call) {
            session.sendToolInvoke(ToolInvoke.builder()
                    .id(ids.next("tool"))
                    .function(ToolFunction.builder()
                            .name(call.name())
                            .arguments(arguments(call.arguments()))
                            .build())
                    .build());
            return;
        }
        String text = ((Script.Say) reply).text();
        double start = hearing.heardMs() / 1000.0;
        session.sendResponseStarted(
                ResponseStarted.builder().content(text).startTime(start).build());
        byte[] speech = Speech.of(text, rate);
        Speech.frames(speech, rate * 2 / 10).forEach(session::sendAddAudio);
        session.sendResponseCompleted(ResponseCompleted.builder()
                .content(text)
                .startTime(start)
                .endTime(start + speech.length / (2.0 * rate))
                .build());
    }

    /** A tool call's JSON arguments as Flow sends them: each member as text. */
    private static Map<String, String> arguments(String json) {
        Map<String, String> arguments = new LinkedHashMap<>();
        try {
            JsonNode parsed = JSON.readTree(json);
            parsed.properties()
                    .forEach(member ->
                            arguments.put(member.getKey(), member.getValue().asText()));
        } catch (IOException e) {
            throw new IllegalStateException("the script's arguments are not JSON: " + json, e);
        }
        return arguments;
    }

    private static RecognitionMetadata metadata(List<Hearing.Word> words, String transcript) {
        return RecognitionMetadata.builder()
                .startTime(words.get(0).start())
                .endTime(words.get(words.size() - 1).end())
                .transcript(transcript)
                .build();
    }

    private static List<RecognitionResult> results(List<Hearing.Word> words) {
        return words.stream()
                .map(w -> RecognitionResult.builder()
                        .type(TypeEnum.WORD)
                        .startTime(w.start())
                        .endTime(w.end())
                        .alternatives(List.of(RecognitionAlternative.builder()
                                .content(w.text())
                                .confidence(0.97)
                                .build()))
                        .build())
                .toList();
    }
}
