package io.asyncgen.it.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.asyncgen.it.deepgram.AgentV1AgentV1AgentAudioDone;
import io.asyncgen.it.deepgram.AgentV1AgentV1AgentStartedSpeaking;
import io.asyncgen.it.deepgram.AgentV1AgentV1ConversationText;
import io.asyncgen.it.deepgram.AgentV1AgentV1Error;
import io.asyncgen.it.deepgram.AgentV1AgentV1FunctionCallRequest;
import io.asyncgen.it.deepgram.AgentV1AgentV1InjectUserMessage;
import io.asyncgen.it.deepgram.AgentV1AgentV1SendFunctionCallResponse;
import io.asyncgen.it.deepgram.AgentV1AgentV1Settings;
import io.asyncgen.it.deepgram.AgentV1AgentV1SettingsApplied;
import io.asyncgen.it.deepgram.AgentV1AgentV1UserStartedSpeaking;
import io.asyncgen.it.deepgram.AgentV1AgentV1Warning;
import io.asyncgen.it.deepgram.AgentV1AgentV1Welcome;
import io.asyncgen.it.deepgram.AgentV1Audio;
import io.asyncgen.it.deepgram.AgentV1Publish;
import io.asyncgen.it.deepgram.AgentV1PublishHandler;
import io.asyncgen.it.deepgram.ChannelsAgentV1MessagesAgentV1FunctionCallRequestFunctionsItems;
import io.asyncgen.it.deepgram.ChannelsAgentV1MessagesAgentV1SettingsAgent0;
import io.asyncgen.it.deepgram.ChannelsAgentV1MessagesAgentV1SettingsAgentOneOf0Listen;
import io.asyncgen.it.deepgram.ChannelsAgentV1MessagesAgentV1SettingsAudio;
import io.asyncgen.it.deepgram.ChannelsAgentV1MessagesAgentV1SettingsAudioInput;
import io.asyncgen.it.deepgram.ChannelsAgentV1MessagesAgentV1SettingsAudioInputEncoding;
import io.asyncgen.it.deepgram.ChannelsAgentV1MessagesAgentV1SettingsAudioOutput;
import io.asyncgen.it.deepgram.ChannelsAgentV1MessagesAgentV1SettingsAudioOutputEncoding;
import io.asyncgen.it.deepgram.DeepgramListenProviderV1;
import io.asyncgen.it.deepgram.DeepgramSpeakProvider;
import io.asyncgen.it.deepgram.DeepgramSpeakProviderModel;
import io.asyncgen.it.deepgram.OpenAiThinkProvider;
import io.asyncgen.it.deepgram.OpenAiThinkProviderModel;
import io.asyncgen.it.deepgram.SpeakSettingsV1;
import io.asyncgen.it.deepgram.ThinkSettingsV1;
import io.asyncgen.it.deepgram.ThinkSettingsV1FunctionsItems;
import io.asyncgen.it.deepgram.V1AgentConverseClient;
import io.asyncgen.it.deepgram.V1AgentConverseEndpoint;
import io.asyncgen.it.stub.Pcm16;
import io.asyncgen.it.stub.Script;
import io.asyncgen.runtime.DecodeException;
import io.asyncgen.runtime.Transport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code --vendor deepgram}: a conversation with Deepgram's Voice Agent, through the client generated
 * from Deepgram's own document: {@code Settings} with a client-side {@code get_weather} function,
 * the user's turns (as audio to the stub; typed with {@code InjectUserMessage} to Deepgram, since
 * there is no microphone here), the agent's speech as binary frames, the function call answered.
 */
public final class DeepgramDemo extends VoiceDemo {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String vendor() {
        return "deepgram";
    }

    @Override
    public List<String> usage() {
        return List.of(
                "  --vendor deepgram: Deepgram's Voice Agent, the client of Deepgram's own AsyncAPI document;",
                "             for real with DEEPGRAM_API_KEY (untested here), --url to change the server");
    }

    @Override
    String keyVariable() {
        return "DEEPGRAM_API_KEY";
    }

    @Override
    void talk(String serverUrl, String key, Transcript out, Duration timeout, boolean stub) throws Exception {
        V1AgentConverseEndpoint.Builder endpoint =
                V1AgentConverseEndpoint.builder().authorization("Token " + key);
        if (serverUrl != null) {
            endpoint.serverUrl(serverUrl);
        }
        V1AgentConverseEndpoint built = endpoint.build();
        out.note("client: V1AgentConverseClient (Deepgram Voice Agent) -> " + built);
        V1AgentConverseClient client = V1AgentConverseClient.builder()
                .endpoint(built)
                .handler(new Printer(out))
                .build();
        ServiceErrors<AgentV1AgentV1Error> errors = new ServiceErrors<>(
                client, AgentV1AgentV1Error.class, error -> error.code() + ": " + error.description());
        client.on(
                AgentV1AgentV1FunctionCallRequest.class,
                request -> request.functions().stream()
                        .filter(call -> Boolean.TRUE.equals(call.clientSide()))
                        .forEach(call -> {
                            String output = Script.weather(call.arguments());
                            out.said("tool", call.name() + "(" + call.arguments() + ") = " + output);
                            out.sent("FunctionCallResponse", call.id());
                            client.sendAgentV1SendFunctionCallResponse(AgentV1AgentV1SendFunctionCallResponse.builder()
                                    .id(call.id())
                                    .name(call.name())
                                    .content(output)
                                    .build());
                        }));
        CompletableFuture<AgentV1AgentV1Welcome> welcome = client.next(AgentV1AgentV1Welcome.class, timeout);
        client.open().toCompletableFuture().get(timeout.toSeconds(), TimeUnit.SECONDS);
        try {
            errors.await(welcome);
            out.sent("Settings", "linear16 24 kHz both ways, nova-3, gpt-4.1-mini with get_weather, aura-asteria-en");
            errors.await(client.sendAndAwait(settings(), AgentV1AgentV1SettingsApplied.class, timeout));
            for (String turn : Demo.TURNS) {
                out.said("user", turn);
                CompletableFuture<AgentV1AgentV1AgentAudioDone> spoken =
                        client.next(AgentV1AgentV1AgentAudioDone.class, timeout);
                if (stub) {
                    List<byte[]> frames = userTurn();
                    out.sent("audio", frames.size() + " binary frames of 24 kHz PCM");
                    frames.forEach(client::sendAgentV1Media);
                } else {
                    out.sent("InjectUserMessage", turn);
                    client.sendAgentV1InjectUserMessage(AgentV1AgentV1InjectUserMessage.builder()
                            .content(turn)
                            .build());
                }
                errors.await(spoken);
            }
        } finally {
            out.sent("close", "1000 demo over");
            client.close(Transport.NORMAL_CLOSURE, "demo over");
        }
    }

    private static AgentV1AgentV1Settings settings() {
        return AgentV1AgentV1Settings.builder()
                .audio(ChannelsAgentV1MessagesAgentV1SettingsAudio.builder()
                        .input(ChannelsAgentV1MessagesAgentV1SettingsAudioInput.builder()
                                .encoding(ChannelsAgentV1MessagesAgentV1SettingsAudioInputEncoding.LINEAR16)
                                .sampleRate(24_000L)
                                .build())
                        .output(ChannelsAgentV1MessagesAgentV1SettingsAudioOutput.builder()
                                .encoding(ChannelsAgentV1MessagesAgentV1SettingsAudioOutputEncoding.LINEAR16)
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
                                        .parameters(weatherParameters())
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

    private static Map<String, JsonNode> weatherParameters() {
        try {
            Map<String, JsonNode> parameters = new LinkedHashMap<>();
            JSON.readTree(
                            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}")
                    .properties()
                    .forEach(member -> parameters.put(member.getKey(), member.getValue()));
            return parameters;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints every message as it arrives (on the transport's thread). */
    private static final class Printer implements AgentV1PublishHandler {
        private final Transcript out;
        private long audioBytes;

        Printer(Transcript out) {
            this.out = out;
        }

        @Override
        public void onAgentV1Welcome(AgentV1AgentV1Welcome event) {
            out.received("Welcome", event.requestId());
        }

        @Override
        public void onAgentV1SettingsApplied(AgentV1AgentV1SettingsApplied event) {
            out.received("SettingsApplied", null);
        }

        @Override
        public void onAgentV1UserStartedSpeaking(AgentV1AgentV1UserStartedSpeaking event) {
            out.received("UserStartedSpeaking", null);
        }

        @Override
        public void onAgentV1ConversationText(AgentV1AgentV1ConversationText event) {
            out.received("ConversationText", event.role().value() + ": " + event.content());
            if (event.role().value().equals("assistant")) {
                out.said("assistant", event.content());
            }
        }

        @Override
        public void onAgentV1FunctionCallRequest(AgentV1AgentV1FunctionCallRequest event) {
            for (ChannelsAgentV1MessagesAgentV1FunctionCallRequestFunctionsItems call : event.functions()) {
                out.received("FunctionCallRequest", call.name() + " " + call.arguments());
            }
        }

        @Override
        public void onAgentV1AgentStartedSpeaking(AgentV1AgentV1AgentStartedSpeaking event) {
            out.received("AgentStartedSpeaking", "latency " + event.totalLatency() + " s");
            audioBytes = 0;
        }

        @Override
        public void onAgentV1Audio(AgentV1Audio event) {
            audioBytes += event.data().remaining();
        }

        @Override
        public void onAgentV1AgentAudioDone(AgentV1AgentV1AgentAudioDone event) {
            out.received("audio", Pcm16.millis(audioBytes) + " ms of speech in binary frames");
            out.received("AgentAudioDone", null);
        }

        @Override
        public void onAgentV1Warning(AgentV1AgentV1Warning event) {
            out.received("Warning", event.code() + ": " + event.description());
        }

        @Override
        public void onAgentV1Error(AgentV1AgentV1Error event) {
            out.received("Error", event.code() + ": " + event.description());
        }

        @Override
        public void onUnknown(AgentV1Publish.Unknown event) {
            out.received(event.json().path("type").asText("(binary)"), "(not in the document: kept whole as Unknown)");
        }

        @Override
        public void onDecodeError(DecodeException error) {
            out.received("(not JSON)", error.getMessage());
        }
    }
}
