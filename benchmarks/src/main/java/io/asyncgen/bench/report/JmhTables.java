package io.asyncgen.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.asyncgen.bench.EncodeBenchmark;
import io.asyncgen.bench.Workloads;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JMH part of a {@link Summary}: decoding per workload and decoder, and encoding. */
final class JmhTables {
    static final List<String> WORKLOADS = List.of("mixed", "audio-20ms", "audio-100ms", "audio-1s");
    static final Map<String, String> DECODERS = new LinkedHashMap<>();

    static {
        DECODERS.put("generatedDecode", "asyncgen decode (`ServerEventCodec.decode`)");
        DECODERS.put("generatedDispatch", "asyncgen dispatch (`ServerEventDispatcher.dispatch`)");
        DECODERS.put("openAiJava", "openai-java 4.101.0 (`RealtimeServerEvent`, its `jsonMapper()`)");
        DECODERS.put("jacksonReadTree", "Jackson `ObjectMapper.readTree`");
        DECODERS.put("jacksonTokenScan", "Jackson streaming, every token, no binding (floor)");
    }

    private final ObjectNode summary;
    private final StringBuilder table;
    private final Targets targets;

    JmhTables(ObjectNode summary, StringBuilder table, Targets targets) {
        this.summary = summary;
        this.table = table;
        this.targets = targets;
    }

    /** The decoding and encoding tables, and their targets. */
    void write(JsonNode jmh) {
        ObjectNode decode = summary.putObject("decode");
        table.append("### Decoding server events (one op = one event; MB = 10^6 bytes of JSON text)\n\n");
        table.append("| workload | decoder | events/s | MB/s | allocated B/event | vs openai-java | vs token scan |\n");
        table.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (String workload : WORKLOADS) {
            List<String> events = Workloads.of(workload);
            double meanBytes = Workloads.meanBytes(events);
            ObjectNode node = decode.putObject(workload);
            node.put("events", events.size());
            node.put("mean_bytes", Math.round(meanBytes));
            ObjectNode results = node.putObject("results");
            JsonNode openAi = find(jmh, "openAiJava", workload);
            JsonNode scan = find(jmh, "jacksonTokenScan", workload);
            for (Map.Entry<String, String> decoder : DECODERS.entrySet()) {
                JsonNode result = find(jmh, decoder.getKey(), workload);
                if (result == null) {
                    continue;
                }
                double perSecond = result.get("primaryMetric").get("score").asDouble();
                double error = result.get("primaryMetric").get("scoreError").asDouble();
                ObjectNode r = results.putObject(decoder.getKey());
                r.put("events_per_s", Math.round(perSecond));
                r.put("events_per_s_error", Double.isNaN(error) ? 0 : Math.round(error));
                r.put("mb_per_s", Targets.round(perSecond * meanBytes / 1e6, 1));
                r.put("alloc_bytes_per_event", Math.round(allocNorm(result)));
                String vsOpenAi = openAi == null ? "" : Targets.ratio(perSecond / score(openAi));
                String vsScan = scan == null ? "" : Targets.ratio(perSecond / score(scan));
                if (openAi != null) {
                    r.put("ratio_vs_openai_java", Targets.round(perSecond / score(openAi), 2));
                }
                if (scan != null) {
                    r.put("ratio_vs_token_scan", Targets.round(perSecond / score(scan), 2));
                }
                table.append(String.format(
                        Locale.ROOT,
                        "| %s (%d events, mean %d B) | %s | %,.0f ± %,.0f | %,.1f | %,d | %s | %s |%n",
                        workload,
                        events.size(),
                        Math.round(meanBytes),
                        decoder.getValue(),
                        perSecond,
                        Double.isNaN(error) ? 0 : error,
                        perSecond * meanBytes / 1e6,
                        Math.round(allocNorm(result)),
                        vsOpenAi,
                        vsScan));
            }
        }
        JsonNode mixedDecode = find(jmh, "generatedDecode", "mixed");
        JsonNode mixedOpenAi = find(jmh, "openAiJava", "mixed");
        JsonNode mixedScan = find(jmh, "jacksonTokenScan", "mixed");
        if (mixedDecode != null && mixedOpenAi != null) {
            double r = score(mixedDecode) / score(mixedOpenAi);
            targets.add("decode, mixed stream: asyncgen / openai-java throughput", ">= 5x", r, r >= 5);
        }
        if (mixedDecode != null && mixedScan != null) {
            double r = score(mixedDecode) / score(mixedScan);
            targets.add("decode, mixed stream: asyncgen / raw token scan throughput", ">= 0.6x", r, r >= 0.6);
        }
        if (mixedDecode != null) {
            double bytes = allocNorm(mixedDecode);
            targets.add(
                    "decode, mixed stream: allocated per event",
                    "<= 1,200 B",
                    String.format(Locale.ROOT, "%,.0f B", bytes),
                    bytes <= 1200);
        }

        JsonNode generated = find(jmh, "generatedEncode", null);
        JsonNode hand = find(jmh, "handWrittenEncode", null);
        JsonNode base64 = find(jmh, "base64Only", null);
        if (generated != null && hand != null) {
            ObjectNode encode = summary.putObject("encode");
            encode.put("audio_bytes", EncodeBenchmark.AUDIO_BYTES);
            table.append(
                    "\n### Encoding `input_audio_buffer.append` with 32 KB of audio (bytes in, JSON text out)\n\n");
            table.append("| encoder | µs/event | events/s | audio MB/s | allocated B/event | time vs hand-written |\n");
            table.append("|---|---:|---:|---:|---:|---:|\n");
            for (Map.Entry<String, JsonNode> e : List.of(
                    Map.entry("generatedEncode", generated),
                    Map.entry("handWrittenEncode", hand),
                    Map.entry("base64Only", base64 == null ? hand : base64))) {
                if (e.getKey().equals("base64Only") && base64 == null) {
                    continue;
                }
                double micros = score(e.getValue());
                ObjectNode r = encode.putObject(e.getKey());
                r.put("us_per_event", Targets.round(micros, 2));
                r.put(
                        "us_per_event_error",
                        Targets.round(
                                e.getValue()
                                        .get("primaryMetric")
                                        .get("scoreError")
                                        .asDouble(),
                                2));
                r.put("events_per_s", Math.round(1e6 / micros));
                r.put("audio_mb_per_s", Targets.round(EncodeBenchmark.AUDIO_BYTES / micros, 1));
                r.put("alloc_bytes_per_event", Math.round(allocNorm(e.getValue())));
                r.put("time_vs_hand_written", Targets.round(micros / score(hand), 2));
                String label = switch (e.getKey()) {
                    case "generatedEncode" -> "asyncgen (builder + `ClientEventCodec.encode`)";
                    case "handWrittenEncode" -> "hand-written (`Base64` + `JsonGenerator`)";
                    default -> "`Base64` alone, for scale";
                };
                table.append(String.format(
                        Locale.ROOT,
                        "| %s | %,.1f | %,.0f | %,.0f | %,d | %s |%n",
                        label,
                        micros,
                        1e6 / micros,
                        EncodeBenchmark.AUDIO_BYTES / micros,
                        Math.round(allocNorm(e.getValue())),
                        Targets.ratio(micros / score(hand))));
            }
            double r = score(generated) / score(hand);
            targets.add("encode, audio append: asyncgen / hand-written time", "<= 1.3x", r, r <= 1.3);
        }
    }

    private static JsonNode find(JsonNode jmh, String method, String workload) {
        for (JsonNode result : jmh) {
            String benchmark = result.get("benchmark").asText();
            if (benchmark.endsWith("." + method)
                    && (workload == null
                            || workload.equals(
                                    result.path("params").path("workload").asText()))) {
                return result;
            }
        }
        return null;
    }

    private static double allocNorm(JsonNode result) {
        JsonNode secondary = result.path("secondaryMetrics");
        for (Map.Entry<String, JsonNode> metric : secondary.properties()) {
            if (metric.getKey().replace("·", "").equals("gc.alloc.rate.norm")) {
                return metric.getValue().get("score").asDouble();
            }
        }
        return Double.NaN;
    }

    private static double score(JsonNode result) {
        return result.get("primaryMetric").get("score").asDouble();
    }
}
