package io.asyncgen.bench.generation;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Warm generation, two generators side by side: a baseline {@code asyncgen.jar} and the current one, each in
 * a class loader of its own, in one JVM. After a warm-up, turns alternate which generator runs first; each
 * turn runs each a few times on the same document (read + link + generate, role client, nothing written), and the
 * per-turn ratio current / baseline is what is reported (median and quartiles), beside each one's median, for
 * wall time and for the process's CPU time (every thread: the printing pool too), which a busy machine
 * disturbs less, and for the calling thread's CPU time: with
 * {@code -Djava.util.concurrent.ForkJoinPool.common.parallelism=0} the calling thread prints every file itself,
 * so that is all the work, measured to the nanosecond and hardly moved by other processes.
 * Before timing, both must produce the same files, byte for byte, or the run stops.
 *
 * <p>{@code GenerationAB <baseline.jar> <current.jar> <spec> <warm-up seconds> <turns> [runs per turn, 3]}
 */
public final class GenerationAB {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private GenerationAB() {}

    /** One generator, reached by reflection through its own class loader. */
    static final class Generator {
        private final Object reader;
        private final Method read;
        private final Method api;
        private final Object javaGenerator;
        private final Method generate;
        private final Method relativePath;
        private final Method content;

        Generator(Path jar) throws ReflectiveOperationException, IOException {
            ClassLoader loader =
                    new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> readOptions = loader.loadClass("io.asyncgen.core.read.ReadOptions");
            Class<?> readerType = loader.loadClass("io.asyncgen.core.AsyncApiReader");
            reader = readerType
                    .getConstructor(readOptions)
                    .newInstance(readOptions.getMethod("defaults").invoke(null));
            read = readerType.getMethod("read", Path.class);
            api = read.getReturnType().getMethod("api");
            Class<?> role = loader.loadClass("io.asyncgen.core.codegen.GeneratedRole");
            Class<?> options = loader.loadClass("io.asyncgen.core.codegen.GenerationOptions");
            Class<?> generatorType = loader.loadClass("io.asyncgen.core.codegen.JavaGenerator");
            Object client = role.getField("CLIENT").get(null);
            javaGenerator = generatorType
                    .getConstructor(options)
                    .newInstance(options.getMethod("of", String.class, role, String.class)
                            .invoke(null, "bench.generated", client, "spec.yaml"));
            generate = Arrays.stream(generatorType.getMethods())
                    .filter(m -> m.getName().equals("generate"))
                    .findFirst()
                    .orElseThrow();
            Class<?> file = loader.loadClass("io.asyncgen.core.codegen.GeneratedFile");
            relativePath = file.getMethod("relativePath");
            content = file.getMethod("content");
        }

        List<?> run(Path spec) throws ReflectiveOperationException {
            return (List<?>) generate.invoke(javaGenerator, api.invoke(read.invoke(reader, spec)));
        }

        /** Every file as "path\ncontent", in the generator's order. */
        List<String> files(Path spec) throws ReflectiveOperationException {
            List<String> files = new ArrayList<>();
            for (Object file : run(spec)) {
                files.add(relativePath.invoke(file) + "\n" + content.invoke(file));
            }
            return files;
        }
    }

    public static void main(String[] args) throws Exception {
        Generator baseline = new Generator(Path.of(args[0]));
        Generator current = new Generator(Path.of(args[1]));
        Path spec = Path.of(args[2]);
        double warmup = Double.parseDouble(args[3]);
        int turns = Integer.parseInt(args[4]);
        int runsPerTurn = args.length > 5 ? Integer.parseInt(args[5]) : 3;

        List<String> expected = baseline.files(spec);
        List<String> actual = current.files(spec);
        if (!expected.equals(actual)) {
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                if (!expected.get(i).equals(actual.get(i))) {
                    System.err.println("generation-ab: first difference in "
                            + expected.get(i).lines().findFirst().orElse("?"));
                    break;
                }
            }
            throw new IllegalStateException("generation-ab: the generators' output differs (" + expected.size()
                    + " and " + actual.size() + " files)");
        }
        System.out.printf(
                Locale.ROOT, "generation-ab: %s: %d files, byte-identical%n", spec.getFileName(), actual.size());

        long end = System.nanoTime() + (long) (warmup * 1e9);
        while (System.nanoTime() < end) {
            baseline.run(spec);
            current.run(spec);
        }
        Turns wall = new Turns(turns);
        Turns cpu = new Turns(turns);
        Turns mainCpu = new Turns(turns);
        for (int t = 0; t < turns; t++) {
            boolean baselineFirst = t % 2 == 0;
            for (int pass = 0; pass < 2; pass++) {
                Generator generator = (pass == 0) == baselineFirst ? baseline : current;
                long cpuStart = OS.getProcessCpuTime();
                long mainStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                for (int r = 0; r < runsPerTurn; r++) {
                    generator.run(spec);
                }
                long elapsed = System.nanoTime() - start;
                long cpuUsed = OS.getProcessCpuTime() - cpuStart;
                long mainUsed = THREADS.getCurrentThreadCpuTime() - mainStart;
                wall.record(t, generator == baseline, elapsed / (double) runsPerTurn);
                cpu.record(t, generator == baseline, cpuUsed / (double) runsPerTurn);
                mainCpu.record(t, generator == baseline, mainUsed / (double) runsPerTurn);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "generation-ab: %s, %d turns of %d runs each, load average %.2f%n  wall: %s%n"
                        + "  process CPU: %s%n  calling thread's CPU: %s%n",
                spec.getFileName(),
                turns,
                runsPerTurn,
                OS.getSystemLoadAverage(),
                wall,
                cpu,
                mainCpu);
    }

    /** Per-turn times of both generators, nanoseconds per run; summarized as medians and the median ratio. */
    static final class Turns {
        final double[] baseline;
        final double[] current;

        Turns(int turns) {
            baseline = new double[turns];
            current = new double[turns];
        }

        void record(int turn, boolean isBaseline, double nanos) {
            (isBaseline ? baseline : current)[turn] = nanos;
        }

        @Override
        public String toString() {
            double[] ratio = new double[baseline.length];
            for (int t = 0; t < ratio.length; t++) {
                ratio[t] = current[t] / baseline[t];
            }
            return String.format(
                    Locale.ROOT,
                    "baseline %.1f ms, current %.1f ms, current/baseline %.3f (p25 %.3f, p75 %.3f)",
                    median(baseline) / 1e6,
                    median(current) / 1e6,
                    median(ratio),
                    percentile(ratio, 25),
                    percentile(ratio, 75));
        }

        static double median(double[] values) {
            return percentile(values, 50);
        }

        static double percentile(double[] values, int percent) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.round((sorted.length - 1) * percent / 100.0)];
        }
    }
}
