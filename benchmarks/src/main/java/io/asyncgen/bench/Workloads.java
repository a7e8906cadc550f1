package io.asyncgen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The events every runtime benchmark reads, built from {@code ../shared/corpus} (read in place, never
 * copied) and from seeded synthetic audio. The same list goes to every decoder in a run.
 */
public final class Workloads {
    /** 24 kHz, 16-bit, mono: the Realtime API's {@code audio/pcm}. */
    public static final int SAMPLE_RATE = 24_000;

    /** GA examples left out of the mixed stream, with the reason (stated in docs/performance.md). */
    public static final Set<String> EXCLUDED_EXAMPLES = Set.of(
            // its "type" has a leading space (a quirk of OpenAI's document): an unknown event to everybody
            "input_audio_buffer.dtmf_event_received.json",
            // not a member of openai-java 4.101.0's RealtimeServerEvent (it keeps it as an unknown JsonValue)
            "transcription_session.updated.json");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Workloads() {}

    /** The workloads by name: {@code mixed}, {@code audio-20ms}, {@code audio-100ms}, {@code audio-1s}. */
    public static List<String> of(String name) {
        switch (name) {
            case "mixed":
                return mixedStream();
            case "audio-20ms":
                return audioDeltas(20, 50);
            case "audio-100ms":
                return audioDeltas(100, 10);
            case "audio-1s":
                return audioDeltas(1000, 4);
            default:
                throw new IllegalArgumentException("unknown workload " + name);
        }
    }

    public static Path corpus() {
        String configured = System.getProperty("asyncgen.corpus");
        Path path = configured != null ? Paths.get(configured) : Paths.get("..", "shared", "corpus");
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException(
                    "the corpus is not at " + path.toAbsolutePath() + "; set -Dasyncgen.corpus=/path/to/shared/corpus");
        }
        return path.toAbsolutePath().normalize();
    }

    /**
     * The real GA server events: every line of {@code recordings/bravedigger-* /*.jsonl} in wire order,
     * then every GA server-event example of OpenAI's document ({@code openai/examples/ga}, as listed in
     * its {@code index.json}), each re-printed as compact JSON as it would arrive on a socket.
     */
    public static List<String> mixedStream() {
        Path corpus = corpus();
        List<String> events = new ArrayList<>();
        try (Stream<Path> folders = Files.list(corpus.resolve("recordings"))) {
            for (Path folder : folders.filter(p -> p.getFileName().toString().startsWith("bravedigger-"))
                    .sorted()
                    .toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(p -> p.toString().endsWith(".jsonl"))
                            .sorted()
                            .toList()) {
                        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                            if (!line.isBlank()) {
                                events.add(compact(line));
                            }
                        }
                    }
                }
            }
            JsonNode index =
                    JSON.readTree(corpus.resolve("openai/examples/index.json").toFile());
            for (JsonNode entry : index) {
                if (!entry.path("set").asText().equals("ga")
                        || !entry.path("schema").asText().startsWith("RealtimeServerEvent")) {
                    continue;
                }
                for (JsonNode file : entry.path("files")) {
                    String relative = file.asText();
                    if (relative.endsWith(".json")
                            && !EXCLUDED_EXAMPLES.contains(
                                    Path.of(relative).getFileName().toString())) {
                        events.add(compact(Files.readString(
                                corpus.resolve("openai/examples").resolve(relative))));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(events);
    }

    /**
     * {@code count} different {@code response.output_audio.delta} events, each carrying {@code millis} of
     * 24 kHz PCM16 audio (base64), with the members and ids of a real GA event.
     */
    public static List<String> audioDeltas(int millis, int count) {
        Random random = new Random(millis * 31L + count);
        List<String> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode event = JSON.createObjectNode();
            event.put("type", "response.output_audio.delta");
            event.put("event_id", "event_" + id(random));
            event.put("response_id", "resp_" + id(random));
            event.put("item_id", "item_" + id(random));
            event.put("output_index", 0);
            event.put("content_index", 0);
            event.put("delta", Base64.getEncoder().encodeToString(pcm16(millis, random)));
            events.add(event.toString());
        }
        return List.copyOf(events);
    }

    /**
     * {@code millis} of speech-like PCM16 (little endian): a few drifting harmonics under an envelope,
     * plus noise, so the base64 text looks like real audio rather than a repeated pattern.
     */
    public static byte[] pcm16(int millis, Random random) {
        int samples = SAMPLE_RATE * millis / 1000;
        byte[] pcm = new byte[samples * 2];
        double f0 = 110 + random.nextInt(120);
        double phase = random.nextDouble() * Math.PI;
        for (int i = 0; i < samples; i++) {
            double t = (double) i / SAMPLE_RATE;
            double pitch = f0 * (1 + 0.05 * Math.sin(2 * Math.PI * 3 * t));
            double envelope = 0.5 + 0.5 * Math.sin(2 * Math.PI * 4 * t + phase);
            double v = 0;
            for (int h = 1; h <= 5; h++) {
                v += Math.sin(2 * Math.PI * pitch * h * t + phase * h) / h;
            }
            int sample = (int) (envelope * 6000 * v + random.nextGaussian() * 300);
            sample = Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sample));
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        return pcm;
    }

    /** A real-looking 21-character event/item id. */
    private static String id(Random random) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    private static String compact(String json) throws IOException {
        return JSON.writeValueAsString(JSON.readTree(json));
    }

    /** Mean UTF-8 size of the events, in bytes. */
    public static double meanBytes(List<String> events) {
        return events.stream()
                .mapToInt(e -> e.getBytes(StandardCharsets.UTF_8).length)
                .average()
                .orElse(0);
    }

    /** Prints every workload's size: {@code java -cp ... io.asyncgen.bench.Workloads}. */
    public static void main(String[] args) {
        for (String name : List.of("mixed", "audio-20ms", "audio-100ms", "audio-1s")) {
            List<String> events = of(name);
            System.out.printf(
                    Locale.ROOT, "%-12s %4d events, mean %.0f bytes%n", name, events.size(), meanBytes(events));
        }
    }
}
