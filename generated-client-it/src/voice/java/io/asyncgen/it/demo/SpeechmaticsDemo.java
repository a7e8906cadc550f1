package io.asyncgen.it.demo;

import io.asyncgen.it.speechmatics.AddPartialTranscript;
import io.asyncgen.it.speechmatics.AddTranscript;
import io.asyncgen.it.speechmatics.AudioAdded;
import io.asyncgen.it.speechmatics.AudioFormatRaw;
import io.asyncgen.it.speechmatics.EndOfStream;
import io.asyncgen.it.speechmatics.EndOfTranscript;
import io.asyncgen.it.speechmatics.Info;
import io.asyncgen.it.speechmatics.OperatingPoint;
import io.asyncgen.it.speechmatics.RawAudioEncodingEnum;
import io.asyncgen.it.speechmatics.RecognitionStarted;
import io.asyncgen.it.speechmatics.SpeechmaticsRealtimeAsrClient;
import io.asyncgen.it.speechmatics.SpeechmaticsRealtimeAsrEndpoint;
import io.asyncgen.it.speechmatics.StartRecognition;
import io.asyncgen.it.speechmatics.Subscribe;
import io.asyncgen.it.speechmatics.SubscribeHandler;
import io.asyncgen.it.speechmatics.TranscriptionConfig;
import io.asyncgen.it.speechmatics.Warning;
import io.asyncgen.runtime.DecodeException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code --vendor speechmatics}: Speechmatics' realtime speech recognition, through the client
 * generated from Speechmatics' own 3.0 document: {@code StartRecognition}, the user's turns as
 * binary {@code AddAudio} (each acknowledged with {@code AudioAdded}), partial and final
 * transcripts, {@code EndOfStream} and {@code EndOfTranscript}.
 */
public final class SpeechmaticsDemo extends VoiceDemo {
    @Override
    public String vendor() {
        return "speechmatics";
    }

    @Override
    public List<String> usage() {
        return List.of(
                "  --vendor speechmatics: Speechmatics realtime, the client of Speechmatics' own AsyncAPI 3.0 document;",
                "             for real with SPEECHMATICS_API_KEY (untested here; it hears a tone, not speech)");
    }

    @Override
    String keyVariable() {
        return "SPEECHMATICS_API_KEY";
    }

    @Override
    String stubPath() {
        return "/v2";
    }

    @Override
    void talk(String serverUrl, String key, Transcript out, Duration timeout, boolean stub) throws Exception {
        SpeechmaticsRealtimeAsrEndpoint.Builder endpoint =
                SpeechmaticsRealtimeAsrEndpoint.builder().header("Authorization", "Bearer " + key);
        if (serverUrl != null) {
            endpoint.serverUrl(serverUrl);
        }
        SpeechmaticsRealtimeAsrEndpoint built = endpoint.build();
        out.note("client: SpeechmaticsRealtimeAsrClient (Speechmatics realtime) -> " + built);
        Printer printer = new Printer(out);
        SpeechmaticsRealtimeAsrClient client = SpeechmaticsRealtimeAsrClient.builder()
                .endpoint(built)
                .handler(printer)
                .build();
        client.open().toCompletableFuture().get(timeout.toSeconds(), TimeUnit.SECONDS);
        out.sent("StartRecognition", "raw pcm_s16le 24 kHz, en, enhanced, partials");
        client.sendAndAwait(
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
                        timeout)
                .get(timeout.toSeconds(), TimeUnit.SECONDS);
        long sent = 0;
        for (String turn : Demo.TURNS) {
            out.said("user", turn + (stub ? "" : " (a tone: there is no microphone here)"));
            CompletableFuture<AddTranscript> heard = client.next(AddTranscript.class, timeout);
            List<byte[]> frames = userTurn();
            out.sent("AddAudio", frames.size() + " binary frames of 24 kHz PCM");
            for (byte[] frame : frames) {
                client.sendAddAudio(frame);
                sent++;
                if (!stub) {
                    Thread.sleep(100); // as fast as it is spoken
                }
            }
            if (stub) {
                heard.get(timeout.toSeconds(), TimeUnit.SECONDS);
            }
        }
        CompletableFuture<EndOfTranscript> end = client.next(EndOfTranscript.class, timeout);
        out.sent("EndOfStream", "last_seq_no " + sent);
        client.sendEndOfStream(EndOfStream.builder().lastSeqNo(sent).build());
        end.get(timeout.toSeconds(), TimeUnit.SECONDS);
        out.received("AudioAdded", printer.acknowledged + " frames acknowledged");
        client.closed().toCompletableFuture().get(timeout.toSeconds(), TimeUnit.SECONDS);
    }

    /** Prints every message as it arrives (on the transport's thread). */
    private static final class Printer implements SubscribeHandler {
        private final Transcript out;
        private volatile long acknowledged;

        Printer(Transcript out) {
            this.out = out;
        }

        @Override
        public void onRecognitionStarted(RecognitionStarted event) {
            out.received("RecognitionStarted", event.id());
        }

        @Override
        public void onAudioAdded(AudioAdded event) {
            acknowledged = event.seqNo() == null ? acknowledged : event.seqNo();
        }

        @Override
        public void onAddPartialTranscript(AddPartialTranscript event) {
            out.received("AddPartialTranscript", event.metadata().transcript());
        }

        @Override
        public void onAddTranscript(AddTranscript event) {
            out.received(
                    "AddTranscript",
                    event.metadata().startTime() + "-" + event.metadata().endTime() + " s");
            out.said("heard", event.metadata().transcript());
        }

        @Override
        public void onEndOfTranscript(EndOfTranscript event) {
            out.received("EndOfTranscript", null);
        }

        @Override
        public void onInfo(Info event) {
            out.received("Info", (event.type() == null ? "" : event.type().value()) + ": " + event.reason());
        }

        @Override
        public void onWarning(Warning event) {
            out.received("Warning", (event.type() == null ? "" : event.type().value()) + ": " + event.reason());
        }

        @Override
        public void onError(io.asyncgen.it.speechmatics.Error event) {
            out.received("Error", (event.type() == null ? "" : event.type().value()) + ": " + event.reason());
        }

        @Override
        public void onUnknown(Subscribe.Unknown event) {
            out.received(
                    event.json().path("message").asText("(binary)"), "(not in the document: kept whole as Unknown)");
        }

        @Override
        public void onDecodeError(DecodeException error) {
            out.received("(not JSON)", error.getMessage());
        }
    }
}
