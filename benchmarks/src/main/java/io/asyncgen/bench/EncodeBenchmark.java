package io.asyncgen.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.asyncgen.bench.azure.ClientEventCodec;
import io.asyncgen.bench.azure.InputAudioBufferAppendEvent;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encoding {@code input_audio_buffer.append} with 32 KB of PCM16 audio (about 683 ms at 24 kHz): from the
 * audio bytes to the JSON text a WebSocket sends, so every method includes the base64 step.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EncodeBenchmark {
    public static final int AUDIO_BYTES = 32 * 1024;

    private final JsonFactory factory = new JsonFactory();
    private final CharArrayWriter out = new CharArrayWriter(64 * 1024);
    private byte[] audio;

    @Setup(Level.Trial)
    public void setUp() {
        byte[] speech = Workloads.pcm16(AUDIO_BYTES * 1000 / 2 / Workloads.SAMPLE_RATE + 1, new Random(32));
        audio = Arrays.copyOf(speech, AUDIO_BYTES);
        String generated = generatedEncode();
        String handWritten = handWrittenEncode();
        if (!generated.equals(handWritten)) {
            throw new IllegalStateException(
                    "the two encoders disagree:\n" + generated.substring(0, 80) + "\n" + handWritten.substring(0, 80));
        }
    }

    /** The generated API: a builder, then {@code ClientEventCodec.encode} (checks required members, prints). */
    @Benchmark
    public String generatedEncode() {
        return ClientEventCodec.encode(InputAudioBufferAppendEvent.builder()
                .audio(Base64.getEncoder().encodeToString(audio))
                .build());
    }

    /**
     * The baseline: base64 the bytes, write the two members by hand with a {@link JsonGenerator} into a
     * reused buffer (the generator's own buffers are recycled by Jackson), copy out the text.
     */
    @Benchmark
    public String handWrittenEncode() {
        String base64 = Base64.getEncoder().encodeToString(audio);
        out.reset();
        try (JsonGenerator generator = factory.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringField("type", "input_audio_buffer.append");
            generator.writeStringField("audio", base64);
            generator.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** For scale: the base64 step alone, which both encoders pay. */
    @Benchmark
    public String base64Only() {
        return Base64.getEncoder().encodeToString(audio);
    }
}
