package io.asyncgen.it.stub.deepgram;

import io.asyncgen.it.deepgram.AgentV1AgentV1AgentAudioDone;
import io.asyncgen.it.deepgram.AgentV1AgentV1AgentStartedSpeaking;
import io.asyncgen.it.deepgram.AgentV1AgentV1AgentThinking;
import io.asyncgen.it.deepgram.AgentV1AgentV1ConversationText;
import io.asyncgen.it.deepgram.AgentV1AgentV1Error;
import io.asyncgen.it.deepgram.AgentV1AgentV1FunctionCallRequest;
import io.asyncgen.it.deepgram.AgentV1AgentV1InjectUserMessage;
import io.asyncgen.it.deepgram.AgentV1AgentV1SendFunctionCallResponse;
import io.asyncgen.it.deepgram.AgentV1AgentV1Settings;
import io.asyncgen.it.deepgram.AgentV1AgentV1SettingsApplied;
import io.asyncgen.it.deepgram.AgentV1AgentV1UserStartedSpeaking;
import io.asyncgen.it.deepgram.AgentV1AgentV1Welcome;
import io.asyncgen.it.deepgram.AgentV1Media;
import io.asyncgen.it.deepgram.AgentV1SubscribeHandler;
import io.asyncgen.it.deepgram.ChannelsAgentV1MessagesAgentV1ConversationTextRole;
import io.asyncgen.it.deepgram.ChannelsAgentV1MessagesAgentV1FunctionCallRequestFunctionsItems;
import io.asyncgen.it.deepgram.ChannelsAgentV1MessagesAgentV1SettingsAgent0;
import io.asyncgen.it.deepgram.ThinkSettingsV1;
import io.asyncgen.it.deepgram.ThinkSettingsV1FunctionsItems;
import io.asyncgen.it.deepgram.V1AgentConverseServer;
import io.asyncgen.it.stub.Hearing;
import io.asyncgen.it.stub.Ids;
import io.asyncgen.it.stub.JettySocket;
import io.asyncgen.it.stub.Script;
import io.asyncgen.it.stub.Speech;
import java.util.ArrayList;
import java.util.List;

/**
 * Deepgram's Voice Agent ({@code /v1/agent/converse}) on the generated {@link V1AgentConverseServer},
 * following Deepgram's documented flow: {@code Welcome} on connect; {@code Settings} answered with
 * {@code SettingsApplied}; the user's binary audio heard ({@code UserStartedSpeaking}, then
 * {@code ConversationText} as user); the answer from {@link Script}: a {@code FunctionCallRequest}
 * for a client-side function the settings declare, answered by the client's
 * {@code FunctionCallResponse}, or {@code ConversationText} as assistant, {@code AgentStartedSpeaking},
 * the agent's speech as binary frames and {@code AgentAudioDone}. {@code InjectUserMessage} is a
 * typed user turn.
 */
public final class DeepgramAgent implements AgentV1SubscribeHandler {
    private static final int FRAME_MS = 100;

    private final V1AgentConverseServer session = new V1AgentConverseServer(this);
    private final Ids ids = new Ids();
    private final List<String> functions = new ArrayList<>();
    private Hearing hearing;
    private int outputRate = 24_000;

    private DeepgramAgent() {}

    /** The scenario for a socket just accepted. */
    public static void accept(JettySocket socket) {
        DeepgramAgent agent = new DeepgramAgent();
        socket.attach(
                agent.session.listener(),
                () -> agent.session.sendAgentV1Welcome(AgentV1AgentV1Welcome.builder()
                        .requestId(agent.ids.next("request"))
                        .build()));
    }

    @Override
    public void onAgentV1Settings(AgentV1AgentV1Settings event) {
        int inputRate = event.audio() != null
                        && event.audio().input() != null
                        && event.audio().input().sampleRate() != null
                ? event.audio().input().sampleRate().intValue()
                : 24_000;
        if (event.audio() != null
                && event.audio().output() != null
                && event.audio().output().sampleRate() != null) {
            outputRate = event.audio().output().sampleRate().intValue();
        }
        hearing = new Hearing(inputRate, 500);
        functions.clear();
        if (event.agent() instanceof ChannelsAgentV1MessagesAgentV1SettingsAgent0 agent
                && agent.think() instanceof ThinkSettingsV1 think
                && think.functions() != null) {
            think.functions().stream().map(ThinkSettingsV1FunctionsItems::name).forEach(functions::add);
        }
        session.sendAgentV1SettingsApplied(
                AgentV1AgentV1SettingsApplied.builder().build());
    }

    @Override
    public void onAgentV1Media(AgentV1Media event) {
        if (hearing == null) {
            session.sendAgentV1Error(AgentV1AgentV1Error.builder()
                    .code("SETTINGS_REQUIRED")
                    .description("Send Settings before any audio.")
                    .build());
            return;
        }
        for (Hearing.Heard heard : hearing.hear(event.bytes())) {
            if (heard instanceof Hearing.SpeechStarted) {
                session.sendAgentV1UserStartedSpeaking(
                        AgentV1AgentV1UserStartedSpeaking.builder().build());
            } else if (heard instanceof Hearing.Utterance utterance) {
                userSaid(utterance.text());
            }
        }
    }

    @Override
    public void onAgentV1InjectUserMessage(AgentV1AgentV1InjectUserMessage event) {
        userSaid(event.content());
    }

    @Override
    public void onAgentV1SendFunctionCallResponse(AgentV1AgentV1SendFunctionCallResponse event) {
        answer(Script.reply(null, event.content(), functions));
    }

    private void userSaid(String text) {
        session.sendAgentV1ConversationText(AgentV1AgentV1ConversationText.builder()
                .role(ChannelsAgentV1MessagesAgentV1ConversationTextRole.USER)
                .content(text)
                .build());
        session.sendAgentV1AgentThinking(AgentV1AgentV1AgentThinking.builder()
                .content("Answering from the script.")
                .build());
        answer(Script.reply(text, null, functions));
    }

    private void answer(Script.Reply reply) {
        if (reply instanceof Script.Call call) {
            session.sendAgentV1FunctionCallRequest(AgentV1AgentV1FunctionCallRequest.builder()
                    .functions(List.of(ChannelsAgentV1MessagesAgentV1FunctionCallRequestFunctionsItems.builder()
                            .id(ids.next("call"))
                            .name(call.name())
                            .arguments(call.arguments())
                            .clientSide(true)
                            .build()))
                    .build());
            return;
        }
        String text = ((Script.Say) reply).text();
        session.sendAgentV1ConversationText(AgentV1AgentV1ConversationText.builder()
                .role(ChannelsAgentV1MessagesAgentV1ConversationTextRole.ASSISTANT)
                .content(text)
                .build());
        session.sendAgentV1AgentStartedSpeaking(AgentV1AgentV1AgentStartedSpeaking.builder()
                .totalLatency(0.25)
                .ttsLatency(0.05)
                .tttLatency(0.2)
                .build());
        Speech.frames(Speech.of(text, outputRate), outputRate * 2 * FRAME_MS / 1000)
                .forEach(session::sendAgentV1Audio);
        session.sendAgentV1AgentAudioDone(AgentV1AgentV1AgentAudioDone.builder().build());
    }
}
