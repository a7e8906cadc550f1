package io.asyncgen.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time of a JFR recording went: the execution samples of one or more recordings, split by
 * thread, into stages (each sample counts for the first stage, from the top of its stack, whose prefix
 * one of its frames starts with; a prefix such as {@code com.palantir.javapoet.JavaFile.writeTo} takes the
 * printing of every file), then the methods most often on top of the stack (self) and anywhere on it
 * (inclusive). The tables in docs/performance.md come from it.
 *
 * <p>{@code JfrSummary <recording.jfr[,more.jfr...]> <rows> [stage prefix...]}
 */
public final class JfrSummary {
    private final Map<String, Integer> threads = new HashMap<>();
    private final Map<String, Integer> stages = new HashMap<>();
    private final Map<String, Integer> self = new HashMap<>();
    private final Map<String, Integer> inclusive = new HashMap<>();
    private final List<String> prefixes;
    private int samples;

    private JfrSummary(List<String> prefixes) {
        this.prefixes = prefixes;
    }

    public static void main(String[] args) throws IOException {
        JfrSummary summary = new JfrSummary(List.of(args).subList(2, args.length));
        for (String file : args[0].split(",")) {
            summary.read(Path.of(file));
        }
        int rows = Integer.parseInt(args[1]);
        System.out.println(summary.samples + " execution samples");
        summary.print("thread", summary.threads, rows);
        summary.print("stage", summary.stages, rows);
        summary.print("self", summary.self, rows);
        summary.print("inclusive", summary.inclusive, rows);
    }

    private void read(Path file) throws IOException {
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                    add(event);
                }
            }
        }
    }

    private void add(RecordedEvent event) {
        samples++;
        threads.merge(event.getThread("sampledThread").getJavaName().replaceAll("[0-9]+", "N"), 1, Integer::sum);
        List<RecordedFrame> frames = event.getStackTrace().getFrames();
        if (!frames.isEmpty()) {
            self.merge(name(frames.get(0)), 1, Integer::sum);
        }
        Set<String> seen = new HashSet<>();
        String stage = "other";
        for (RecordedFrame frame : frames) {
            String name = name(frame);
            if (seen.add(name)) {
                inclusive.merge(name, 1, Integer::sum);
            }
            if (stage.equals("other")) {
                stage = prefixes.stream().filter(name::startsWith).findFirst().orElse("other");
            }
        }
        stages.merge(stage, 1, Integer::sum);
    }

    private void print(String title, Map<String, Integer> counts, int rows) {
        System.out.println("-- " + title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(rows)
                .forEach(e ->
                        System.out.printf(Locale.ROOT, "%5.1f%% %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
