package io.asyncgen.it.voice;

import io.asyncgen.it.stub.Pcm16;
import io.asyncgen.it.stub.Speech;
import io.asyncgen.runtime.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** What the voice conversation tests share: the user's speech, a log of what a client received, bounded waits. */
final class Voice {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final Duration LIMIT = Duration.ofSeconds(60);
    /** 100 ms of 24 kHz PCM16: one binary frame of the user's audio. */
    static final int FRAME_BYTES = 100 * Pcm16.BYTES_PER_MS;

    private Voice() {}

    /** One user turn as the stubs hear it: a second of sound, then 700 ms of silence, in 100 ms frames. */
    static List<byte[]> userTurn() {
        return Speech.frames(Pcm16.concat(Pcm16.sine(440, 1000, 0.5), Pcm16.silence(700)), FRAME_BYTES);
    }

    static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * Everything a client receives, in order, as {@code describe} says it; a run of binary messages
     * (described as {@code null}) is one {@code audio} entry, and their bytes are counted.
     */
    static final class Received<I> {
        private final List<String> entries = new ArrayList<>();
        private final List<byte[]> audio = new ArrayList<>();
        private final Function<I, String> describe;
        private final Function<I, byte[]> bytes;

        Received(Session<I, ?> client, Function<I, String> describe, Function<I, byte[]> bytes) {
            this.describe = describe;
            this.bytes = bytes;
            client.onMessage(this::add);
        }

        private synchronized void add(I message) {
            String entry = describe.apply(message);
            if (entry == null) {
                audio.add(bytes.apply(message));
                entry = "audio";
                if (!entries.isEmpty() && entries.get(entries.size() - 1).equals(entry)) {
                    return;
                }
            }
            entries.add(entry);
        }

        synchronized List<String> entries() {
            return List.copyOf(entries);
        }

        /** How many binary messages arrived. */
        synchronized int audioMessages() {
            return audio.size();
        }

        /** The bytes of every binary message, one after the other. */
        synchronized byte[] audio() {
            return Pcm16.concat(audio.toArray(byte[][]::new));
        }
    }
}
