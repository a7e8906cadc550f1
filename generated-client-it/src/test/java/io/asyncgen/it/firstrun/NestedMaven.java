package io.asyncgen.it.firstrun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code mvn} commands of a document as a user would, each in its own process, with a
 * local repository of its own that takes artifacts from the outer build's local repository first
 * and from Maven Central only for what that one lacks: no network when it has them all. Every
 * command's output goes to a log file, quoted when the command fails.
 */
final class NestedMaven {
    private static final String ANSI = "\u001B\\[[0-9;]*m";

    private final Path mvn;
    private final List<String> options;
    private final Path logs;
    private int count;

    /** A command still running: its process and the file its output goes to. */
    record Started(String command, Process process, Path log) implements AutoCloseable {
        /** The first line of output, waiting up to {@code timeout} for it; empty when the process ended without one. */
        Optional<String> firstLine(Duration timeout) throws IOException, InterruptedException {
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                String text = output(log);
                int newline = text.indexOf('\n');
                if (newline >= 0) {
                    return Optional.of(text.substring(0, newline).strip());
                }
                if (!process.isAlive()) {
                    return Optional.empty();
                }
                process.waitFor(100, TimeUnit.MILLISECONDS);
            }
            return Optional.empty();
        }

        /** Stops the command and everything it started, as Ctrl-C would. */
        @Override
        public void close() {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (process.waitFor(30, TimeUnit.SECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    NestedMaven(Path mavenHome, Path outerRepository, Path work) throws IOException {
        this.mvn = mavenHome.resolve("bin/mvn");
        this.logs = Files.createDirectories(work.resolve("logs"));
        Path settings = work.resolve("settings.xml");
        Files.writeString(settings, settings(outerRepository));
        this.options = List.of("-s", settings.toString(), "-Dmaven.repo.local=" + work.resolve("repository"));
    }

    /** Runs {@code command} in {@code folder} and returns its output; fails with that output unless it succeeds in time. */
    String run(String command, Path folder, Duration timeout) throws IOException, InterruptedException {
        try (Started started = start(command, folder)) {
            if (!started.process().waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError(
                        "`" + command + "` did not finish within " + timeout + "; its output:\n" + tail(started.log()));
            }
            if (started.process().exitValue() != 0) {
                throw new AssertionError("`" + command + "` in " + folder + " exited with "
                        + started.process().exitValue() + "; its output:\n" + tail(started.log()));
            }
            return output(started.log());
        }
    }

    /** Starts {@code command} in {@code folder}; the caller stops it. */
    Started start(String command, Path folder) throws IOException {
        if (!command.startsWith("mvn ")) {
            throw new IllegalArgumentException("only mvn commands are run, not `" + command + "`");
        }
        String line = mvn + " " + String.join(" ", options) + command.substring("mvn".length());
        Path log = logs.resolve(String.format("%02d.log", ++count));
        Files.writeString(log, "");
        Process process = new ProcessBuilder("bash", "-c", line)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new Started(command, process, log);
    }

    /** The output so far, without the colour codes some Maven distributions write even when not on a terminal. */
    static String output(Path log) throws IOException {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).replaceAll(ANSI, "");
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = output(log).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static String settings(Path outerRepository) {
        String url = outerRepository.toUri().toString();
        String repository = """
            <id>outer-build</id>
            <url>%s</url>
            <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>
            <snapshots><enabled>false</enabled></snapshots>
        """.formatted(url);
        return """
        <settings>
          <!-- the outer build's local repository first, then Maven Central -->
          <profiles>
            <profile>
              <id>outer-build</id>
              <activation><activeByDefault>true</activeByDefault></activation>
              <repositories><repository>
        %s      </repository></repositories>
              <pluginRepositories><pluginRepository>
        %s      </pluginRepository></pluginRepositories>
            </profile>
          </profiles>
        </settings>
        """.formatted(repository, repository);
    }
}
