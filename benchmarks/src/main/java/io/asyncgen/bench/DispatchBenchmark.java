package io.asyncgen.bench;

import io.asyncgen.bench.azure.ServerEventDispatcher;
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

/**
 * The generated dispatcher on the same events as {@link DecodeBenchmark}: decode, route, call the
 * handler method, which is what a read loop does per frame. Only the mixed stream and the smallest
 * audio deltas: on bigger audio the decode is all there is (earlier full runs measured dispatch
 * within noise of decode there), and the run has to fit in its time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 5, time = 1)
public class DispatchBenchmark {
    @Param({"mixed", "audio-20ms"})
    public String workload;

    private String[] events;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        events = Workloads.of(workload).toArray(String[]::new);
    }

    /** (1) The generated dispatcher, with a handler that hands every event to the blackhole. */
    @Benchmark
    public void generatedDispatch(DecodeBenchmark.Generated generated) {
        String event = events[next];
        next = next + 1 == events.length ? 0 : next + 1;
        ServerEventDispatcher.dispatch(event, generated.handler);
    }
}
