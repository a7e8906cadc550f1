package io.asyncgen.it.stub;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the voice stubs say: no speech synthesizer, but a tone burst per word, as 16-bit
 * little-endian mono PCM at the sample rate the client asked for, so a client plays and counts
 * real binary audio.
 */
public final class Speech {
    /** Milliseconds of tone per word. */
    public static final int MS_PER_WORD = 120;

    private Speech() {}

    /** {@code text} "spoken": one tone burst per word, a short pause after each. */
    public static byte[] of(String text, int sampleRate) {
        List<byte[]> parts = new ArrayList<>();
        String[] words = text.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            parts.add(tone(220 + 40 * (i % 5), MS_PER_WORD, sampleRate));
            parts.add(new byte[sampleRate * 2 * 30 / 1000]);
        }
        return Pcm16.concat(parts.toArray(byte[][]::new));
    }

    /** {@code pcm} cut into pieces of at most {@code bytes} bytes, as binary frames carry it. */
    public static List<byte[]> frames(byte[] pcm, int bytes) {
        List<byte[]> frames = new ArrayList<>();
        for (int at = 0; at < pcm.length; at += bytes) {
            frames.add(Arrays.copyOfRange(pcm, at, Math.min(pcm.length, at + bytes)));
        }
        return frames;
    }

    private static byte[] tone(double hertz, int millis, int sampleRate) {
        int samples = millis * sampleRate / 1000;
        byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            short sample =
                    (short) Math.round(StrictMath.sin(2 * Math.PI * hertz * i / sampleRate) * 0.3 * Short.MAX_VALUE);
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        return pcm;
    }
}
