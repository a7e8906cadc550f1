package io.asyncgen.maven;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import io.asyncgen.core.read.DocumentFetcher;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What one generation depended on and produced: the configuration (with the generator version),
 * every document read with the hash of its text and the size and time of its file, and the files
 * written. Stored per execution so the next build can tell in milliseconds whether anything changed.
 *
 * @param configuration a canonical text of every setting that shapes the output
 * @param packageName the package generated into (configured, or the document's x-java-package)
 * @param inputs document URI to what was known of it
 * @param outputs relative paths generated
 */
record Fingerprint(String configuration, String packageName, Map<String, InputFile> inputs, List<String> outputs) {

    /**
     * This fingerprint, with the size and time of inputs hashed again brought up to date, when nothing
     * the generation depended on changed: the same configuration, every input the same (by its file's
     * size and time where they vouch for it, else by the hash of its text), every output still there.
     * Empty when something changed or cannot be checked (a remote document); this very fingerprint when
     * no input had to be hashed.
     *
     * @param checked when this check started (see {@link InputFile#of})
     */
    Optional<Fingerprint> stillValid(
            String currentConfiguration,
            DocumentFetcher fetcher,
            ClassLoader classLoader,
            Path output,
            Instant checked) {
        if (!configuration.equals(currentConfiguration) || inputs.isEmpty()) {
            return Optional.empty();
        }
        Map<String, InputFile> refreshed = new LinkedHashMap<>();
        boolean hashed = false;
        for (Map.Entry<String, InputFile> input : inputs.entrySet()) {
            URI uri = URI.create(input.getKey());
            if ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) {
                return Optional.empty();
            }
            InputFile known = input.getValue();
            if (known.unchangedOnDisk(uri, classLoader)) {
                refreshed.put(input.getKey(), known);
                continue;
            }
            try {
                String sha256 = sha256(fetcher.fetch(uri));
                if (!sha256.equals(known.sha256())) {
                    return Optional.empty();
                }
                refreshed.put(input.getKey(), InputFile.of(sha256, uri, classLoader, checked));
                hashed = true;
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        if (!outputs.stream().allMatch(path -> Files.isRegularFile(output.resolve(path)))) {
            return Optional.empty();
        }
        return Optional.of(hashed ? new Fingerprint(configuration, packageName, refreshed, outputs) : this);
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    void store(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("configuration", configuration);
        properties.setProperty("package", packageName);
        int i = 0;
        for (Map.Entry<String, InputFile> input : new TreeMap<>(inputs).entrySet()) {
            properties.setProperty("input." + i + ".uri", input.getKey());
            properties.setProperty("input." + i + ".sha256", input.getValue().sha256());
            if (input.getValue().modified() != null) {
                properties.setProperty(
                        "input." + i + ".size", Long.toString(input.getValue().size()));
                // nanoseconds, not an ISO instant: parsing one sets up java.time.format, tens of ms in a fresh JVM
                properties.setProperty(
                        "input." + i + ".modified",
                        Long.toString(input.getValue().modified().to(NANOSECONDS)));
            }
            i++;
        }
        for (int o = 0; o < outputs.size(); o++) {
            properties.setProperty("output." + o, outputs.get(o));
        }
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "asyncgen: what the last generation read and wrote");
        }
    }

    static Optional<Fingerprint> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        Map<String, InputFile> inputs = new LinkedHashMap<>();
        for (int i = 0; properties.containsKey("input." + i + ".uri"); i++) {
            inputs.put(properties.getProperty("input." + i + ".uri"), input(properties, "input." + i + "."));
        }
        List<String> outputs = new ArrayList<>();
        for (int o = 0; properties.containsKey("output." + o); o++) {
            outputs.add(properties.getProperty("output." + o));
        }
        if (!properties.containsKey("package")) {
            return Optional.empty();
        }
        return Optional.of(new Fingerprint(
                properties.getProperty("configuration", ""), properties.getProperty("package"), inputs, outputs));
    }

    /** An input as stored; without a readable size and time (or from an older plugin) it is checked by hash. */
    private static InputFile input(Properties properties, String prefix) {
        String sha256 = properties.getProperty(prefix + "sha256", "");
        try {
            String size = properties.getProperty(prefix + "size");
            String modified = properties.getProperty(prefix + "modified");
            if (size != null && modified != null) {
                return new InputFile(
                        sha256, Long.parseLong(size), FileTime.from(Long.parseLong(modified), NANOSECONDS));
            }
        } catch (NumberFormatException e) {
            // checked by hash below
        }
        return new InputFile(sha256, -1, null);
    }
}
