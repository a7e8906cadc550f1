package io.asyncgen.it.firstrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A new user's first run, from the documents themselves: in a copy of this repository with no
 * {@code ../shared} beside it, the README's main job and the getting-started's own commands
 * ({@code <!-- run: asyncgen -->}), then the stub server ({@code <!-- run: stub -->}), a new
 * project outside the reactor made of the getting-started's files ({@code <!-- file: PATH -->}),
 * and its client run against the stub ({@code <!-- run: project -->}), which must print what the
 * document says it prints ({@code <!-- output: project -->}) and exit 0. A later edit of the
 * documents is what gets tested. Work files stay in {@code target/first-run} for a look after a failure.
 */
class GettingStartedTest {
    private static final Duration BUILD = Duration.ofMinutes(10);
    private static final Duration RUN = Duration.ofMinutes(5);
    private static final Duration STUB_START = Duration.ofMinutes(3);
    private static final String STUB_URL_PLACEHOLDER = "ws://127.0.0.1:PORT";
    private static final Set<String> NOT_IN_A_CLONE = Set.of("target", ".git", ".idea", ".vscode");

    @Test
    void theReadmeMainJobAndTheGettingStartedWorkOnACloneWithoutShared() throws Exception {
        Path repository =
                Path.of(property("asyncgen.checkout", "..")).toAbsolutePath().normalize();
        Path work = Files.createDirectories(Path.of("target/first-run").toAbsolutePath());
        Path checkout = fresh(work.resolve("asyncgen"));
        Path project = fresh(work.resolve("voice-agent"));
        copySources(repository, checkout);
        assertFalse(Files.exists(checkout.resolveSibling("shared")), "the copy must have no ../shared beside it");
        NestedMaven maven = new NestedMaven(
                Path.of(property("asyncgen.mavenHome", System.getenv("MAVEN_HOME"))),
                Path.of(property("asyncgen.localRepository", System.getProperty("user.home") + "/.m2/repository")),
                work);

        List<MarkedBlocks.Block> readme = MarkedBlocks.of(checkout.resolve("README.md"));
        List<MarkedBlocks.Block> guide = MarkedBlocks.of(checkout.resolve("docs/getting-started.md"));
        List<MarkedBlocks.Block> inCheckout = new ArrayList<>(MarkedBlocks.select(readme, "run", "asyncgen"));
        inCheckout.addAll(MarkedBlocks.select(guide, "run", "asyncgen"));
        assertFalse(
                MarkedBlocks.select(readme, "run", "asyncgen").isEmpty(),
                "README.md marks its main job <!-- run: asyncgen -->");
        Set<String> done = new LinkedHashSet<>();
        for (MarkedBlocks.Block block : inCheckout) {
            for (String command : block.commands()) {
                if (done.add(command)) {
                    maven.run(command, checkout, BUILD);
                }
            }
        }

        List<MarkedBlocks.Block> files = MarkedBlocks.select(guide, "file", "pom.xml");
        assertEquals(1, files.size(), "docs/getting-started.md marks the project's pom.xml <!-- file: pom.xml -->");
        for (MarkedBlocks.Block file :
                guide.stream().filter(b -> b.kind().equals("file")).toList()) {
            Path target = project.resolve(file.argument()).normalize();
            assertTrue(target.startsWith(project), "file outside the project: " + file.argument());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.text());
        }

        List<MarkedBlocks.Block> stub = MarkedBlocks.select(guide, "run", "stub");
        assertEquals(
                1, stub.size(), "docs/getting-started.md marks one command that starts the stub: <!-- run: stub -->");
        try (NestedMaven.Started server = maven.start(stub.get(0).commands().get(0), checkout)) {
            Optional<String> first = server.firstLine(STUB_START);
            if (first.isEmpty()) {
                throw new AssertionError(
                        "the stub server printed no line within " + STUB_START + ":\n" + outputOf(server));
            }
            String url = first.get();
            assertTrue(url.matches("ws://127\\.0\\.0\\.1:\\d+"), "the stub's first line is its URL, not: " + url);

            List<MarkedBlocks.Block> runs = MarkedBlocks.select(guide, "run", "project");
            assertFalse(runs.isEmpty(), "docs/getting-started.md marks how to run the client: <!-- run: project -->");
            StringBuilder printed = new StringBuilder();
            for (MarkedBlocks.Block run : runs) {
                for (String command : run.commands()) {
                    printed.append(maven.run(command.replace(STUB_URL_PLACEHOLDER, url), project, RUN));
                }
            }
            List<MarkedBlocks.Block> expected = MarkedBlocks.select(guide, "output", "project");
            assertEquals(
                    1,
                    expected.size(),
                    "docs/getting-started.md shows what the client prints: <!-- output: project -->");
            for (String line : expected.get(0).text().strip().lines().toList()) {
                assertTrue(
                        printed.toString().lines().anyMatch(l -> l.strip().equals(line.strip())),
                        "the client should print the stub's answer\n  " + line + "\nbut printed:\n" + printed);
            }
        }
    }

    private static String outputOf(NestedMaven.Started started) throws IOException {
        return NestedMaven.output(started.log());
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** An empty folder, whatever an earlier run left there. */
    private static Path fresh(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(folder);
    }

    /** The sources of the repository as a clone has them: no build output, no Git folder. */
    private static void copySources(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                if (!dir.equals(from) && NOT_IN_A_CLONE.contains(name)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.getFileName().toString().equals("dependency-reduced-pom.xml") && attrs.isRegularFile()) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
