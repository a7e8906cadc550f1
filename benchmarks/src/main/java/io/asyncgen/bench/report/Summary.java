package io.asyncgen.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.asyncgen.bench.EncodeBenchmark;
import io.asyncgen.bench.Workloads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Joins the results of one bench run into {@code bench-summary.json} and the results table of
 * {@code docs/performance.md} (the text between the {@code bench-results} markers; the rest of the
 * document is left alone).
 *
 * <p>{@code Summary <target folder> <docs/performance.md> <command line>}
 */
public final class Summary {
    static final List<String> WORKLOADS = List.of("mixed", "audio-20ms", "audio-100ms", "audio-1s");
    static final Map<String, String> DECODERS = new LinkedHashMap<>();

    static {
        DECODERS.put("generatedDecode", "asyncgen decode (`ServerEventCodec.decode`)");
        DECODERS.put("generatedDispatch", "asyncgen dispatch (`ServerEventDispatcher.dispatch`)");
        DECODERS.put("openAiJava", "openai-java 4.101.0 (`RealtimeServerEvent`, its `jsonMapper()`)");
        DECODERS.put("jacksonReadTree", "Jackson `ObjectMapper.readTree`");
        DECODERS.put("jacksonTokenScan", "Jackson streaming, every token, no binding (floor)");
    }

    static final String BEGIN =
            "<!-- bench-results:begin (written by benchmarks: io.asyncgen.bench.report.Summary) -->";
    static final String END = "<!-- bench-results:end -->";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path target;
    private final ObjectNode summary = json.createObjectNode();
    private final ArrayNode targets = json.createArrayNode();
    private final StringBuilder table = new StringBuilder();

    private Summary(Path target) {
        this.target = target;
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        Path doc = Path.of(args[1]);
        String command = args.length > 2 ? args[2] : "mvn -B -Pbench -DskipTests -Dinvoker.skip=true install";
        Summary s = new Summary(target);
        s.build(command);
        s.json.writeValue(target.resolve("bench-summary.json").toFile(), s.summary);
        s.writeDoc(doc);
        System.out.println("summary: " + target.resolve("bench-summary.json") + " and " + doc);
        for (JsonNode t : s.targets) {
            System.out.printf(
                    Locale.ROOT,
                    "summary: %-58s %-10s measured %-8s %s%n",
                    t.get("name").asText(),
                    t.get("target").asText(),
                    t.get("measured").asText(),
                    t.get("met").asBoolean() ? "met" : "MISSED");
        }
    }

    private void build(String command) throws IOException {
        summary.put("date", LocalDate.now(ZoneOffset.UTC).toString());
        summary.put("command", command);
        ObjectNode machine = summary.putObject("machine");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));

        table.append("Measured ")
                .append(summary.get("date").asText())
                .append(" on ")
                .append(machine.get("cores").asInt())
                .append(" cores, ")
                .append(machine.get("java").asText())
                .append(", by `")
                .append(command)
                .append("`.\n\n");
        JsonNode jmh = read("jmh-result.json");
        if (jmh != null) {
            runtime(jmh);
        }
        JsonNode generation = read("generation.json");
        if (generation != null) {
            generation(generation);
        }
        JsonNode cold = read("cold-cli.json");
        if (cold != null) {
            summary.set("cold_cli", cold);
        }
        JsonNode noop = read("noop-build.json");
        if (noop != null) {
            summary.set("noop_build", noop);
        }
        builds(cold, noop);
        summary.set("targets", targets);
        table.append("\n### Targets\n\n| target | goal | measured | |\n|---|---|---|---|\n");
        for (JsonNode t : targets) {
            table.append("| ")
                    .append(t.get("name").asText())
                    .append(" | ")
                    .append(t.get("target").asText())
                    .append(" | ")
                    .append(t.get("measured").asText())
                    .append(" | ")
                    .append(t.get("met").asBoolean() ? "met" : "**missed**")
                    .append(" |\n");
        }
    }

    private JsonNode read(String name) throws IOException {
        Path file = target.resolve(name);
        if (!Files.exists(file)) {
            System.out.println("summary: no " + file + ", that part is left out");
            return null;
        }
        return json.readTree(file.toFile());
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

    private void runtime(JsonNode jmh) {
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
                r.put("mb_per_s", round(perSecond * meanBytes / 1e6, 1));
                r.put("alloc_bytes_per_event", Math.round(allocNorm(result)));
                String vsOpenAi = openAi == null ? "" : ratio(perSecond / score(openAi));
                String vsScan = scan == null ? "" : ratio(perSecond / score(scan));
                if (openAi != null) {
                    r.put("ratio_vs_openai_java", round(perSecond / score(openAi), 2));
                }
                if (scan != null) {
                    r.put("ratio_vs_token_scan", round(perSecond / score(scan), 2));
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
            target("decode, mixed stream: asyncgen / openai-java throughput", ">= 5x", r, r >= 5);
        }
        if (mixedDecode != null && mixedScan != null) {
            double r = score(mixedDecode) / score(mixedScan);
            target("decode, mixed stream: asyncgen / raw token scan throughput", ">= 0.6x", r, r >= 0.6);
        }
        if (mixedDecode != null) {
            double bytes = allocNorm(mixedDecode);
            target(
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
                r.put("us_per_event", round(micros, 2));
                r.put(
                        "us_per_event_error",
                        round(
                                e.getValue()
                                        .get("primaryMetric")
                                        .get("scoreError")
                                        .asDouble(),
                                2));
                r.put("events_per_s", Math.round(1e6 / micros));
                r.put("audio_mb_per_s", round(EncodeBenchmark.AUDIO_BYTES / micros, 1));
                r.put("alloc_bytes_per_event", Math.round(allocNorm(e.getValue())));
                r.put("time_vs_hand_written", round(micros / score(hand), 2));
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
                        ratio(micros / score(hand))));
            }
            double r = score(generated) / score(hand);
            target("encode, audio append: asyncgen / hand-written time", "<= 1.3x", r, r <= 1.3);
        }
    }

    private void generation(JsonNode generation) {
        summary.set("generation", generation);
        table.append(
                "\n### Generation, warm, in process (read + validate + link + generate, role client; nothing written)\n\n");
        table.append(
                "| document | messages | types | files | runs | median ms | min ms | p90 ms | read+link ms | generate ms | CPU ms |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String key : List.of("ga", "synthetic_200", "synthetic_2000")) {
            JsonNode g = generation.get(key);
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                    Path.of(g.get("spec").asText()).getFileName(),
                    g.get("messages").asLong(),
                    g.get("types").asLong(),
                    g.get("files").asLong(),
                    g.get("runs").asLong(),
                    g.get("median_ms").asDouble(),
                    g.get("min_ms").asDouble(),
                    g.get("p90_ms").asDouble(),
                    g.get("read_link_median_ms").asDouble(),
                    g.get("generate_median_ms").asDouble(),
                    g.path("cpu_median_ms").asDouble(Double.NaN)));
        }
        table.append(String.format(
                Locale.ROOT,
                "%nCPU: the process's, every thread (printing pool, validation, GC). Load average"
                        + " %.1f before, %.1f after (%d cores).%n",
                generation.path("load_average_before").asDouble(Double.NaN),
                generation.path("load_average_after").asDouble(Double.NaN),
                generation.path("cores").asInt()));
        double ga = generation.get("ga").get("median_ms").asDouble();
        double large = generation.get("synthetic_2000").get("median_ms").asDouble();
        double ratio = generation.get("ratio_2000_over_200").asDouble();
        target("generation, GA spec, warm", "<= 80 ms", String.format(Locale.ROOT, "%.1f ms", ga), ga <= 80);
        target(
                "generation, 2,000 messages, warm",
                "<= 3 s",
                String.format(Locale.ROOT, "%.2f s", large / 1000),
                large <= 3000);
        target("generation, time(2,000) / time(200)", "<= 12", ratio, ratio <= 12);
    }

    private void builds(JsonNode cold, JsonNode noop) {
        if (cold == null && noop == null) {
            return;
        }
        if (cold != null) {
            coldCli(cold);
        }
        if (noop == null) {
            return;
        }
        table.append("\n### No-op build (wall clock, medians, runs interleaved with their baseline)\n\n");
        table.append("| what | baseline | ms | measured | ms | ratio |\n|---|---|---:|---|---:|---:|\n");
        table.append(String.format(
                Locale.ROOT,
                "| no-op build (%d runs) | `mvn -o -q validate` | %.0f | `mvn -o -q compile`, 2nd run | %.0f | %.2f |%n",
                noop.get("runs").asInt(),
                noop.get("validate_median_ms").asDouble(),
                noop.get("noop_compile_median_ms").asDouble(),
                noop.get("ratio").asDouble()));
        if (noop.has("noop_generate_sources_median_ms")) {
            table.append(String.format(
                    Locale.ROOT,
                    "| no-op build, the plugin alone | `mvn -o -q validate` | %.0f | `mvn -o -q generate-sources` | %.0f | %.2f |%n",
                    noop.get("validate_median_ms").asDouble(),
                    noop.get("noop_generate_sources_median_ms").asDouble(),
                    noop.get("noop_generate_sources_median_ms").asDouble()
                            / noop.get("validate_median_ms").asDouble()));
        }
        table.append(String.format(
                Locale.ROOT,
                "%nNo-op build: %d generated sources and %d classes %s; compiler: \"%s\"; plugin: \"%s\".%n",
                noop.get("generated_sources").asInt(),
                noop.get("classes").asInt(),
                noop.get("files_untouched").asBoolean() ? "untouched" : "**changed**",
                noop.get("compiler_says").asText(),
                noop.get("asyncgen_says").asText()));
        double r = noop.get("ratio").asDouble();
        target(
                "no-op build: 2nd `compile` / `validate`",
                "<= 1.4x",
                r,
                r <= 1.4 && noop.get("files_untouched").asBoolean());
    }

    private void coldCli(JsonNode cold) {
        table.append(String.format(
                Locale.ROOT,
                "%n### Cold command line: `generate` of the GA document, JVM start included (%d rounds,"
                        + " each command once per round in rotating order; medians)%n%n",
                cold.get("rounds").asInt()));
        table.append("| command | wall ms | CPU ms |\n|---|---:|---:|\n");
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(
                "asyncgen", "`generator-core/target/asyncgen` (launcher: asyncgen's CDS archive, C1 only, serial GC)");
        labels.put("asyncgen-nocds", "the same launcher with the JDK's own CDS archive instead of asyncgen's");
        labels.put("java-jar", "`java -jar asyncgen.jar` (JVM defaults)");
        labels.put(
                "modelina",
                "Modelina " + cold.path("modelina_version").asText() + " CLI, `generate java --javaJackson`");
        labels.put("java-version", "`java -version`");
        labels.forEach((key, label) -> table.append(String.format(
                Locale.ROOT,
                "| %s | %,d | %,d |%n",
                label,
                cold.get("medians").get(key).get("wall_ms").asLong(),
                cold.get("medians").get(key).get("cpu_ms").asLong())));
        table.append("\n| ratio (median of the per-round ratios) | wall | CPU |\n|---|---:|---:|\n");
        cold.get("ratios")
                .properties()
                .forEach(e -> table.append(String.format(
                        Locale.ROOT,
                        "| %s | %.2fx | %.2fx |%n",
                        e.getKey(),
                        e.getValue().get("wall").asDouble(),
                        e.getValue().get("cpu").asDouble())));
        table.append(String.format(
                Locale.ROOT,
                "%nasyncgen wrote %d files, Modelina %d. Load average %.1f before, %.1f (median)"
                        + " during, %.1f after.%n",
                cold.get("asyncgen_files").asInt(),
                cold.get("modelina_files").asInt(),
                cold.get("load_before").asDouble(),
                cold.get("load_median").asDouble(),
                cold.get("load_after").asDouble()));
        double r = cold.get("ratios").get("asyncgen/modelina").get("wall").asDouble();
        target("cold CLI, GA document: asyncgen / Modelina wall time", "<= 0.30x", r, r <= 0.30);
    }

    private static double score(JsonNode result) {
        return result.get("primaryMetric").get("score").asDouble();
    }

    private void target(String name, String goal, double ratio, boolean met) {
        target(name, goal, ratio(ratio), met);
    }

    private void target(String name, String goal, String measured, boolean met) {
        ObjectNode t = targets.addObject();
        t.put("name", name);
        t.put("target", goal);
        t.put("measured", measured);
        t.put("met", met);
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2fx", value);
    }

    private static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    private void writeDoc(Path doc) throws IOException {
        String results = BEGIN + "\n" + table + END;
        String text = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "# Performance\n\n";
        int begin = text.indexOf("<!-- bench-results:begin");
        int end = text.indexOf(END);
        if (begin >= 0 && end > begin) {
            text = text.substring(0, begin) + results + text.substring(end + END.length());
        } else {
            text = text + "\n## Results\n\n" + results + "\n";
        }
        Files.writeString(doc, text, StandardCharsets.UTF_8);
    }
}
