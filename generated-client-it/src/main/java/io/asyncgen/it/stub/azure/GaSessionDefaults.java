package io.asyncgen.it.stub.azure;

import io.asyncgen.it.azure.AudioFormatPcm;
import io.asyncgen.it.azure.Modality;
import io.asyncgen.it.azure.RealtimeSession;
import io.asyncgen.it.azure.ServerVad;
import io.asyncgen.it.azure.SessionAudio;
import io.asyncgen.it.azure.SessionAudioInput;
import io.asyncgen.it.azure.SessionAudioOutput;
import io.asyncgen.it.azure.ToolChoiceMode;
import io.asyncgen.it.azure.Voice;
import io.asyncgen.it.stub.Pcm16;
import java.util.List;

/**
 * The session the stub starts every connection with, as the GA service reports it in
 * {@code session.created}: audio out, PCM16 both ways, server VAD that answers, no tools.
 */
final class GaSessionDefaults {
    private GaSessionDefaults() {}

    /** The session a connection starts with. */
    static RealtimeSession session() {
        return RealtimeSession.builder()
                .object("realtime.session")
                .id("sess_stub")
                .model("gpt-realtime")
                .outputModalities(List.of(Modality.AUDIO))
                .instructions("You are a helpful assistant.")
                .audio(SessionAudio.builder()
                        .input(SessionAudioInput.builder()
                                .format(AudioFormatPcm.builder()
                                        .rate((long) Pcm16.RATE)
                                        .build())
                                .turnDetection(ServerVad.builder()
                                        .threshold(0.5)
                                        .prefixPaddingMs(300L)
                                        .silenceDurationMs(500L)
                                        .createResponse(true)
                                        .interruptResponse(true)
                                        .build())
                                .build())
                        .output(SessionAudioOutput.builder()
                                .format(AudioFormatPcm.builder()
                                        .rate((long) Pcm16.RATE)
                                        .build())
                                .voice(Voice.ALLOY)
                                .speed(1.0)
                                .build())
                        .build())
                .tools(List.of())
                .toolChoice(ToolChoiceMode.AUTO)
                .maxOutputTokensInf()
                .expiresAt(1_900_000_000L)
                .build();
    }
}
