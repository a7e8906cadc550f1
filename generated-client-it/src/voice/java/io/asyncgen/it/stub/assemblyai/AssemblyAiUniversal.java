package io.asyncgen.it.stub.assemblyai;

import io.asyncgen.it.assemblyai.universal.AssemblyAiStreamingWebSocketOutboundHandler;
import io.asyncgen.it.assemblyai.universal.AssemblyAiStreamingWebSocketServer;
import io.asyncgen.it.assemblyai.universal.AudioChunk;
import io.asyncgen.it.assemblyai.universal.ForceEndpointPayload;
import io.asyncgen.it.assemblyai.universal.SessionBeginsPayload;
import io.asyncgen.it.assemblyai.universal.SessionTerminationPayload;
import io.asyncgen.it.assemblyai.universal.TerminationPayload;
import io.asyncgen.it.assemblyai.universal.TurnPayload;
import io.asyncgen.it.assemblyai.universal.Word;
import io.asyncgen.it.stub.Hearing;
import io.asyncgen.it.stub.JettySocket;
import io.asyncgen.runtime.Transport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * AssemblyAI's Universal streaming ({@code /v3/ws}) on the generated {@link AssemblyAiStreamingWebSocketServer}, as
 * AssemblyAI documents it: {@code Begin} on connect; binary audio in ({@code sample_rate} from the
 * query); a {@code Turn} per word heard while the user speaks ({@code end_of_turn: false}), one
 * with {@code end_of_turn: true} when the turn ends (after {@code max_turn_silence} ms of silence,
 * default here 500, or on {@code ForceEndpoint}), and with {@code format_turns=true} the formatted
 * one after it; {@code Terminate} answered with {@code Termination}, then the close.
 */
public final class AssemblyAiUniversal implements AssemblyAiStreamingWebSocketOutboundHandler {
    private final AssemblyAiStreamingWebSocketServer session = new AssemblyAiStreamingWebSocketServer(this);
    private final Hearing hearing;
    private final boolean formatTurns;
    private long turnOrder;

    private AssemblyAiUniversal(JettySocket socket) {
        hearing = new Hearing((int) number(socket, "sample_rate", 16_000), number(socket, "max_turn_silence", 500));
        formatTurns = Boolean.parseBoolean(socket.query("format_turns", "false"));
    }

    /** The scenario for a socket just accepted. */
    public static void accept(JettySocket socket) {
        AssemblyAiUniversal universal = new AssemblyAiUniversal(socket);
        socket.attach(
                universal.session.listener(),
                () -> universal.session.sendSessionBegins(SessionBeginsPayload.builder()
                        .id(UUID.nameUUIDFromBytes(socket.toString().getBytes(StandardCharsets.UTF_8))
                                .toString())
                        .expiresAt(1_714_568_400L)
                        .build()));
    }

    @Override
    public void onAudioChunk(AudioChunk event) {
        for (Hearing.Heard heard : hearing.hear(event.bytes())) {
            if (heard instanceof Hearing.Partial partial) {
                session.sendTurn(turn(partial.words(), partial.text(), false, false));
            } else if (heard instanceof Hearing.Utterance utterance) {
                endTurn(utterance);
            }
        }
    }

    @Override
    public void onForceEndpoint(ForceEndpointPayload event) {
        hearing.finish().ifPresent(this::endTurn);
    }

    @Override
    public void onSessionTermination(SessionTerminationPayload event) {
        hearing.finish().ifPresent(this::endTurn);
        long seconds = Math.round(hearing.heardMs() / 1000.0);
        session.sendTermination(TerminationPayload.builder()
                        .audioDurationSeconds(seconds)
                        .sessionDurationSeconds(seconds)
                        .build())
                .thenRun(() -> session.close(Transport.NORMAL_CLOSURE, ""));
    }

    private void endTurn(Hearing.Utterance utterance) {
        String plain = utterance.text().replaceAll("[^\\p{L}\\p{N}' ]", "").toLowerCase(Locale.ROOT);
        session.sendTurn(turn(utterance.words(), plain, true, false));
        if (formatTurns) {
            session.sendTurn(turn(utterance.words(), utterance.text(), true, true));
        }
        turnOrder++;
    }

    private TurnPayload turn(List<Hearing.Word> words, String transcript, boolean endOfTurn, boolean formatted) {
        return TurnPayload.builder()
                .turnOrder(turnOrder)
                .turnIsFormatted(formatted)
                .endOfTurn(endOfTurn)
                .transcript(transcript)
                .endOfTurnConfidence(endOfTurn ? 0.9 : 0.1)
                .words(words.stream()
                        .map(w -> Word.builder()
                                .text(w.text())
                                .start(Math.round(w.start() * 1000))
                                .end(Math.round(w.end() * 1000))
                                .confidence(0.95)
                                .wordIsFinal(endOfTurn)
                                .build())
                        .toList())
                .build();
    }

    private static long number(JettySocket socket, String name, long fallback) {
        try {
            return Long.parseLong(socket.query(name, String.valueOf(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
