package io.asyncgen.it.stub;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A simple energy voice-activity detector over PCM16 mono at {@link Pcm16#RATE}, in 10 ms frames, as
 * a stub's {@code server_vad} needs: speech starts at the first loud frame (reported the prefix
 * padding earlier) and stops after the silence duration of quiet frames. Audio arrives in chunks of
 * any length; a partial frame waits for the next chunk. Not thread-safe.
 */
public final class EnergyVad {
    private static final double SPEECH_RMS = 0.02;
    private static final int FRAME_MS = 10;
    private static final int FRAME_BYTES = FRAME_MS * Pcm16.BYTES_PER_MS;

    /** A change the audio brought, at a time measured from the first byte fed. */
    public sealed interface Change permits SpeechStarted, SpeechStopped {}

    /** Speech began; {@code audioStartMs} includes the prefix padding. */
    public record SpeechStarted(long audioStartMs) implements Change {}

    /** Speech ended at {@code audioEndMs}, the end of its last loud frame. */
    public record SpeechStopped(long audioEndMs) implements Change {}

    private byte[] pendingFrame = new byte[0];
    private long audioMs;
    private boolean speaking;
    private long silenceMs;

    /**
     * The changes in {@code pcm}, in order (none while nothing changes), with the session's settings
     * as they are now.
     */
    public List<Change> feed(byte[] pcm, long prefixPaddingMs, long silenceDurationMs) {
        byte[] audio = Pcm16.concat(pendingFrame, pcm);
        int whole = audio.length - audio.length % FRAME_BYTES;
        pendingFrame = Arrays.copyOfRange(audio, whole, audio.length);
        List<Change> changes = new ArrayList<>();
        for (int at = 0; at < whole; at += FRAME_BYTES) {
            boolean loud = Pcm16.rms(audio, at, at + FRAME_BYTES) > SPEECH_RMS;
            long frameStart = audioMs;
            audioMs += FRAME_MS;
            if (!speaking && loud) {
                speaking = true;
                silenceMs = 0;
                changes.add(new SpeechStarted(Math.max(0, frameStart - prefixPaddingMs)));
            } else if (speaking && loud) {
                silenceMs = 0;
            } else if (speaking) {
                silenceMs += FRAME_MS;
                if (silenceMs >= silenceDurationMs) {
                    speaking = false;
                    changes.add(new SpeechStopped(audioMs - silenceMs));
                }
            }
        }
        return changes;
    }
}
