package io.asyncgen.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.openai.core.ObjectMappers;
import com.openai.models.realtime.RealtimeServerEvent;
import io.asyncgen.bench.azure.ServerEvent;
import io.asyncgen.bench.azure.ServerEventCodec;
import io.asyncgen.bench.azure.ServerEventHandler;
import io.asyncgen.runtime.DecodeException;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding server events: one operation is one event (the workload's events in turn), so ops/s is
 * events/s and {@code gc.alloc.rate.norm} is bytes allocated per event. Every method reads the same
 * strings: what a WebSocket text frame hands to a listener.
 *
 * <p>Warm-up: the Jackson baselines 4 s, the generated code 12 s, openai-java 18 s. Both libraries
 * run a lot of code per workload (dozens of event types) that the JIT of a busy 2-core machine needs
 * that long to compile: on the mixed stream the generated code stops speeding up after about 10 s,
 * openai-java after 15 to 20 s. Measured sooner, they would be measured half compiled.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class DecodeBenchmark {
    static final List<String> WORKLOADS = List.of("mixed", "audio-20ms", "audio-100ms", "audio-1s");

    @Param({"mixed", "audio-20ms", "audio-100ms", "audio-1s"})
    public String workload;

    private String[] events;
    private int next;

    private final JsonFactory factory = new JsonFactory();
    private final ObjectMapper treeMapper = new ObjectMapper();

    @Setup(Level.Trial)
    public void setUp() {
        events = Workloads.of(workload).toArray(String[]::new);
    }

    /**
     * openai-java's mapper, in its own state so that only its benchmark loads the SDK. Its setup reads
     * every event once: the SDK builds a deserializer per event type on first use, which takes seconds,
     * and is not what a long-running client pays per event.
     */
    @State(Scope.Thread)
    public static class OpenAi {
        final JsonMapper mapper = ObjectMappers.jsonMapper();

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            for (String event : allEvents()) {
                mapper.readValue(event, RealtimeServerEvent.class);
            }
        }
    }

    /**
     * The generated code's side: a handler whose every method (one per message, all default no-ops)
     * hands its event to the blackhole. Its setup decodes every event once (class loading), as for
     * openai-java.
     */
    @State(Scope.Thread)
    public static class Generated {
        ServerEventHandler handler;

        @Setup(Level.Trial)
        public void setUp(Blackhole blackhole) throws DecodeException {
            handler = (ServerEventHandler) Proxy.newProxyInstance(
                    ServerEventHandler.class.getClassLoader(),
                    new Class<?>[] {ServerEventHandler.class},
                    (proxy, method, args) -> {
                        blackhole.consume(args);
                        return null;
                    });
            for (String event : allEvents()) {
                ServerEventCodec.decode(event);
            }
        }
    }

    static List<String> allEvents() {
        List<String> all = new ArrayList<>();
        for (String name : WORKLOADS) {
            all.addAll(Workloads.of(name));
        }
        return all;
    }

    /**
     * Checks every workload once, before anything is measured (the bench profile runs this first):
     * {@code java -cp ... io.asyncgen.bench.DecodeBenchmark}.
     */
    public static void main(String[] args) throws Exception {
        JsonMapper openAiMapper = ObjectMappers.jsonMapper();
        for (String name : WORKLOADS) {
            List<String> events = Workloads.of(name);
            check(events.toArray(String[]::new), openAiMapper);
            System.out.printf(
                    Locale.ROOT,
                    "workload %-12s %3d events, mean %6.0f bytes: every one decodes to a typed"
                            + " member with asyncgen and with openai-java%n",
                    name,
                    events.size(),
                    Workloads.meanBytes(events));
        }
    }

    /**
     * Refuses to measure a workload that any contender does not read: every event must decode to a
     * typed member with the generated code (never {@code Unknown}) and to a known event with openai-java.
     */
    static void check(String[] events, JsonMapper openAiMapper) throws IOException, DecodeException {
        List<String> problems = new ArrayList<>();
        for (String event : events) {
            ServerEvent generated = ServerEventCodec.decode(event);
            if (generated instanceof ServerEvent.Unknown) {
                problems.add("generated code: unknown event " + event);
            }
            RealtimeServerEvent openAi = openAiMapper.readValue(event, RealtimeServerEvent.class);
            if (!isKnown(openAi)) {
                problems.add("openai-java: unknown event " + event);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\n", problems));
        }
    }

    /** Whether openai-java bound the event to one of its members ({@code isSessionCreated()}, ...). */
    static boolean isKnown(RealtimeServerEvent event) {
        try {
            for (Method method : RealtimeServerEvent.class.getMethods()) {
                if (method.getName().startsWith("is")
                        && !method.getName().equals("isValid")
                        && method.getParameterCount() == 0
                        && method.getReturnType() == boolean.class
                        && (boolean) method.invoke(event)) {
                    return true;
                }
            }
            return false;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    String nextEvent() {
        String event = events[next];
        next = next + 1 == events.length ? 0 : next + 1;
        return event;
    }

    /** (1) The generated codec: JSON text to a typed member of the sealed union. */
    @Benchmark
    @Warmup(iterations = 12, time = 1)
    public ServerEvent generatedDecode(Generated generated) throws DecodeException {
        return ServerEventCodec.decode(nextEvent());
    }

    /** (2) openai-java 4.101.0: its own mapper binding the same text to its {@code RealtimeServerEvent}. */
    @Benchmark
    @Warmup(iterations = 18, time = 1)
    public RealtimeServerEvent openAiJava(OpenAi openAi) throws IOException {
        return openAi.mapper.readValue(nextEvent(), RealtimeServerEvent.class);
    }

    /** (3) The floor: Jackson's streaming parser visiting every token, binding nothing. */
    @Benchmark
    public int jacksonTokenScan() throws IOException {
        int tokens = 0;
        try (JsonParser parser = factory.createParser(nextEvent())) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    /** (3) Jackson's tree: what the generated codec builds before it binds. */
    @Benchmark
    public JsonNode jacksonReadTree() throws IOException {
        return treeMapper.readTree(nextEvent());
    }
}
