package io.asyncgen.it.demo;

import io.asyncgen.it.stub.Pcm16;
import io.asyncgen.it.stub.Speech;
import io.asyncgen.it.stub.StubServer;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the voice vendors' demos share: the embedded stub server unless a key is given, the user's
 * turns ({@link Demo#TURNS}) as audio, and the transcript.
 */
abstract class VoiceDemo implements VendorDemo {
    /** 100 ms of 24 kHz PCM16: one binary frame of the user's audio. */
    static final int FRAME_BYTES = 100 * Pcm16.BYTES_PER_MS;

    /** The environment variable that holds the vendor's key. */
    abstract String keyVariable();

    /**
     * Holds the conversation.
     *
     * @param serverUrl the server to use instead of the document's ({@code --url}, or the stub's); null: the document's
     * @param stub whether the other side is the stub, which hears the user's turns in the audio; the vendor's service
     *     hears only a tone there
     */
    abstract void talk(String serverUrl, String key, Transcript out, Duration timeout, boolean stub) throws Exception;

    @Override
    public final void run(Map<String, String> options, Map<String, String> env, PrintStream stdout) throws Exception {
        String key = options.containsKey("stub") ? null : options.getOrDefault("api-key", env.get(keyVariable()));
        Transcript out = new Transcript(stdout);
        if (key != null) {
            talk(options.get("url"), key, out, Duration.ofSeconds(60), false);
        } else {
            try (StubServer stub = StubServer.start(null)) {
                out.note("asyncgen demo: embedded stub server on " + stub.url()
                        + " (generated server code on Jetty 12)");
                talk(stub.url() + stubPath(), "stub-key", out, Duration.ofSeconds(20), true);
            }
        }
        out.note("");
        out.note("done: every event above was decoded by the generated codec and dispatched to a typed handler method;"
                + " audio travelled as binary frames.");
    }

    /** What follows the stub's URL for this vendor's server (Speechmatics' realtime server is at {@code /v2}). */
    String stubPath() {
        return "";
    }

    /** A user turn as audio: a second of sound, then 700 ms of silence, in 100 ms frames. */
    static List<byte[]> userTurn() {
        return Speech.frames(Pcm16.concat(Pcm16.sine(440, 1000, 0.5), Pcm16.silence(700)), FRAME_BYTES);
    }
}
