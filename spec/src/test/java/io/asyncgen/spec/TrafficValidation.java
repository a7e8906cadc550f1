package io.asyncgen.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs a {@link PayloadValidator} over recorded traffic: files and directories of events, with a
 * file of exclusions.
 *
 * <p>Exclusions file: one exclusion per line, {@code <file name>[:<line>] <reason>}; {@code #}
 * comments and blank lines are ignored; the line number (1-based) applies to {@code .jsonl} files; an
 * exclusion without a line number excludes every event of the file. Every exclusion must match an
 * event, and an excluded event must still fail validation (otherwise the exclusion is stale): both
 * are reported as failures so the list cannot rot.
 */
public final class TrafficValidation {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TrafficValidation() {}

    /**
     * Runs {@link PayloadValidator#validate} over every source: JSON files (a .json file is one event), .jsonl files
     * (one event per non-blank line) and directories (their .json and .jsonl files, recursively, in
     * name order; counted under the directory); applies exclusions; returns a Report. Skips
     * {@code *.raw.txt} and {@code index.json}. {@code exclusionsFile} may be null or absent.
     */
    public static Report validateAll(PayloadValidator validator, List<Path> sources, Path exclusionsFile) {
        List<Exclusion> exclusions = readExclusions(exclusionsFile);
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Path source : sources) {
            String label = label(source, counts.keySet());
            int[] count = new int[3];
            counts.put(label, count);
            if (!Files.exists(source)) {
                failures.add(label + ": source does not exist: " + source);
                continue;
            }
            for (Path file : files(source)) {
                validateFile(validator, file, exclusions, count, failures);
            }
        }
        for (Exclusion exclusion : exclusions) {
            if (exclusion.matched == 0) {
                failures.add(exclusionsName(exclusionsFile) + ":" + exclusion.lineInFile + ": unused exclusion '"
                        + exclusion.key() + "'");
            } else if (exclusion.stillFailing == 0) {
                failures.add(exclusionsName(exclusionsFile) + ":" + exclusion.lineInFile + ": stale exclusion '"
                        + exclusion.key() + "': every event it matches validates");
            }
        }
        return new Report(Collections.unmodifiableMap(counts), List.copyOf(failures));
    }

    private static void validateFile(
            PayloadValidator validator, Path file, List<Exclusion> exclusions, int[] count, List<String> failures) {
        String name = file.getFileName().toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (name.endsWith(".jsonl")) {
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    validateEvent(validator, name, i + 1, lines.get(i), exclusions, count, failures);
                }
            }
        } else {
            validateEvent(validator, name, 0, String.join("\n", lines), exclusions, count, failures);
        }
    }

    private static void validateEvent(
            PayloadValidator validator,
            String fileName,
            int line,
            String json,
            List<Exclusion> exclusions,
            int[] count,
            List<String> failures) {
        List<String> problems = validator.validate(json);
        String where = line > 0 ? fileName + ":" + line : fileName;
        Exclusion exclusion = null;
        for (Exclusion candidate : exclusions) {
            if (candidate.fileName.equals(fileName) && (candidate.line == 0 || candidate.line == line)) {
                exclusion = candidate;
                break;
            }
        }
        if (exclusion != null) {
            exclusion.matched++;
            if (!problems.isEmpty()) {
                exclusion.stillFailing++;
            }
            count[1]++;
            return;
        }
        if (problems.isEmpty()) {
            count[0]++;
        } else {
            count[2]++;
            String type = typeOf(json);
            for (String problem : problems) {
                failures.add(where + (type == null ? "" : " (" + type + ")") + ": " + problem);
            }
        }
    }

    private static String typeOf(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return node != null && node.path("type").isTextual()
                    ? node.get("type").asText()
                    : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static List<Path> files(Path source) {
        if (!Files.isDirectory(source)) {
            return skipped(source) ? List.of() : List.of(source);
        }
        try (Stream<Path> walk = Files.walk(source)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return n.endsWith(".json") || n.endsWith(".jsonl");
                    })
                    .filter(p -> !skipped(p))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + source, e);
        }
    }

    private static boolean skipped(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".raw.txt") || name.equals("index.json");
    }

    private static String label(Path source, Set<String> taken) {
        Path normal = source.toAbsolutePath().normalize();
        String label;
        if (Files.isDirectory(normal)
                && normal.getParent() != null
                && normal.getParent().getFileName() != null) {
            label = normal.getParent().getFileName() + "/" + normal.getFileName();
        } else {
            label = String.valueOf(normal.getFileName());
        }
        String unique = label;
        for (int i = 2; taken.contains(unique); i++) {
            unique = label + " #" + i;
        }
        return unique;
    }

    private static String exclusionsName(Path exclusionsFile) {
        return exclusionsFile == null ? "exclusions" : String.valueOf(exclusionsFile.getFileName());
    }

    private static List<Exclusion> readExclusions(Path file) {
        List<Exclusion> exclusions = new ArrayList<>();
        if (file == null || !Files.exists(file)) {
            return exclusions;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] parts = text.split("\\s+", 2);
            if (parts.length < 2 || parts[1].isBlank()) {
                throw new IllegalArgumentException(
                        file.getFileName() + ":" + (i + 1) + ": an exclusion needs a reason: '" + text + "'");
            }
            String target = parts[0];
            String fileName = target;
            int line = 0;
            int colon = target.lastIndexOf(':');
            if (colon > 0 && target.substring(colon + 1).matches("\\d+")) {
                fileName = target.substring(0, colon);
                line = Integer.parseInt(target.substring(colon + 1));
            }
            exclusions.add(new Exclusion(fileName, line, parts[1].strip(), i + 1));
        }
        return exclusions;
    }

    private static final class Exclusion {
        final String fileName;
        final int line;
        final String reason;
        final int lineInFile;
        int matched;
        int stillFailing;

        Exclusion(String fileName, int line, String reason, int lineInFile) {
            this.fileName = fileName;
            this.line = line;
            this.reason = reason;
            this.lineInFile = lineInFile;
        }

        String key() {
            return line > 0 ? fileName + ":" + line : fileName;
        }
    }

    /**
     * The outcome of {@link #validateAll}: per source {@code {validated, excluded, failed}} event
     * counts, and one line per problem.
     */
    public record Report(Map<String, int[]> countsBySource, List<String> failures) {

        /** One line per source: {@code <source>: validated N, excluded N, failed N}, then the failures. */
        public String summary() {
            StringBuilder out = new StringBuilder();
            countsBySource.forEach((source, c) -> out.append(source)
                    .append(": validated ")
                    .append(c[0])
                    .append(", excluded ")
                    .append(c[1])
                    .append(", failed ")
                    .append(c[2])
                    .append('\n'));
            for (String failure : failures) {
                out.append("  FAIL ").append(failure).append('\n');
            }
            return out.toString();
        }
    }
}
