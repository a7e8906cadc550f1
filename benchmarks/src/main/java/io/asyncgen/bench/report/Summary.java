package io.asyncgen.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    static final String BEGIN =
            "<!-- bench-results:begin (written by benchmarks: io.asyncgen.bench.report.Summary) -->";
    static final String END = "<!-- bench-results:end -->";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path target;
    private final ObjectNode summary = json.createObjectNode();
    private final ArrayNode targets = json.createArrayNode();
    private final Targets goals = new Targets(targets);
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
            new JmhTables(summary, table, goals).write(jmh);
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
        goals.add("generation, GA spec, warm", "<= 80 ms", String.format(Locale.ROOT, "%.1f ms", ga), ga <= 80);
        goals.add(
                "generation, 2,000 messages, warm",
                "<= 3 s",
                String.format(Locale.ROOT, "%.2f s", large / 1000),
                large <= 3000);
        goals.add("generation, time(2,000) / time(200)", "<= 12", ratio, ratio <= 12);
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
        goals.add(
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
        goals.add("cold CLI, GA document: asyncgen / Modelina wall time", "<= 0.30x", r, r <= 0.30);
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
