package io.asyncgen.it.stub;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the voice stubs hear in 16-bit little-endian mono PCM: stretches of sound separated by
 * silence. The stubs have no speech recognizer, so each stretch is heard as the next line of
 * {@link #SCRIPT} (the demo's user turns): what a client says is decided by the order it speaks
 * in, and tests and the demo can rely on it. Fed frame by frame, it reports what a streaming
 * recognizer reports: speech started, the words so far, an utterance finished. Used from one
 * connection's read thread.
 */
public final class Hearing {
    /** What a client says, stretch by stretch (then again from the start). */
    public static final List<String> SCRIPT = List.of("Hello! Who are you?", "What's the weather in Paris?");

    /** Loudness (RMS, 0..1) above which a 10 ms frame is speech. */
    private static final double SPEECH_RMS = 0.02;
    /** How long one word is heard to take, for partial results and word timings. */
    private static final int MS_PER_WORD = 200;

    /** Something heard. Times are seconds since the start of the audio. */
    public sealed interface Heard permits SpeechStarted, Partial, Utterance {}

    /** Sound began at {@code at}. */
    public record SpeechStarted(double at) implements Heard {}

    /** The words of the utterance in progress so far. */
    public record Partial(List<Word> words) implements Heard {
        public String text() {
            return Word.text(words);
        }
    }

    /** An utterance that ended: its words, from {@code start} to {@code end}. */
    public record Utterance(List<Word> words, double start, double end) implements Heard {
        public String text() {
            return Word.text(words);
        }
    }

    /** One word and when it was said. */
    public record Word(String text, double start, double end) {
        static String text(List<Word> words) {
            return String.join(" ", words.stream().map(Word::text).toList());
        }
    }

    private final int frameBytes;
    private final long endOfSpeechMs;
    private byte[] pending = new byte[0];
    private long heardMs;
    private long speechStartMs = -1;
    private long silenceMs;
    private long lastWordEndMs = -1;
    private int partialWords;
    private int utterances;

    /**
     * @param sampleRate samples per second of the audio
     * @param endOfSpeechMs how much silence ends an utterance
     */
    public Hearing(int sampleRate, long endOfSpeechMs) {
        this.frameBytes = sampleRate * 2 / 100;
        this.endOfSpeechMs = endOfSpeechMs;
    }

    /** What {@code pcm}, the next audio, makes heard, in order. */
    public List<Heard> hear(byte[] pcm) {
        List<Heard> heard = new ArrayList<>();
        byte[] audio = Pcm16.concat(pending, pcm);
        int whole = audio.length - audio.length % frameBytes;
        pending = Arrays.copyOfRange(audio, whole, audio.length);
        for (int at = 0; at < whole; at += frameBytes) {
            boolean loud = Pcm16.rms(audio, at, at + frameBytes) > SPEECH_RMS;
            long frameStart = heardMs;
            heardMs += 10;
            if (loud) {
                silenceMs = 0;
                if (speechStartMs < 0) {
                    speechStartMs = frameStart;
                    partialWords = 0;
                    heard.add(new SpeechStarted(frameStart / 1000.0));
                }
                int said = (int) Math.min(line().split(" ").length - 1, (heardMs - speechStartMs) / MS_PER_WORD);
                if (said > partialWords) {
                    partialWords = said;
                    heard.add(new Partial(words(speechStartMs, speechStartMs + (long) said * MS_PER_WORD, said)));
                }
            } else if (speechStartMs >= 0) {
                silenceMs += 10;
                if (silenceMs >= endOfSpeechMs) {
                    heard.add(finishAt(heardMs - silenceMs));
                }
            } else {
                silenceMs += 10;
            }
        }
        return heard;
    }

    /** Ends the utterance in progress now (a client's Finalize, ForceEndpoint, end of stream), if any. */
    public Optional<Utterance> finish() {
        return speechStartMs < 0 ? Optional.empty() : Optional.of(finishAt(heardMs - silenceMs));
    }

    /** Milliseconds of audio heard so far. */
    public long heardMs() {
        return heardMs;
    }

    /** The end of the last word of the last utterance, in seconds; negative before any. */
    public double lastWordEnd() {
        return lastWordEndMs / 1000.0;
    }

    /** Milliseconds of silence since the last sound. */
    public long silenceMs() {
        return silenceMs;
    }

    private Utterance finishAt(long endMs) {
        List<Word> words = words(speechStartMs, Math.max(endMs, speechStartMs + 10), line().split(" ").length);
        Utterance utterance = new Utterance(words, speechStartMs / 1000.0, endMs / 1000.0);
        lastWordEndMs = endMs;
        speechStartMs = -1;
        utterances++;
        return utterance;
    }

    /** The first {@code count} words of the current line, spread evenly from {@code startMs} to {@code endMs}. */
    private List<Word> words(long startMs, long endMs, int count) {
        String[] all = line().split(" ");
        List<Word> words = new ArrayList<>();
        double each = (endMs - startMs) / (double) Math.max(1, count);
        for (int i = 0; i < count; i++) {
            words.add(new Word(all[i], (startMs + i * each) / 1000.0, (startMs + (i + 1) * each) / 1000.0));
        }
        return words;
    }

    private String line() {
        return SCRIPT.get(utterances % SCRIPT.size());
    }
}
