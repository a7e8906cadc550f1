package io.asyncgen.it.stub.deepgram;

import io.asyncgen.it.deepgram.SpeakV1SpeakV1Clear;
import io.asyncgen.it.deepgram.SpeakV1SpeakV1Cleared;
import io.asyncgen.it.deepgram.SpeakV1SpeakV1Close;
import io.asyncgen.it.deepgram.SpeakV1SpeakV1Flush;
import io.asyncgen.it.deepgram.SpeakV1SpeakV1Flushed;
import io.asyncgen.it.deepgram.SpeakV1SpeakV1Metadata;
import io.asyncgen.it.deepgram.SpeakV1SpeakV1Text;
import io.asyncgen.it.deepgram.SpeakV1SubscribeHandler;
import io.asyncgen.it.deepgram.V1SpeakServer;
import io.asyncgen.it.stub.Ids;
import io.asyncgen.it.stub.JettySocket;
import io.asyncgen.it.stub.Speech;
import io.asyncgen.runtime.Transport;

/**
 * Deepgram's streaming text-to-speech ({@code /v1/speak}) on the generated {@link V1SpeakServer},
 * as Deepgram documents it: {@code Metadata} on connect; {@code Speak} text collected until
 * {@code Flush}, which sends the speech as binary frames (at the {@code sample_rate} asked for,
 * default 24000) and then {@code Flushed}; {@code Clear} drops what was not spoken yet and answers
 * {@code Cleared}; {@code Close} speaks what is left and closes.
 */
public final class DeepgramSpeak implements SpeakV1SubscribeHandler {
    private final V1SpeakServer session = new V1SpeakServer(this);
    private final Ids ids = new Ids();
    private final StringBuilder text = new StringBuilder();
    private final int sampleRate;
    private final String model;
    private long sequence;

    private DeepgramSpeak(JettySocket socket) {
        int rate;
        try {
            rate = Integer.parseInt(socket.query("sample_rate", "24000"));
        } catch (NumberFormatException e) {
            rate = 24_000;
        }
        this.sampleRate = rate;
        this.model = socket.query("model", "aura-asteria-en");
    }

    /** The scenario for a socket just accepted. */
    public static void accept(JettySocket socket) {
        DeepgramSpeak speak = new DeepgramSpeak(socket);
        socket.attach(
                speak.session.listener(),
                () -> speak.session.sendSpeakV1Metadata(SpeakV1SpeakV1Metadata.builder()
                        .requestId(speak.ids.next("request"))
                        .modelName(speak.model)
                        .modelVersion("stub")
                        .modelUuid("00000000-0000-0000-0000-000000000000")
                        .build()));
    }

    @Override
    public void onSpeakV1Text(SpeakV1SpeakV1Text event) {
        text.append(text.length() == 0 ? "" : " ").append(event.text());
    }

    @Override
    public void onSpeakV1Flush(SpeakV1SpeakV1Flush event) {
        speak();
        session.sendSpeakV1Flushed(
                SpeakV1SpeakV1Flushed.builder().sequenceId(sequence++).build());
    }

    @Override
    public void onSpeakV1Clear(SpeakV1SpeakV1Clear event) {
        text.setLength(0);
        session.sendSpeakV1Cleared(
                SpeakV1SpeakV1Cleared.builder().sequenceId(sequence++).build());
    }

    @Override
    public void onSpeakV1Close(SpeakV1SpeakV1Close event) {
        speak();
        session.close(Transport.NORMAL_CLOSURE, "");
    }

    private void speak() {
        if (text.length() > 0) {
            Speech.frames(Speech.of(text.toString(), sampleRate), sampleRate * 2 / 10)
                    .forEach(session::sendSpeakV1Audio);
            text.setLength(0);
        }
    }
}
