package ab;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.openai.core.ObjectMappers;
import com.openai.models.realtime.RealtimeServerEvent;
import com.sun.management.ThreadMXBean;
import io.asyncgen.bench.Workloads;
import java.io.File;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * Interleaved A/B of two generators' decoding code on one workload: the generated
 * {@code ServerEventCodec.decode} of a baseline generator ({@code ab.old}) and of the current one
 * ({@code ab.neu}), each in a class loader of its own with its own runtime jar, the raw token scan, the scan
 * calling {@code getText()} on every value (a floor that makes the strings a decoder must make), {@code readTree}
 * and openai-java (its own mapper binding its {@code RealtimeServerEvent}), in one JVM. After a warm-up, turns of
 * 250 ms rotate through the six; the ratios are medians of per-turn ratios, which a noisy machine disturbs far
 * less than two separate runs, and each turn also counts the bytes the thread allocated per event. Arguments:
 * warm-up seconds, number of turns, workload, the class path of the baseline side, that of the current side. Run by
 * {@code benchmarks/scripts/decode-ab.sh}.
 */
public final class DecodeAB {
    static volatile Object sink;
    static final JsonFactory FACTORY = new JsonFactory();
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonMapper OPENAI = ObjectMappers.jsonMapper();
    static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    interface Op {
        void run(String json) throws Throwable;
    }

    /** Events decoded in {@code nanos}, and the bytes allocated meanwhile (in {@code bytes[0]}). */
    static long rounds(Op op, List<String> events, long nanos, long[] bytes) throws Throwable {
        long thread = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(thread);
        long end = System.nanoTime() + nanos, n = 0;
        while (System.nanoTime() < end) {
            for (String e : events) {
                op.run(e);
            }
            n += events.size();
        }
        bytes[0] = THREADS.getThreadAllocatedBytes(thread) - before;
        return n;
    }

    /** {@code ServerEventCodec.decode} of the generated package {@code pkg}, loaded from {@code classPath} alone. */
    static Op codec(String classPath, String pkg) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), DecodeAB.class.getClassLoader());
        Class<?> codec = Class.forName(pkg + ".ServerEventCodec", true, loader);
        Class<?> event = Class.forName(pkg + ".ServerEvent", true, loader);
        MethodHandle decode = MethodHandles.publicLookup()
                .findStatic(codec, "decode", MethodType.methodType(event, String.class))
                .asType(MethodType.methodType(Object.class, String.class));
        return e -> sink = (Object) decode.invokeExact(e);
    }

    public static void main(String[] args) throws Throwable {
        List<String> events = Workloads.of(args[2]);
        Op old = codec(args[3], "ab.old");
        Op neu = codec(args[4], "ab.neu");
        Op scan = e -> {
            try (JsonParser p = FACTORY.createParser(e)) {
                while (p.nextToken() != null) {}
            }
        };
        Op scanText = e -> {
            try (JsonParser p = FACTORY.createParser(e)) {
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t.isScalarValue()) {
                        sink = p.getText();
                    }
                }
            }
        };
        Op tree = e -> sink = MAPPER.readTree(e);
        Op openAi = e -> sink = OPENAI.readValue(e, RealtimeServerEvent.class);
        Op[] ops = {old, neu, scan, scanText, tree, openAi};
        String[] names = {"old", "new", "scan", "scan+getText", "readTree", "openai-java"};
        for (Op op : ops) {
            for (String e : events) {
                op.run(e);
            }
        }
        long warm = Long.parseLong(args[0]) * 1_000_000_000L;
        long[] bytes = new long[1];
        for (int i = 0; i < 4; i++) {
            for (Op op : ops) {
                rounds(op, events, warm / 4, bytes);
            }
        }
        int n = ops.length;
        int turns = Integer.parseInt(args[1]);
        List<double[]> results = new ArrayList<>();
        List<double[]> allocated = new ArrayList<>();
        for (int t = 0; t < turns; t++) {
            double[] r = new double[n];
            double[] a = new double[n];
            for (int k = 0; k < n; k++) {
                int i = (k + t) % n;
                long count = rounds(ops[i], events, 250_000_000L, bytes);
                r[i] = count / 0.25;
                a[i] = (double) bytes[0] / count;
            }
            results.add(r);
            allocated.add(a);
        }
        System.out.printf(
                "workload %s: %d events, mean %.0f B; %d turns after %s s of warm-up%n",
                args[2], events.size(), Workloads.meanBytes(events), turns, args[0]);
        for (int[] pair : new int[][] {{0, 2}, {1, 2}, {1, 3}, {1, 0}, {0, 4}, {1, 4}, {0, 5}, {1, 5}}) {
            double[] ratios = results.stream()
                    .mapToDouble(r -> r[pair[0]] / r[pair[1]])
                    .sorted()
                    .toArray();
            System.out.printf(
                    "%s / %s: median %.3f (p25 %.3f, p75 %.3f)%n",
                    names[pair[0]],
                    names[pair[1]],
                    ratios[ratios.length / 2],
                    ratios[ratios.length / 4],
                    ratios[3 * ratios.length / 4]);
        }
        for (int i = 0; i < n; i++) {
            final int k = i;
            System.out.printf(
                    "%s: median %.0f events/s, %.0f B allocated per event%n",
                    names[i],
                    results.stream().mapToDouble(r -> r[k]).sorted().toArray()[turns / 2],
                    allocated.stream().mapToDouble(a -> a[k]).sorted().toArray()[turns / 2]);
        }
    }
}
