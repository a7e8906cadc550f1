package io.asyncgen.it.stub;

import io.asyncgen.it.assemblyai.AssemblyAiStreamingSpeechToTextEndpoint;
import io.asyncgen.it.assemblyai.universal.AssemblyAiStreamingWebSocketEndpoint;
import io.asyncgen.it.deepgram.V1AgentConverseEndpoint;
import io.asyncgen.it.deepgram.V1ListenEndpoint;
import io.asyncgen.it.deepgram.V1SpeakEndpoint;
import io.asyncgen.it.speechmatics.flow.SpeechmaticsFlowEndpoint;
import io.asyncgen.it.stub.assemblyai.AssemblyAiStreaming;
import io.asyncgen.it.stub.assemblyai.AssemblyAiUniversal;
import io.asyncgen.it.stub.deepgram.DeepgramAgent;
import io.asyncgen.it.stub.deepgram.DeepgramListen;
import io.asyncgen.it.stub.deepgram.DeepgramSpeak;
import io.asyncgen.it.stub.speechmatics.SpeechmaticsFlow;
import io.asyncgen.it.stub.speechmatics.SpeechmaticsRealtime;
import java.util.List;

/**
 * The voice vendors' services of the stub server, each on the server code generated from the
 * vendor's own document ({@code ../shared/corpus/upstream-voice}). Speechmatics' realtime channel
 * has the address {@code /} below a server URL that ends in {@code /v2}: a client connects with
 * {@code serverUrl(stub.url() + "/v2")}, as to {@code wss://eu.rt.speechmatics.com/v2}.
 */
public final class VoiceServices implements StubServices {
    /** Where the Speechmatics realtime service is: its server's path, then the channel address {@code /}. */
    public static final String SPEECHMATICS_REALTIME_PATH = "/v2/";

    @Override
    public List<Service> services() {
        String deepgram = "deepgram-asyncapi-2.6.yml with the overlay deepgram.overlay.yaml";
        return List.of(
                new Service(
                        V1AgentConverseEndpoint.ADDRESS,
                        "Deepgram Voice Agent",
                        deepgram,
                        "Welcome, Settings, the user's audio heard as the demo's turns, a function call, the agent's audio",
                        DeepgramAgent::accept),
                new Service(
                        V1ListenEndpoint.ADDRESS,
                        "Deepgram speech-to-text",
                        deepgram,
                        "audio in; Results, SpeechStarted, UtteranceEnd; Finalize, CloseStream",
                        DeepgramListen::accept),
                new Service(
                        V1SpeakEndpoint.ADDRESS,
                        "Deepgram text-to-speech",
                        deepgram,
                        "Speak, Flush: audio and Flushed; Clear, Close",
                        DeepgramSpeak::accept),
                new Service(
                        AssemblyAiStreamingSpeechToTextEndpoint.ADDRESS,
                        "AssemblyAI streaming v2",
                        "assemblyai-streaming-asyncapi-2.6.yml",
                        "SessionBegins, audio in, partial and final transcripts",
                        AssemblyAiStreaming::accept),
                new Service(
                        AssemblyAiStreamingWebSocketEndpoint.ADDRESS,
                        "AssemblyAI Universal streaming",
                        "assemblyai-usm-streaming-asyncapi-3.0.yml",
                        "Begin, audio in, Turn, Terminate",
                        AssemblyAiUniversal::accept),
                new Service(
                        SPEECHMATICS_REALTIME_PATH,
                        "Speechmatics realtime",
                        "speechmatics-realtime-asyncapi-3.0.yml",
                        "StartRecognition, AddAudio, AddTranscript, EndOfStream (serverUrl: this URL + /v2)",
                        SpeechmaticsRealtime::accept),
                new Service(
                        SpeechmaticsFlowEndpoint.ADDRESS,
                        "Speechmatics Flow",
                        "speechmatics-flow-asyncapi-3.0.yml",
                        "StartConversation, audio both ways, a tool call",
                        SpeechmaticsFlow::accept));
    }
}
