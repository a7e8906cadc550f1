package io.asyncgen.bench.generation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.OperatingSystemMXBean;
import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.codegen.GeneratedFile;
import io.asyncgen.core.codegen.GeneratedRole;
import io.asyncgen.core.codegen.GenerationOptions;
import io.asyncgen.core.codegen.JavaGenerator;
import io.asyncgen.core.diagnostic.SpecException;
import io.asyncgen.core.read.ReadOptions;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Warm, in-process generation: read (YAML, {@code $ref}s, meta-schema validation) + link + generate (the
 * Java text of every file, role client), nothing written to disk. Each document is warmed up until the
 * JIT has settled, then timed run by run; the median is reported. The synthetic 200- and 2,000-message
 * documents are timed in alternation so machine noise hits both alike.
 *
 * <p>{@code GenerationBench <azure-openai-realtime.yaml> <work folder> <result.json> [seconds per phase] [ga]}: with
 * {@code ga}, the GA document only (to profile it alone: docs/performance.md).
 */
public final class GenerationBench {
    static final long SEED = 20261123L;

    private GenerationBench() {}

    /** The process's CPU time (every thread: the printing pool, the validation thread, GC), nanoseconds. */
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    record Run(long readNanos, long generateNanos, long cpuNanos, int types, int files, long messages) {
        long totalNanos() {
            return readNanos + generateNanos;
        }
    }

    static Run once(Path spec) throws SpecException {
        long cpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        AsyncApiReader.Result result = new AsyncApiReader(ReadOptions.defaults()).read(spec);
        long read = System.nanoTime();
        List<GeneratedFile> files = new JavaGenerator(GenerationOptions.of(
                        "bench.generated",
                        GeneratedRole.CLIENT,
                        spec.getFileName().toString()))
                .generate(result.api());
        long generated = System.nanoTime();
        long cpuUsed = OS.getProcessCpuTime() - cpu;
        long messages = result.api().connections().stream()
                .flatMap(c -> c.operations().stream())
                .flatMap(o -> o.messages().stream())
                .distinct()
                .count();
        return new Run(
                read - start, generated - read, cpuUsed, result.api().types().size(), files.size(), messages);
    }

    /** Runs {@code spec} for at least {@code seconds} and at least {@code minRuns} times. */
    static List<Run> loop(Path spec, double seconds, int minRuns) throws SpecException {
        List<Run> runs = new ArrayList<>();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (runs.size() < minRuns || System.nanoTime() < end) {
            runs.add(once(spec));
        }
        return runs;
    }

    static ObjectNode summary(ObjectMapper json, Path spec, List<Run> runs) {
        Run first = runs.get(0);
        ObjectNode node = json.createObjectNode();
        node.put("spec", spec.toString());
        node.put("messages", first.messages());
        node.put("types", first.types());
        node.put("files", first.files());
        node.put("runs", runs.size());
        node.put(
                "median_ms",
                millis(percentile(runs.stream().mapToLong(Run::totalNanos).toArray(), 50)));
        node.put(
                "min_ms",
                millis(percentile(runs.stream().mapToLong(Run::totalNanos).toArray(), 0)));
        node.put(
                "p90_ms",
                millis(percentile(runs.stream().mapToLong(Run::totalNanos).toArray(), 90)));
        node.put(
                "read_link_median_ms",
                millis(percentile(runs.stream().mapToLong(Run::readNanos).toArray(), 50)));
        node.put(
                "generate_median_ms",
                millis(percentile(runs.stream().mapToLong(Run::generateNanos).toArray(), 50)));
        node.put(
                "cpu_median_ms",
                millis(percentile(runs.stream().mapToLong(Run::cpuNanos).toArray(), 50)));
        return node;
    }

    static long percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.round((sorted.length - 1) * percent / 100.0);
        return sorted[index];
    }

    static double millis(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }

    public static void main(String[] args) throws Exception {
        Path ga = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Path out = Path.of(args[2]);
        double seconds = args.length > 3 ? Double.parseDouble(args[3]) : 10;
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path small = SyntheticSpec.write(work.resolve("synthetic-200.yaml"), 200, SEED);
        Path large = SyntheticSpec.write(work.resolve("synthetic-2000.yaml"), 2000, SEED);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode result = json.createObjectNode();
        result.put("cores", Runtime.getRuntime().availableProcessors());
        result.put("load_average_before", OS.getSystemLoadAverage());

        // the GA spec: warm up, then measure
        System.out.printf(Locale.ROOT, "generation: %s: warming up %.0f s%n", ga.getFileName(), seconds * 1.5);
        loop(ga, seconds * 1.5, 30);
        List<Run> gaRuns = loop(ga, seconds, 15);
        result.set("ga", summary(json, ga, gaRuns));
        System.out.println("generation: ga " + result.get("ga"));
        if (args.length > 4 && args[4].equals("ga")) {
            result.put("load_average_after", OS.getSystemLoadAverage());
            json.writeValue(out.toFile(), result);
            return;
        }

        // the synthetic documents: warm up both, then alternate (three small runs per large run)
        System.out.printf(Locale.ROOT, "generation: synthetic documents: warming up%n");
        loop(small, seconds, 10);
        loop(large, 0, 3);
        List<Run> smallRuns = new ArrayList<>();
        List<Run> largeRuns = new ArrayList<>();
        long end = System.nanoTime() + (long) (seconds * 2 * 1e9);
        while (largeRuns.size() < 5 || System.nanoTime() < end) {
            smallRuns.addAll(loop(small, 0, 3));
            largeRuns.add(once(large));
        }
        result.set("synthetic_200", summary(json, small, smallRuns));
        result.set("synthetic_2000", summary(json, large, largeRuns));
        double ratio = result.get("synthetic_2000").get("median_ms").asDouble()
                / result.get("synthetic_200").get("median_ms").asDouble();
        result.put("ratio_2000_over_200", Math.round(ratio * 100) / 100.0);
        System.out.println("generation: synthetic_200 " + result.get("synthetic_200"));
        System.out.println("generation: synthetic_2000 " + result.get("synthetic_2000"));
        result.put("load_average_after", OS.getSystemLoadAverage());
        json.writeValue(out.toFile(), result);
    }
}
