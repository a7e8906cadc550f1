package io.asyncgen.it.stub;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/** 16-bit little-endian mono PCM, the realtime APIs' default audio format ({@code audio/pcm}, 24 kHz). */
public final class Pcm16 {
    /** Samples per second of the realtime APIs' PCM. */
    public static final int RATE = 24_000;
    /** Bytes per millisecond at {@link #RATE}. */
    public static final int BYTES_PER_MS = RATE * 2 / 1000;

    private Pcm16() {}

    /** A sine tone: {@code millis} of {@code hertz} at {@code amplitude} (0..1). */
    public static byte[] sine(double hertz, int millis, double amplitude) {
        int samples = (int) ((long) millis * RATE / 1000);
        byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            short sample =
                    (short) Math.round(StrictMath.sin(2 * Math.PI * hertz * i / RATE) * amplitude * Short.MAX_VALUE);
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        return pcm;
    }

    /** {@code millis} of digital silence. */
    public static byte[] silence(int millis) {
        return new byte[millis * BYTES_PER_MS];
    }

    /** The pieces one after the other. */
    public static byte[] concat(byte[]... pieces) {
        int length = 0;
        for (byte[] piece : pieces) {
            length += piece.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] piece : pieces) {
            System.arraycopy(piece, 0, all, at, piece.length);
            at += piece.length;
        }
        return all;
    }

    /** Root mean square of the samples in {@code pcm[from, to)}, 0..1. */
    public static double rms(byte[] pcm, int from, int to) {
        double sum = 0;
        int samples = 0;
        for (int i = from; i + 1 < to; i += 2) {
            double sample = (short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8)) / (double) Short.MAX_VALUE;
            sum += sample * sample;
            samples++;
        }
        return samples == 0 ? 0 : Math.sqrt(sum / samples);
    }

    /** Milliseconds of audio in {@code bytes} bytes. */
    public static long millis(long bytes) {
        return bytes / BYTES_PER_MS;
    }

    /** {@code pcm} cut into base64 chunks of at most {@code chunkBytes} bytes each, as append and delta events carry it. */
    public static List<String> base64Chunks(byte[] pcm, int chunkBytes) {
        List<String> chunks = new ArrayList<>();
        for (int at = 0; at < pcm.length; at += chunkBytes) {
            chunks.add(Base64.getEncoder()
                    .encodeToString(Arrays.copyOfRange(pcm, at, Math.min(pcm.length, at + chunkBytes))));
        }
        return chunks;
    }
}
