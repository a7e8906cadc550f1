package io.asyncgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.codegen.GeneratedFile;
import io.asyncgen.core.codegen.GeneratedRole;
import io.asyncgen.core.codegen.GenerationOptions;
import io.asyncgen.core.codegen.JavaGenerator;
import io.asyncgen.core.read.ReadOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher the build puts beside the jar (target/asyncgen), run as a user runs it, after the
 * package phase. {@code -Xshare:on} makes the JVM refuse to start when the archive named cannot be
 * mapped (a stale one), and the JVM's class-loading log says where asyncgen's own classes came from:
 * from an archive, or read from the jar again.
 */
class LauncherIT {
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path GA =
            Path.of("../spec/azure-openai-realtime.yaml").toAbsolutePath().normalize();

    @TempDir
    Path folder;

    record Run(int exit, String out, String err) {}

    @Test
    void theLauncherWritesWhatTheGeneratorGeneratesWithTheBuildsArchive() throws Exception {
        Run run = run(
                TARGET.resolve("asyncgen"),
                Map.of(
                        "XDG_CACHE_HOME",
                        folder.resolve("cache").toString(),
                        "ASYNCGEN_JAVA_OPTS",
                        "-Xshare:on " + classLoadLog("run")),
                "generate",
                GA.toString(),
                "--package",
                "com.example.cli",
                "--output",
                folder.resolve("out").toString(),
                "--role",
                "both");

        assertEquals(0, run.exit(), run.err());
        assertTrue(
                run.out()
                        .matches(
                                "azure-openai-realtime.yaml: 59 messages, 151 types, 162 files \\(162 written\\) in \\d+ ms\n"),
                run.out());
        assertEquals("", run.err());
        List<GeneratedFile> expected = new JavaGenerator(
                        GenerationOptions.of("com.example.cli", GeneratedRole.BOTH, "azure-openai-realtime.yaml"))
                .generate(new AsyncApiReader(ReadOptions.defaults()).read(GA).api());
        Map<String, String> expectedFiles = new TreeMap<>();
        expected.forEach(file -> expectedFiles.put(file.relativePath(), file.content()));
        assertEquals(expectedFiles, files(folder.resolve("out")));
        assertEquals("source: shared objects file", sourceOfTheMainClass("run"));
        assertTrue(
                Files.notExists(folder.resolve("cache")), "the build's archive fits: nothing is written to the cache");
    }

    @Test
    void withoutTheBuildsArchiveTheFirstRunWritesOneIntoTheCacheAndLaterRunsUseIt() throws Exception {
        Path copy = Files.createDirectories(folder.resolve("bin"));
        Files.copy(TARGET.resolve("asyncgen"), copy.resolve("asyncgen"));
        Files.copy(TARGET.resolve("asyncgen.jar"), copy.resolve("asyncgen.jar"));
        Path cache = folder.resolve("cache");

        Run first = run(
                copy.resolve("asyncgen"),
                Map.of("XDG_CACHE_HOME", cache.toString(), "ASYNCGEN_JAVA_OPTS", classLoadLog("first")),
                "--version");
        Run second = run(
                copy.resolve("asyncgen"),
                Map.of(
                        "XDG_CACHE_HOME",
                        cache.toString(),
                        "ASYNCGEN_JAVA_OPTS",
                        "-Xshare:on " + classLoadLog("second")),
                "--version");

        assertEquals(new Run(0, first.out(), ""), first);
        assertTrue(first.out().startsWith("asyncgen "), first.out());
        try (Stream<Path> cached = Files.list(cache.resolve("asyncgen"))) {
            List<String> names = cached.map(p -> p.getFileName().toString()).toList();
            assertEquals(1, names.size(), names.toString());
            assertTrue(names.get(0).matches("asyncgen-\\d+\\.jsa"), names.toString());
        }
        assertEquals(first, second);
        assertEquals("source: file:" + copy.resolve("asyncgen.jar"), sourceOfTheMainClass("first"));
        assertEquals("source: shared objects file (top)", sourceOfTheMainClass("second"));
    }

    /** JVM options that log every class loaded, and where from, into a file of the test's folder. */
    private String classLoadLog(String name) {
        return "-Xlog:class+load=info:file=" + folder.resolve(name + "-classes.log");
    }

    /** Where the JVM took the command line's main class from, as its class-loading log says. */
    private String sourceOfTheMainClass(String name) throws IOException {
        String marker = " io.asyncgen.cli.AsyncgenCommand ";
        return Files.readAllLines(folder.resolve(name + "-classes.log")).stream()
                .filter(line -> line.contains(marker))
                .map(line -> line.substring(line.indexOf(marker) + marker.length()))
                .findFirst()
                .orElse("not loaded");
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(
                        root.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private Run run(Path launcher, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectOutput(folder.resolve("stdout").toFile())
                .redirectError(folder.resolve("stderr").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("ASYNCGEN_JAVA_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish in 3 minutes: " + command);
        }
        return new Run(
                process.exitValue(),
                Files.readString(folder.resolve("stdout")),
                Files.readString(folder.resolve("stderr")));
    }
}
