package ab;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.openai.core.ObjectMappers;
import com.openai.models.realtime.RealtimeServerEvent;
import io.asyncgen.bench.Workloads;
import java.util.ArrayList;
import java.util.List;

/**
 * Interleaved A/B of two generators' decoding code on the mixed stream: the generated
 * {@code ServerEventCodec.decode} of a baseline generator ({@code ab.old}) and of the current one
 * ({@code ab.neu}), the raw token scan, {@code readTree} and openai-java (its own mapper binding its
 * {@code RealtimeServerEvent}), in one JVM. After a warm-up, turns of 250 ms rotate through the five; the ratios are medians of per-turn ratios, which a noisy machine
 * disturbs far less than two separate runs. Arguments: warm-up seconds, number of turns. Run by {@code benchmarks/scripts/decode-ab.sh}.
 */
public final class DecodeAB {
  static volatile Object sink;
  static final JsonFactory FACTORY = new JsonFactory();
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final JsonMapper OPENAI = ObjectMappers.jsonMapper();

  interface Op { void run(String json) throws Exception; }

  static long rounds(Op op, List<String> events, long nanos) throws Exception {
    long end = System.nanoTime() + nanos, n = 0;
    while (System.nanoTime() < end) {
      for (String e : events) { op.run(e); }
      n += events.size();
    }
    return n;
  }

  public static void main(String[] args) throws Exception {
    List<String> events = Workloads.mixedStream();
    Op old = e -> sink = ab.old.ServerEventCodec.decode(e);
    Op neu = e -> sink = ab.neu.ServerEventCodec.decode(e);
    Op scan = e -> { try (JsonParser p = FACTORY.createParser(e)) { while (p.nextToken() != null) { } } };
    Op tree = e -> sink = MAPPER.readTree(e);
    Op openAi = e -> sink = OPENAI.readValue(e, RealtimeServerEvent.class);
    Op[] ops = {old, neu, scan, tree, openAi};
    String[] names = {"old", "new", "scan", "readTree", "openai-java"};
    long warm = Long.parseLong(args[0]) * 1_000_000_000L;
    for (int i = 0; i < 4; i++) { for (Op op : ops) { rounds(op, events, warm / 4); } }
    int n = ops.length;
    int turns = Integer.parseInt(args[1]);
    List<double[]> results = new ArrayList<>();
    for (int t = 0; t < turns; t++) {
      double[] r = new double[n];
      for (int k = 0; k < n; k++) {
        int i = (k + t) % n;
        r[i] = rounds(ops[i], events, 250_000_000L) / 0.25;
      }
      results.add(r);
    }
    for (int[] pair : new int[][] {{0, 2}, {1, 2}, {1, 0}, {0, 3}, {1, 3}, {1, 4}}) {
      double[] ratios = results.stream().mapToDouble(r -> r[pair[0]] / r[pair[1]]).sorted().toArray();
      System.out.printf("%s / %s: median %.3f (p25 %.3f, p75 %.3f)%n", names[pair[0]], names[pair[1]],
          ratios[ratios.length / 2], ratios[ratios.length / 4], ratios[3 * ratios.length / 4]);
    }
    double[] med = new double[n];
    for (int i = 0; i < n; i++) { final int k = i; med[i] = results.stream().mapToDouble(r -> r[k]).sorted().toArray()[turns / 2]; }
    System.out.printf("events/s medians: old %.0f new %.0f scan %.0f readTree %.0f openai-java %.0f%n", med[0], med[1],
        med[2], med[3], med[4]);
  }
}
