package io.asyncgen.it.voice;

import static io.asyncgen.it.voice.Voice.LIMIT;
import static io.asyncgen.it.voice.Voice.WAIT;
import static io.asyncgen.it.voice.Voice.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.asyncgen.it.StubServerExtension;
import io.asyncgen.it.deepgram.AgentV1AgentV1AgentAudioDone;
import io.asyncgen.it.deepgram.AgentV1AgentV1ConversationText;
import io.asyncgen.it.deepgram.AgentV1AgentV1FunctionCallRequest;
import io.asyncgen.it.deepgram.AgentV1AgentV1SendFunctionCallResponse;
import io.asyncgen.it.deepgram.AgentV1AgentV1Settings;
import io.asyncgen.it.deepgram.AgentV1AgentV1SettingsApplied;
import io.asyncgen.it.deepgram.AgentV1AgentV1Welcome;
import io.asyncgen.it.deepgram.AgentV1Audio;
import io.asyncgen.it.deepgram.AgentV1Publish;
import io.asyncgen.it.deepgram.ChannelsAgentV1MessagesAgentV1FunctionCallRequestFunctionsItems;
import io.asyncgen.it.deepgram.ChannelsAgentV1MessagesAgentV1SettingsAgent0;
import io.asyncgen.it.deepgram.ChannelsAgentV1MessagesAgentV1SettingsAgentOneOf0Listen;
import io.asyncgen.it.deepgram.ChannelsAgentV1MessagesAgentV1SettingsAudio;
import io.asyncgen.it.deepgram.ChannelsAgentV1MessagesAgentV1SettingsAudioInput;
import io.asyncgen.it.deepgram.ChannelsAgentV1MessagesAgentV1SettingsAudioInputEncoding;
import io.asyncgen.it.deepgram.ChannelsAgentV1MessagesAgentV1SettingsAudioOutput;
import io.asyncgen.it.deepgram.DeepgramListenProviderV1;
import io.asyncgen.it.deepgram.DeepgramSpeakProvider;
import io.asyncgen.it.deepgram.DeepgramSpeakProviderModel;
import io.asyncgen.it.deepgram.ListenV1Encoding;
import io.asyncgen.it.deepgram.ListenV1ListenV1CloseStream;
import io.asyncgen.it.deepgram.ListenV1ListenV1Finalize;
import io.asyncgen.it.deepgram.ListenV1ListenV1Metadata;
import io.asyncgen.it.deepgram.ListenV1ListenV1Results;
import io.asyncgen.it.deepgram.ListenV1ListenV1SpeechStarted;
import io.asyncgen.it.deepgram.ListenV1ListenV1UtteranceEnd;
import io.asyncgen.it.deepgram.ListenV1Model;
import io.asyncgen.it.deepgram.ListenV1Publish;
import io.asyncgen.it.deepgram.OpenAiThinkProvider;
import io.asyncgen.it.deepgram.OpenAiThinkProviderModel;
import io.asyncgen.it.deepgram.SpeakSettingsV1;
import io.asyncgen.it.deepgram.SpeakV1Audio;
import io.asyncgen.it.deepgram.SpeakV1Encoding;
import io.asyncgen.it.deepgram.SpeakV1Publish;
import io.asyncgen.it.deepgram.SpeakV1SampleRate;
import io.asyncgen.it.deepgram.SpeakV1SpeakV1Clear;
import io.asyncgen.it.deepgram.SpeakV1SpeakV1Cleared;
import io.asyncgen.it.deepgram.SpeakV1SpeakV1Close;
import io.asyncgen.it.deepgram.SpeakV1SpeakV1Flush;
import io.asyncgen.it.deepgram.SpeakV1SpeakV1Flushed;
import io.asyncgen.it.deepgram.SpeakV1SpeakV1Metadata;
import io.asyncgen.it.deepgram.SpeakV1SpeakV1Text;
import io.asyncgen.it.deepgram.ThinkSettingsV1;
import io.asyncgen.it.deepgram.ThinkSettingsV1FunctionsItems;
import io.asyncgen.it.deepgram.V1AgentConverseClient;
import io.asyncgen.it.deepgram.V1AgentConverseEndpoint;
import io.asyncgen.it.deepgram.V1ListenClient;
import io.asyncgen.it.deepgram.V1ListenEndpoint;
import io.asyncgen.it.deepgram.V1SpeakClient;
import io.asyncgen.it.deepgram.V1SpeakEndpoint;
import io.asyncgen.it.stub.Hearing;
import io.asyncgen.it.stub.JettySocket;
import io.asyncgen.it.stub.Pcm16;
import io.asyncgen.it.stub.Script;
import io.asyncgen.it.stub.Speech;
import io.asyncgen.runtime.CloseStatus;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deepgram's three realtime APIs, generated from Deepgram's own document (with the project's
 * overlay), against the stub server built on the generated server code, each following the flow
 * Deepgram documents; audio travels as binary frames both ways.
 */
class DeepgramConversationTest {
    @RegisterExtension
    static final StubServerExtension stub = StubServerExtension.withoutRecordings();

    @Test
    void theVoiceAgentHearsTheUserAnswersWithSpeechAndCallsAClientSideFunction() {
        assertTimeoutPreemptively(LIMIT, () -> {
            V1AgentConverseClient client = V1AgentConverseClient.builder()
                    .endpoint(V1AgentConverseEndpoint.builder()
                            .serverUrl(stub.server().url())
                            .authorization("Token dg-test-key")
                            .queryParameter("conn", "agent")
                            .build())
                    .build();
            Voice.Received<AgentV1Publish> received =
                    new Voice.Received<>(client, DeepgramConversationTest::describe, m -> ((AgentV1Audio) m).bytes());
            CompletableFuture<AgentV1AgentV1Welcome> welcome = client.next(AgentV1AgentV1Welcome.class, WAIT);
            await(client.open().toCompletableFuture());
            await(welcome);
            await(client.sendAndAwait(settings(), AgentV1AgentV1SettingsApplied.class, WAIT));

            CompletableFuture<AgentV1AgentV1AgentAudioDone> spoken =
                    client.next(AgentV1AgentV1AgentAudioDone.class, WAIT);
            Voice.userTurn().forEach(client::sendAgentV1Media);
            await(spoken);

            CompletableFuture<AgentV1AgentV1FunctionCallRequest> request =
                    client.next(AgentV1AgentV1FunctionCallRequest.class, WAIT);
            Voice.userTurn().forEach(client::sendAgentV1Media);
            ChannelsAgentV1MessagesAgentV1FunctionCallRequestFunctionsItems call =
                    await(request).functions().get(0);
            CompletableFuture<AgentV1AgentV1AgentAudioDone> answered =
                    client.next(AgentV1AgentV1AgentAudioDone.class, WAIT);
            client.sendAgentV1SendFunctionCallResponse(AgentV1AgentV1SendFunctionCallResponse.builder()
                    .id(call.id())
                    .name(call.name())
                    .content(Script.weather(call.arguments()))
                    .build());
            await(answered);
            client.close();

            String hello = ((Script.Say) Script.reply(Hearing.SCRIPT.get(0), null, List.of())).text();
            String weather =
                    ((Script.Say) Script.reply(null, Script.weather("{\"city\":\"Paris\"}"), List.of())).text();
            assertEquals(
                    List.of(
                            "Welcome",
                            "SettingsApplied",
                            "UserStartedSpeaking",
                            "ConversationText user: Hello! Who are you?",
                            "AgentThinking",
                            "ConversationText assistant: " + hello,
                            "AgentStartedSpeaking",
                            "audio",
                            "AgentAudioDone",
                            "UserStartedSpeaking",
                            "ConversationText user: What's the weather in Paris?",
                            "AgentThinking",
                            "FunctionCallRequest get_weather {\"city\":\"Paris\"} client_side=true",
                            "ConversationText assistant: " + weather,
                            "AgentStartedSpeaking",
                            "audio",
                            "AgentAudioDone"),
                    received.entries());
            assertArrayEquals(
                    Pcm16.concat(Speech.of(hello, 24_000), Speech.of(weather, 24_000)),
                    received.audio(),
                    "the agent's speech arrived whole, as binary frames");
            JettySocket socket = stub.server().connection("agent", WAIT);
            assertEquals("Token dg-test-key", socket.headers().get("authorization"));
            assertTrue(
                    socket.received().get(0).startsWith("{\"type\":\"Settings\""),
                    socket.received().get(0));
        });
    }

    @Test
    void listenTurnsAudioIntoResultsAndUtteranceEndsAndFinalizeAndCloseStreamEndIt() {
        assertTimeoutPreemptively(LIMIT, () -> {
            V1ListenEndpoint endpoint = V1ListenEndpoint.builder()
                    .serverUrl(stub.server().url())
                    .authorization("Token dg-test-key")
                    .model(ListenV1Model.NOVA_3)
                    .encoding(ListenV1Encoding.LINEAR16)
                    .sampleRate("24000")
                    .interimResults(true)
                    .vadEvents(true)
                    .utteranceEndMs("600")
                    .endpointing("300")
                    .punctuate(true)
                    .queryParameter("conn", "listen")
                    .build();
            V1ListenClient client = V1ListenClient.builder().endpoint(endpoint).build();
            Voice.Received<ListenV1Publish> received =
                    new Voice.Received<>(client, DeepgramConversationTest::describe, m -> new byte[0]);
            await(client.open().toCompletableFuture());
            CompletableFuture<ListenV1ListenV1UtteranceEnd> utteranceEnd =
                    client.next(ListenV1ListenV1UtteranceEnd.class, WAIT);
            Voice.userTurn().forEach(client::sendListenV1Media);
            await(utteranceEnd);
            // the second turn without its silence, ended by Finalize
            CompletableFuture<ListenV1ListenV1Results> finalized =
                    client.next(ListenV1ListenV1Results.class, r -> Boolean.TRUE.equals(r.fromFinalize()), WAIT);
            Voice.userTurn().subList(0, 10).forEach(client::sendListenV1Media);
            client.sendListenV1Finalize(ListenV1ListenV1Finalize.builder().build());
            await(finalized);
            CompletableFuture<ListenV1ListenV1Metadata> metadata = client.next(ListenV1ListenV1Metadata.class, WAIT);
            client.sendListenV1CloseStream(ListenV1ListenV1CloseStream.builder().build());
            assertEquals(2.7, await(metadata).duration());
            assertEquals(new CloseStatus(1000, ""), await(client.closed().toCompletableFuture()));

            assertEquals(
                    List.of(
                            "SpeechStarted 0.0",
                            "Results interim: Hello!",
                            "Results interim: Hello! Who",
                            "Results interim: Hello! Who are",
                            "Results final speech_final: Hello! Who are you?",
                            "UtteranceEnd 1.0",
                            "SpeechStarted 1.7",
                            "Results interim: What's",
                            "Results interim: What's the",
                            "Results interim: What's the weather",
                            "Results interim: What's the weather in",
                            "Results final from_finalize: What's the weather in Paris?",
                            "Metadata"),
                    received.entries());
            assertEquals(
                    "model=nova-3&encoding=linear16&sample_rate=24000&interim_results=true&vad_events=true"
                            + "&utterance_end_ms=600&endpointing=300&punctuate=true&conn=listen",
                    endpoint.handshake().toCompletableFuture().get().uri().getRawQuery());
        });
    }

    @Test
    void speakTurnsTextIntoAudioOnFlushAndClearDropsWhatWasNotSpoken() {
        assertTimeoutPreemptively(LIMIT, () -> {
            V1SpeakClient client = V1SpeakClient.builder()
                    .endpoint(V1SpeakEndpoint.builder()
                            .serverUrl(stub.server().url())
                            .authorization("Token dg-test-key")
                            .model("aura-2-thalia-en")
                            .encoding(SpeakV1Encoding.LINEAR16)
                            .sampleRate(SpeakV1SampleRate.of("16000"))
                            .build())
                    .build();
            Voice.Received<SpeakV1Publish> received =
                    new Voice.Received<>(client, DeepgramConversationTest::describe, m -> ((SpeakV1Audio) m).bytes());
            CompletableFuture<SpeakV1SpeakV1Metadata> metadata = client.next(SpeakV1SpeakV1Metadata.class, WAIT);
            await(client.open().toCompletableFuture());
            assertEquals("aura-2-thalia-en", await(metadata).modelName());

            client.sendSpeakV1Text(
                    SpeakV1SpeakV1Text.builder().text("Hello from the").build());
            client.sendSpeakV1Text(
                    SpeakV1SpeakV1Text.builder().text("generated client.").build());
            await(client.sendAndAwait(SpeakV1SpeakV1Flush.builder().build(), SpeakV1SpeakV1Flushed.class, WAIT));
            client.sendSpeakV1Text(
                    SpeakV1SpeakV1Text.builder().text("Never spoken.").build());
            await(client.sendAndAwait(SpeakV1SpeakV1Clear.builder().build(), SpeakV1SpeakV1Cleared.class, WAIT));
            client.sendSpeakV1Close(SpeakV1SpeakV1Close.builder().build());
            assertEquals(new CloseStatus(1000, ""), await(client.closed().toCompletableFuture()));

            assertEquals(List.of("Metadata", "audio", "Flushed 0", "Cleared 1"), received.entries());
            assertArrayEquals(Speech.of("Hello from the generated client.", 16_000), received.audio());
        });
    }

    private static AgentV1AgentV1Settings settings() {
        return AgentV1AgentV1Settings.builder()
                .audio(ChannelsAgentV1MessagesAgentV1SettingsAudio.builder()
                        .input(ChannelsAgentV1MessagesAgentV1SettingsAudioInput.builder()
                                .encoding(ChannelsAgentV1MessagesAgentV1SettingsAudioInputEncoding.LINEAR16)
                                .sampleRate(24_000L)
                                .build())
                        .output(ChannelsAgentV1MessagesAgentV1SettingsAudioOutput.builder()
                                .sampleRate(24_000L)
                                .build())
                        .build())
                .agent(ChannelsAgentV1MessagesAgentV1SettingsAgent0.builder()
                        .listen(ChannelsAgentV1MessagesAgentV1SettingsAgentOneOf0Listen.builder()
                                .provider(DeepgramListenProviderV1.builder()
                                        .model("nova-3")
                                        .build())
                                .build())
                        .think(ThinkSettingsV1.builder()
                                .provider(OpenAiThinkProvider.builder()
                                        .model(OpenAiThinkProviderModel.GPT_4_1_MINI)
                                        .build())
                                .prompt("You are a concise assistant. For weather questions call get_weather.")
                                .functions(List.of(ThinkSettingsV1FunctionsItems.builder()
                                        .name(Script.WEATHER_TOOL)
                                        .description("The current weather in a city.")
                                        .parameters(Map.of("type", JsonNodeFactory.instance.textNode("object")))
                                        .build()))
                                .build())
                        .speak(SpeakSettingsV1.builder()
                                .provider(DeepgramSpeakProvider.builder()
                                        .model(DeepgramSpeakProviderModel.AURA_ASTERIA_EN)
                                        .build())
                                .build())
                        .build())
                .build();
    }

    private static String describe(Object message) {
        if (message instanceof AgentV1AgentV1ConversationText text) {
            return "ConversationText " + text.role().value() + ": " + text.content();
        }
        if (message instanceof AgentV1AgentV1FunctionCallRequest request) {
            ChannelsAgentV1MessagesAgentV1FunctionCallRequestFunctionsItems call =
                    request.functions().get(0);
            return "FunctionCallRequest " + call.name() + " " + call.arguments() + " client_side=" + call.clientSide();
        }
        if (message instanceof ListenV1ListenV1Results results) {
            return "Results " + (results.isFinal() ? "final" : "interim")
                    + (results.speechFinal() ? " speech_final" : "")
                    + (Boolean.TRUE.equals(results.fromFinalize()) ? " from_finalize" : "") + ": "
                    + results.channel().alternatives().get(0).transcript();
        }
        if (message instanceof ListenV1ListenV1SpeechStarted started) {
            return "SpeechStarted " + started.timestamp();
        }
        if (message instanceof ListenV1ListenV1UtteranceEnd end) {
            return "UtteranceEnd " + end.lastWordEnd();
        }
        if (message instanceof SpeakV1SpeakV1Flushed flushed) {
            return "Flushed " + flushed.sequenceId();
        }
        if (message instanceof SpeakV1SpeakV1Cleared cleared) {
            return "Cleared " + cleared.sequenceId();
        }
        if (message instanceof AgentV1Audio || message instanceof SpeakV1Audio) {
            return null;
        }
        String name = message.getClass().getSimpleName();
        return name.replaceFirst("^(AgentV1AgentV1|ListenV1ListenV1|SpeakV1SpeakV1)", "");
    }
}
