package io.asyncgen.it.demo;

import io.asyncgen.it.assemblyai.universal.AssemblyAiStreamingWebSocketClient;
import io.asyncgen.it.assemblyai.universal.AssemblyAiStreamingWebSocketEndpoint;
import io.asyncgen.it.assemblyai.universal.AssemblyAiStreamingWebSocketInbound;
import io.asyncgen.it.assemblyai.universal.AssemblyAiStreamingWebSocketInboundHandler;
import io.asyncgen.it.assemblyai.universal.SessionBeginsPayload;
import io.asyncgen.it.assemblyai.universal.SessionTerminationPayload;
import io.asyncgen.it.assemblyai.universal.TerminationPayload;
import io.asyncgen.it.assemblyai.universal.TurnPayload;
import io.asyncgen.it.assemblyai.universal.V3WsEncoding;
import io.asyncgen.runtime.DecodeException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code --vendor assemblyai}: AssemblyAI's Universal streaming speech-to-text, through the client
 * generated from AssemblyAI's own 3.0 document: {@code Begin}, the user's turns as binary audio,
 * {@code Turn}s as they are heard (formatted at the end of each), {@code Terminate}.
 */
public final class AssemblyAiDemo extends VoiceDemo {
    @Override
    public String vendor() {
        return "assemblyai";
    }

    @Override
    public List<String> usage() {
        return List.of(
                "  --vendor assemblyai: AssemblyAI Universal streaming, the client of AssemblyAI's own AsyncAPI 3.0",
                "             document; for real with ASSEMBLYAI_API_KEY (untested here; it hears a tone, not speech)");
    }

    @Override
    String keyVariable() {
        return "ASSEMBLYAI_API_KEY";
    }

    @Override
    void talk(String serverUrl, String key, Transcript out, Duration timeout, boolean stub) throws Exception {
        AssemblyAiStreamingWebSocketEndpoint.Builder endpoint = AssemblyAiStreamingWebSocketEndpoint.builder()
                .authorization(key)
                .sampleRate(24_000)
                .encoding(V3WsEncoding.PCM_S16LE)
                .formatTurns(true);
        if (serverUrl != null) {
            endpoint.serverUrl(serverUrl);
        }
        AssemblyAiStreamingWebSocketEndpoint built = endpoint.build();
        out.note("client: AssemblyAiStreamingWebSocketClient (AssemblyAI Universal streaming) -> " + built);
        AssemblyAiStreamingWebSocketClient client = AssemblyAiStreamingWebSocketClient.builder()
                .endpoint(built)
                .handler(new Printer(out))
                .build();
        CompletableFuture<SessionBeginsPayload> begins = client.next(SessionBeginsPayload.class, timeout);
        client.open().toCompletableFuture().get(timeout.toSeconds(), TimeUnit.SECONDS);
        begins.get(timeout.toSeconds(), TimeUnit.SECONDS);
        for (String turn : Demo.TURNS) {
            out.said("user", turn + (stub ? "" : " (a tone: there is no microphone here)"));
            CompletableFuture<TurnPayload> formatted =
                    client.next(TurnPayload.class, TurnPayload::turnIsFormatted, timeout);
            List<byte[]> frames = userTurn();
            out.sent("audio", frames.size() + " binary frames of 24 kHz PCM");
            for (byte[] frame : frames) {
                client.sendAudioChunk(frame);
                if (!stub) {
                    Thread.sleep(100); // the service wants audio no faster than it is spoken
                }
            }
            if (stub) {
                formatted.get(timeout.toSeconds(), TimeUnit.SECONDS);
            }
        }
        CompletableFuture<TerminationPayload> terminated = client.next(TerminationPayload.class, timeout);
        out.sent("Terminate", null);
        client.sendSessionTermination(SessionTerminationPayload.builder().build());
        terminated.get(timeout.toSeconds(), TimeUnit.SECONDS);
        client.closed().toCompletableFuture().get(timeout.toSeconds(), TimeUnit.SECONDS);
    }

    /** Prints every message as it arrives (on the transport's thread). */
    private static final class Printer implements AssemblyAiStreamingWebSocketInboundHandler {
        private final Transcript out;

        Printer(Transcript out) {
            this.out = out;
        }

        @Override
        public void onSessionBegins(SessionBeginsPayload event) {
            out.received("Begin", event.id());
        }

        @Override
        public void onTurn(TurnPayload event) {
            out.received(
                    "Turn",
                    event.turnOrder() + (event.endOfTurn() ? " end" : "")
                            + (event.turnIsFormatted() ? " formatted" : "") + ": " + event.transcript());
            if (event.turnIsFormatted()) {
                out.said("heard", event.transcript());
            }
        }

        @Override
        public void onTermination(TerminationPayload event) {
            out.received("Termination", event.audioDurationSeconds() + " s of audio");
        }

        @Override
        public void onUnknown(AssemblyAiStreamingWebSocketInbound.Unknown event) {
            out.received(event.json().path("type").asText("(binary)"), "(not in the document: kept whole as Unknown)");
        }

        @Override
        public void onDecodeError(DecodeException error) {
            out.received("(not JSON)", error.getMessage());
        }
    }
}
