package io.asyncgen.it.stub.speechmatics;

import io.asyncgen.it.speechmatics.AddAudio;
import io.asyncgen.it.speechmatics.AddPartialTranscript;
import io.asyncgen.it.speechmatics.AddTranscript;
import io.asyncgen.it.speechmatics.AudioAdded;
import io.asyncgen.it.speechmatics.AudioFormatRaw;
import io.asyncgen.it.speechmatics.EndOfStream;
import io.asyncgen.it.speechmatics.EndOfTranscript;
import io.asyncgen.it.speechmatics.ErrorTypeEnum;
import io.asyncgen.it.speechmatics.ForceEndOfUtterance;
import io.asyncgen.it.speechmatics.PublishHandler;
import io.asyncgen.it.speechmatics.RecognitionAlternative;
import io.asyncgen.it.speechmatics.RecognitionMetadata;
import io.asyncgen.it.speechmatics.RecognitionResult;
import io.asyncgen.it.speechmatics.RecognitionResultTypeEnum;
import io.asyncgen.it.speechmatics.RecognitionStarted;
import io.asyncgen.it.speechmatics.SpeechmaticsRealtimeAsrServer;
import io.asyncgen.it.speechmatics.StartRecognition;
import io.asyncgen.it.stub.Hearing;
import io.asyncgen.it.stub.Ids;
import io.asyncgen.it.stub.JettySocket;
import io.asyncgen.runtime.Transport;
import java.util.List;

/**
 * Speechmatics' realtime speech recognition on the generated {@link SpeechmaticsRealtimeAsrServer}, as Speechmatics
 * documents it: {@code StartRecognition} answered with {@code RecognitionStarted}; each binary
 * {@code AddAudio} acknowledged with {@code AudioAdded} and its sequence number; the words heard as
 * {@code AddPartialTranscript} ({@code enable_partials}) and {@code AddTranscript} per utterance;
 * {@code EndOfStream} answered with the last {@code AddTranscript} and {@code EndOfTranscript},
 * then the close. Audio before {@code StartRecognition} is a protocol error.
 */
public final class SpeechmaticsRealtime implements PublishHandler {
    private final SpeechmaticsRealtimeAsrServer session = new SpeechmaticsRealtimeAsrServer(this);
    private final Ids ids = new Ids();
    private Hearing hearing;
    private boolean partials;
    private long seqNo;

    private SpeechmaticsRealtime() {}

    /** The scenario for a socket just accepted. */
    public static void accept(JettySocket socket) {
        socket.attach(new SpeechmaticsRealtime().session.listener(), () -> {});
    }

    @Override
    public void onStartRecognition(StartRecognition event) {
        int rate = event.audioFormat() instanceof AudioFormatRaw raw && raw.sampleRate() != null
                ? raw.sampleRate().intValue()
                : 16_000;
        hearing = new Hearing(rate, 500);
        partials = event.transcriptionConfig() != null
                && Boolean.TRUE.equals(event.transcriptionConfig().enablePartials());
        session.sendRecognitionStarted(RecognitionStarted.builder()
                .id(ids.next("session"))
                .orchestratorVersion("asyncgen-stub")
                .build());
    }

    @Override
    public void onAddAudio(AddAudio event) {
        if (hearing == null) {
            session.sendError(io.asyncgen.it.speechmatics.Error.builder()
                    .type(ErrorTypeEnum.PROTOCOL_ERROR)
                    .reason("AddAudio before StartRecognition")
                    .build());
            return;
        }
        session.sendAudioAdded(AudioAdded.builder().seqNo(++seqNo).build());
        for (Hearing.Heard heard : hearing.hear(event.bytes())) {
            if (heard instanceof Hearing.Partial partial && partials) {
                session.sendAddPartialTranscript(AddPartialTranscript.builder()
                        .format("2.1")
                        .metadata(metadata(partial.words(), partial.text()))
                        .results(results(partial.words()))
                        .build());
            } else if (heard instanceof Hearing.Utterance utterance) {
                sendFinal(utterance);
            }
        }
    }

    @Override
    public void onForceEndOfUtterance(ForceEndOfUtterance event) {
        if (hearing != null) {
            hearing.finish().ifPresent(this::sendFinal);
        }
    }

    @Override
    public void onEndOfStream(EndOfStream event) {
        if (hearing != null) {
            hearing.finish().ifPresent(this::sendFinal);
        }
        session.sendEndOfTranscript(EndOfTranscript.builder().build())
                .thenRun(() -> session.close(Transport.NORMAL_CLOSURE, ""));
    }

    private void sendFinal(Hearing.Utterance utterance) {
        session.sendAddTranscript(AddTranscript.builder()
                .format("2.1")
                .metadata(metadata(utterance.words(), utterance.text()))
                .results(results(utterance.words()))
                .build());
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
                        .type(RecognitionResultTypeEnum.WORD)
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
