package io.asyncgen.it.stub.assemblyai;

import io.asyncgen.it.assemblyai.AssemblyAiStreamingSpeechToTextServer;
import io.asyncgen.it.assemblyai.FinalTranscript;
import io.asyncgen.it.assemblyai.ForceEndUtterance;
import io.asyncgen.it.assemblyai.MessageHandler;
import io.asyncgen.it.assemblyai.PartialTranscript;
import io.asyncgen.it.assemblyai.SendAudio;
import io.asyncgen.it.assemblyai.SessionBegins;
import io.asyncgen.it.assemblyai.SessionInformation;
import io.asyncgen.it.assemblyai.SessionTerminated;
import io.asyncgen.it.assemblyai.TerminateSession;
import io.asyncgen.it.assemblyai.Word;
import io.asyncgen.it.stub.Hearing;
import io.asyncgen.it.stub.JettySocket;
import io.asyncgen.runtime.Transport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * AssemblyAI's streaming speech-to-text v2 ({@code /v2/realtime/ws}) on the generated
 * {@link AssemblyAiStreamingSpeechToTextServer}, as AssemblyAI documents it: {@code SessionBegins} on connect; binary
 * audio in ({@code sample_rate} from the query); {@code PartialTranscript}s while an utterance goes
 * on (unless {@code disable_partial_transcripts=true}), a {@code FinalTranscript} when it ends or
 * on {@code force_end_utterance}; {@code terminate_session} answered with
 * {@code SessionInformation} ({@code enable_extra_session_information=true}) and
 * {@code SessionTerminated}, then the close.
 */
public final class AssemblyAiStreaming implements MessageHandler {
    /** What {@code created} and {@code expires_at} carry: AssemblyAI's local time without a zone. */
    private static final String START = "2024-05-01T12:00:00.000000";

    private final AssemblyAiStreamingSpeechToTextServer session = new AssemblyAiStreamingSpeechToTextServer(this);
    private final Hearing hearing;
    private final boolean partials;
    private final boolean sessionInformation;

    private AssemblyAiStreaming(JettySocket socket) {
        int rate;
        try {
            rate = Integer.parseInt(socket.query("sample_rate", "16000"));
        } catch (NumberFormatException e) {
            rate = 16_000;
        }
        hearing = new Hearing(rate, 500);
        partials = !Boolean.parseBoolean(socket.query("disable_partial_transcripts", "false"));
        sessionInformation = Boolean.parseBoolean(socket.query("enable_extra_session_information", "false"));
    }

    /** The scenario for a socket just accepted. */
    public static void accept(JettySocket socket) {
        AssemblyAiStreaming streaming = new AssemblyAiStreaming(socket);
        socket.attach(
                streaming.session.listener(),
                () -> streaming.session.sendSessionBegins(SessionBegins.builder()
                        .sessionId(UUID.nameUUIDFromBytes(socket.toString().getBytes(StandardCharsets.UTF_8))
                                .toString())
                        .expiresAt("2024-05-01T13:00:00.000000")
                        .build()));
    }

    @Override
    public void onSendAudio(SendAudio event) {
        for (Hearing.Heard heard : hearing.hear(event.bytes())) {
            if (heard instanceof Hearing.Partial partial && partials) {
                session.sendPartialTranscript(PartialTranscript.builder()
                        .audioStart(ms(first(partial.words())))
                        .audioEnd(ms(last(partial.words())))
                        .confidence(0.9)
                        .text(partial.text())
                        .words(words(partial.words()))
                        .created(START)
                        .build());
            } else if (heard instanceof Hearing.Utterance utterance) {
                sendFinal(utterance);
            }
        }
    }

    @Override
    public void onForceEndUtterance(ForceEndUtterance event) {
        hearing.finish().ifPresent(this::sendFinal);
    }

    @Override
    public void onTerminateSession(TerminateSession event) {
        hearing.finish().ifPresent(this::sendFinal);
        if (sessionInformation) {
            session.sendSessionInformation(SessionInformation.builder()
                    .audioDurationSeconds(hearing.heardMs() / 1000.0)
                    .build());
        }
        session.sendSessionTerminated(SessionTerminated.builder().build())
                .thenRun(() -> session.close(Transport.NORMAL_CLOSURE, ""));
    }

    private void sendFinal(Hearing.Utterance utterance) {
        session.sendFinalTranscript(FinalTranscript.builder()
                .audioStart(ms(utterance.start()))
                .audioEnd(ms(utterance.end()))
                .confidence(0.95)
                .text(utterance.text())
                .words(words(utterance.words()))
                .created(START)
                .punctuated(true)
                .textFormatted(true)
                .build());
    }

    private static List<Word> words(List<Hearing.Word> heard) {
        return heard.stream()
                .map(w -> Word.builder()
                        .start(ms(w.start()))
                        .end(ms(w.end()))
                        .confidence(0.95)
                        .text(w.text())
                        .build())
                .toList();
    }

    private static double first(List<Hearing.Word> words) {
        return words.get(0).start();
    }

    private static double last(List<Hearing.Word> words) {
        return words.get(words.size() - 1).end();
    }

    private static long ms(double seconds) {
        return Math.round(seconds * 1000);
    }
}
