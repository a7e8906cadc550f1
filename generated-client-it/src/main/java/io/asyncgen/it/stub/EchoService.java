package io.asyncgen.it.stub;

import io.asyncgen.it.echo.Audio;
import io.asyncgen.it.echo.AudioEchoServer;
import io.asyncgen.it.echo.EchoCommandHandler;
import io.asyncgen.it.echo.FlushPayload;
import io.asyncgen.it.echo.FlushedPayload;
import java.io.ByteArrayOutputStream;

/**
 * The module's audio echo service (its own document, {@code src/main/asyncapi/audio-echo.yaml}),
 * built on the generated {@link AudioEchoServer}: collects the binary audio frames a client sends
 * and, on {@code flush}, sends them back as one binary frame ({@code EchoAudio}), then a JSON
 * {@code flushed} event with the byte count. The way voice APIs (Deepgram, AssemblyAI) mix binary
 * audio and JSON events on one WebSocket.
 */
public final class EchoService implements EchoCommandHandler {
    private final AudioEchoServer session = new AudioEchoServer(this);
    // only the connection's read thread touches it
    private final ByteArrayOutputStream heard = new ByteArrayOutputStream();

    private EchoService() {}

    /** The scenario for a socket just accepted. */
    public static void accept(JettySocket socket) {
        socket.attach(new EchoService().session.listener(), () -> {});
    }

    @Override
    public void onAudio(Audio event) {
        heard.writeBytes(event.bytes());
    }

    @Override
    public void onFlush(FlushPayload event) {
        byte[] audio = heard.toByteArray();
        heard.reset();
        session.sendEchoAudio(audio);
        session.sendFlushed(FlushedPayload.builder().bytes((long) audio.length).build());
    }
}
