package io.asyncgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pipeline's packages depend on each other one way only; naming knows neither link nor codegen. */
class StageDependenciesTest {
    private static final Path SOURCES = Path.of("src/main/java/io/asyncgen/core");
    private static final Pattern STAGE = Pattern.compile("io\\.asyncgen\\.core\\.([a-z]+)\\.");

    @Test
    void eachStageUsesOnlyTheStagesBeforeIt() throws IOException {
        assertEquals(
                Map.of(
                        "diagnostic", Set.of(),
                        "model", Set.of("diagnostic"),
                        "read", Set.of("diagnostic", "model"),
                        "naming", Set.of("diagnostic", "model"),
                        "link", Set.of("diagnostic", "model", "naming", "read"),
                        "codegen", Set.of("diagnostic", "model", "naming")),
                dependencies());
    }

    /** For each stage package, the other stage packages its sources name (imported or written out). */
    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> stages = Files.list(SOURCES)) {
            stages.filter(Files::isDirectory).forEach(stage -> {
                String name = stage.getFileName().toString();
                Set<String> used = new TreeSet<>();
                try (Stream<Path> files = Files.walk(stage)) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                        Matcher m = STAGE.matcher(read(file));
                        while (m.find()) {
                            used.add(m.group(1));
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                used.remove(name);
                uses.put(name, used);
            });
        }
        return uses;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
