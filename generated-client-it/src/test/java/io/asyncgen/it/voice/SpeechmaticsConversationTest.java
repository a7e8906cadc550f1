package io.asyncgen.it.voice;

import static io.asyncgen.it.voice.Voice.LIMIT;
import static io.asyncgen.it.voice.Voice.WAIT;
import static io.asyncgen.it.voice.Voice.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.asyncgen.it.StubServerExtension;
import io.asyncgen.it.speechmatics.AddPartialTranscript;
import io.asyncgen.it.speechmatics.AddTranscript;
import io.asyncgen.it.speechmatics.AudioAdded;
import io.asyncgen.it.speechmatics.AudioFormatRaw;
import io.asyncgen.it.speechmatics.EndOfStream;
import io.asyncgen.it.speechmatics.EndOfTranscript;
import io.asyncgen.it.speechmatics.OperatingPoint;
import io.asyncgen.it.speechmatics.RawAudioEncodingEnum;
import io.asyncgen.it.speechmatics.RecognitionStarted;
import io.asyncgen.it.speechmatics.SpeechmaticsRealtimeAsrClient;
import io.asyncgen.it.speechmatics.SpeechmaticsRealtimeAsrEndpoint;
import io.asyncgen.it.speechmatics.StartRecognition;
import io.asyncgen.it.speechmatics.Subscribe;
import io.asyncgen.it.speechmatics.TranscriptionConfig;
import io.asyncgen.it.speechmatics.flow.AddAudioMessage;
import io.asyncgen.it.speechmatics.flow.AudioEnded;
import io.asyncgen.it.speechmatics.flow.AudioFormat;
import io.asyncgen.it.speechmatics.flow.AudioFormatRawEncodingEnum;
import io.asyncgen.it.speechmatics.flow.AudioReceived;
import io.asyncgen.it.speechmatics.flow.ConversationConfig;
import io.asyncgen.it.speechmatics.flow.ConversationEnded;
import io.asyncgen.it.speechmatics.flow.ConversationStarted;
import io.asyncgen.it.speechmatics.flow.ResponseCompleted;
import io.asyncgen.it.speechmatics.flow.ResponseStarted;
import io.asyncgen.it.speechmatics.flow.SpeechmaticsFlowClient;
import io.asyncgen.it.speechmatics.flow.SpeechmaticsFlowEndpoint;
import io.asyncgen.it.speechmatics.flow.StartConversation;
import io.asyncgen.it.speechmatics.flow.StatusEnum;
import io.asyncgen.it.speechmatics.flow.ToolConfig;
import io.asyncgen.it.speechmatics.flow.ToolFunctionConfig;
import io.asyncgen.it.speechmatics.flow.ToolFunctionParameter;
import io.asyncgen.it.speechmatics.flow.ToolFunctionParameterTypeEnum;
import io.asyncgen.it.speechmatics.flow.ToolFunctionParameters;
import io.asyncgen.it.speechmatics.flow.ToolInvoke;
import io.asyncgen.it.speechmatics.flow.ToolResult;
import io.asyncgen.it.stub.Hearing;
import io.asyncgen.it.stub.Pcm16;
import io.asyncgen.it.stub.Script;
import io.asyncgen.it.stub.Speech;
import io.asyncgen.runtime.CloseStatus;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Speechmatics' realtime recognition and Flow agent, generated from Speechmatics' own documents
 * (read from the client's side they are written from), against the stub server built on the
 * generated server code, following Speechmatics' documented flows; audio is binary both ways.
 */
class SpeechmaticsConversationTest {
    @RegisterExtension
    static final StubServerExtension stub = StubServerExtension.withoutRecordings();

    @Test
    void realtimeRecognitionStartsAcknowledgesAudioTranscribesAndEndsTheTranscript() {
        assertTimeoutPreemptively(LIMIT, () -> {
            SpeechmaticsRealtimeAsrEndpoint endpoint = SpeechmaticsRealtimeAsrEndpoint.builder()
                    .serverUrl(stub.server().url() + "/v2")
                    .header("Authorization", "Bearer sm-test-key")
                    .build();
            SpeechmaticsRealtimeAsrClient client =
                    SpeechmaticsRealtimeAsrClient.builder().endpoint(endpoint).build();
            Voice.Received<Subscribe> received =
                    new Voice.Received<>(client, SpeechmaticsConversationTest::describe, m -> new byte[0]);
            await(client.open().toCompletableFuture());
            RecognitionStarted started = await(client.sendAndAwait(
                    StartRecognition.builder()
                            .audioFormat(AudioFormatRaw.builder()
                                    .encoding(RawAudioEncodingEnum.PCM_S16LE)
                                    .sampleRate(24_000L)
                                    .build())
                            .transcriptionConfig(TranscriptionConfig.builder()
                                    .language("en")
                                    .enablePartials(true)
                                    .operatingPoint(OperatingPoint.ENHANCED)
                                    .build())
                            .build(),
                    RecognitionStarted.class,
                    WAIT));
            CompletableFuture<AddTranscript> first = client.next(AddTranscript.class, WAIT);
            List<byte[]> turn = Voice.userTurn();
            turn.forEach(client::sendAddAudio);
            await(first);
            turn.subList(0, 10).forEach(client::sendAddAudio);
            CompletableFuture<EndOfTranscript> end = client.next(EndOfTranscript.class, WAIT);
            client.sendEndOfStream(
                    EndOfStream.builder().lastSeqNo((long) turn.size() + 10).build());
            await(end);
            assertEquals(new CloseStatus(1000, ""), await(client.closed().toCompletableFuture()));

            assertEquals("session_0001", started.id());
            List<String> entries = received.entries();
            assertEquals(
                    LongStream.rangeClosed(1, 27)
                            .mapToObj(n -> "AudioAdded " + n)
                            .toList(),
                    entries.stream().filter(e -> e.startsWith("AudioAdded")).toList(),
                    "every frame acknowledged, in order");
            assertEquals(
                    List.of(
                            "RecognitionStarted",
                            "AddPartialTranscript 0.0-0.2: Hello!",
                            "AddPartialTranscript 0.0-0.4: Hello! Who",
                            "AddPartialTranscript 0.0-0.6: Hello! Who are",
                            "AddTranscript 0.0-1.0: Hello! Who are you?",
                            "AddPartialTranscript 1.7-1.9: What's",
                            "AddPartialTranscript 1.7-2.1: What's the",
                            "AddPartialTranscript 1.7-2.3: What's the weather",
                            "AddPartialTranscript 1.7-2.5: What's the weather in",
                            "AddTranscript 1.7-2.7: What's the weather in Paris?",
                            "EndOfTranscript"),
                    entries.stream().filter(e -> !e.startsWith("AudioAdded")).toList());
            assertFalse(endpoint.toString().contains("sm-test-key"), endpoint.toString());
            assertEquals(
                    "ws://127.0.0.1:" + stub.server().uri().getPort() + "/v2/",
                    endpoint.handshake().toCompletableFuture().get().uri().toString());
        });
    }

    @Test
    void flowStartsAConversationHearsTheUserSpeaksBackAndCallsATool() {
        assertTimeoutPreemptively(LIMIT, () -> {
            SpeechmaticsFlowClient client = SpeechmaticsFlowClient.builder()
                    .endpoint(SpeechmaticsFlowEndpoint.builder()
                            .serverUrl(stub.server().url())
                            .header("Authorization", "Bearer sm-test-key")
                            .queryParameter("conn", "flow")
                            .build())
                    .build();
            Voice.Received<io.asyncgen.it.speechmatics.flow.Subscribe> received = new Voice.Received<>(
                    client, SpeechmaticsConversationTest::describe, m -> ((AddAudioMessage) m).bytes());
            AtomicLong played = new AtomicLong();
            client.on(
                    AddAudioMessage.class,
                    audio -> client.sendAudioReceived(AudioReceived.builder()
                            .seqNo(played.incrementAndGet())
                            .build()));
            await(client.open().toCompletableFuture());
            await(client.sendAndAwait(startConversation(), ConversationStarted.class, WAIT));

            CompletableFuture<ResponseCompleted> answer = client.next(ResponseCompleted.class, WAIT);
            Voice.userTurn().forEach(client::sendAddAudio);
            await(answer);
            CompletableFuture<ToolInvoke> invoked = client.next(ToolInvoke.class, WAIT);
            Voice.userTurn().forEach(client::sendAddAudio);
            ToolInvoke tool = await(invoked);
            CompletableFuture<ResponseCompleted> weather = client.next(ResponseCompleted.class, WAIT);
            client.sendToolResult(ToolResult.builder()
                    .id(tool.id())
                    .status(StatusEnum.OK)
                    .content(Script.weather(
                            "{\"city\":\"" + tool.function().arguments().get("city") + "\"}"))
                    .build());
            await(weather);
            CompletableFuture<ConversationEnded> ended = client.next(ConversationEnded.class, WAIT);
            client.sendAudioEnded(AudioEnded.builder().lastSeqNo(34L).build());
            await(ended);
            assertEquals(new CloseStatus(1000, ""), await(client.closed().toCompletableFuture()));

            String hello = ((Script.Say) Script.reply(Hearing.SCRIPT.get(0), null, List.of())).text();
            String report = ((Script.Say) Script.reply(null, Script.weather("{\"city\":\"Paris\"}"), List.of())).text();
            List<String> entries = received.entries().stream()
                    .filter(e -> !e.startsWith("AudioAdded") && !e.startsWith("AddPartialTranscript"))
                    .toList();
            assertEquals(
                    List.of(
                            "ConversationStarted",
                            "AddTranscript: Hello! Who are you?",
                            "ResponseStarted: " + hello,
                            "audio",
                            "ResponseCompleted: " + hello,
                            "AddTranscript: What's the weather in Paris?",
                            "ToolInvoke get_weather {city=Paris}",
                            "ResponseStarted: " + report,
                            "audio",
                            "ResponseCompleted: " + report,
                            "ConversationEnding",
                            "ConversationEnded"),
                    entries);
            assertArrayEquals(Pcm16.concat(Speech.of(hello, 24_000), Speech.of(report, 24_000)), received.audio());
            assertEquals(
                    received.audioMessages(),
                    stub.server().connection("flow", WAIT).received().stream()
                            .filter(text -> text.contains("\"message\":\"AudioReceived\""))
                            .count(),
                    "the service heard an AudioReceived for every audio frame");
        });
    }

    private static StartConversation startConversation() {
        return StartConversation.builder()
                .audioFormat(AudioFormat.builder()
                        .encoding(AudioFormatRawEncodingEnum.PCM_S16LE)
                        .sampleRate(24_000L)
                        .build())
                .conversationConfig(ConversationConfig.builder()
                        .templateId("flow-service-assistant-amelia")
                        .build())
                .tools(List.of(ToolConfig.builder()
                        .function(ToolFunctionConfig.builder()
                                .name(Script.WEATHER_TOOL)
                                .description("The current weather in a city.")
                                .parameters(ToolFunctionParameters.builder()
                                        .type("object")
                                        .required(List.of("city"))
                                        .properties(Map.of(
                                                "city",
                                                ToolFunctionParameter.builder()
                                                        .type(ToolFunctionParameterTypeEnum.STRING)
                                                        .description("The city")
                                                        .build()))
                                        .build())
                                .build())
                        .build()))
                .build();
    }

    private static String describe(Object message) {
        if (message instanceof AudioAdded added) {
            return "AudioAdded " + added.seqNo();
        }
        if (message instanceof io.asyncgen.it.speechmatics.flow.AudioAdded added) {
            return "AudioAdded " + added.seqNo();
        }
        if (message instanceof AddPartialTranscript partial) {
            return "AddPartialTranscript " + partial.metadata().startTime() + "-"
                    + partial.metadata().endTime() + ": " + partial.metadata().transcript();
        }
        if (message instanceof AddTranscript transcript) {
            return "AddTranscript " + transcript.metadata().startTime() + "-"
                    + transcript.metadata().endTime() + ": "
                    + transcript.metadata().transcript();
        }
        if (message instanceof io.asyncgen.it.speechmatics.flow.AddTranscript transcript) {
            return "AddTranscript: " + transcript.metadata().transcript();
        }
        if (message instanceof ResponseStarted started) {
            return "ResponseStarted: " + started.content();
        }
        if (message instanceof ResponseCompleted completed) {
            return "ResponseCompleted: " + completed.content();
        }
        if (message instanceof ToolInvoke invoke) {
            return "ToolInvoke " + invoke.function().name() + " "
                    + invoke.function().arguments();
        }
        if (message instanceof AddAudioMessage) {
            return null;
        }
        return message.getClass().getSimpleName();
    }
}
