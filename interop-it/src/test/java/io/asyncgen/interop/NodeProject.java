package io.asyncgen.interop;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Node.js project of this module ({@code package.json}, the committed
 * {@code package-lock.json}, {@code clients/}): checks that Node.js 20+ and npm are there, installs
 * exactly the locked packages once per test run ({@code npm ci}), and runs scripts with a bound.
 */
final class NodeProject {
    static final int MIN_NODE_MAJOR = 20;
    private static final Duration INSTALL_LIMIT = Duration.ofMinutes(5);
    private static final boolean WINDOWS =
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    private static NodeProject installed;

    private final Path folder;
    private final String nodeVersion;

    private NodeProject(Path folder, String nodeVersion) {
        this.folder = folder;
        this.nodeVersion = nodeVersion;
    }

    /** What a finished process printed (stdout and stderr, interleaved) and its exit code. */
    record Run(int exitCode, String output) {}

    /**
     * The project in the folder named by the system property {@code interop.node.project} (the
     * module's folder, set by the pom), its packages installed; fails with what to do when Node.js
     * or npm is missing or too old, or the install fails.
     */
    static synchronized NodeProject installed() throws IOException, InterruptedException {
        if (installed == null) {
            Path folder =
                    Path.of(System.getProperty("interop.node.project", "")).toAbsolutePath();
            if (!Files.isRegularFile(folder.resolve("package-lock.json"))) {
                throw new IllegalStateException(
                        "no package-lock.json in " + folder + ": run the tests from Maven (-pl interop-it)");
            }
            String version = requireNode(folder);
            requireTool(folder, List.of(WINDOWS ? "npm.cmd" : "npm", "--version"), "npm");
            Run install = run(
                    folder,
                    List.of(WINDOWS ? "npm.cmd" : "npm", "ci", "--no-audit", "--no-fund"),
                    Map.of(),
                    INSTALL_LIMIT);
            if (install.exitCode() != 0) {
                throw new IllegalStateException("npm ci failed in " + folder + " (exit " + install.exitCode()
                        + "); it installs the versions package-lock.json pins, from the npm registry:\n"
                        + install.output());
            }
            installed = new NodeProject(folder, version);
        }
        return installed;
    }

    /** The version {@code node --version} printed. */
    String nodeVersion() {
        return nodeVersion;
    }

    /** Runs {@code node <arguments>} in the project folder with {@code environment} added; killed after {@code limit}. */
    Run node(List<String> arguments, Map<String, String> environment, Duration limit)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("node");
        command.addAll(arguments);
        return run(folder, command, environment, limit);
    }

    private static String requireNode(Path folder) throws IOException, InterruptedException {
        String version = requireTool(folder, List.of("node", "--version"), "Node.js (node)")
                .strip();
        Matcher major = Pattern.compile("^v(\\d+)\\.").matcher(version);
        if (!major.find() || Integer.parseInt(major.group(1)) < MIN_NODE_MAJOR) {
            throw new IllegalStateException(
                    missing("Node.js " + MIN_NODE_MAJOR + " or newer", "node --version printed " + version));
        }
        return version;
    }

    private static String requireTool(Path folder, List<String> command, String name)
            throws IOException, InterruptedException {
        Run run;
        try {
            run = run(folder, command, Map.of(), Duration.ofSeconds(60));
        } catch (IOException notFound) {
            throw new IllegalStateException(missing(name, notFound.getMessage()), notFound);
        }
        if (run.exitCode() != 0) {
            throw new IllegalStateException(
                    missing(name, String.join(" ", command) + " exited with " + run.exitCode() + ": " + run.output()));
        }
        return run.output();
    }

    private static String missing(String what, String why) {
        return "The interop tests (module interop-it) run the official OpenAI SDKs on Node.js and need " + what
                + " on the PATH (" + why + "). Install Node.js " + MIN_NODE_MAJOR
                + "+ with npm (Debian: apt-get install nodejs npm),"
                + " or leave the module out with: mvn -B verify -pl '!interop-it'";
    }

    private static Run run(Path folder, List<String> command, Map<String, String> environment, Duration limit)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("interop-", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException(String.join(" ", command) + " did not finish within "
                        + limit.toSeconds() + " s:\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static File nullDevice() {
        return new File(WINDOWS ? "NUL" : "/dev/null");
    }
}
