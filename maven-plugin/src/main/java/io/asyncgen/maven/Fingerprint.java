package io.asyncgen.maven;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * every document read with the hash of its text, and the files written. Stored per execution so
 * the next build can tell in milliseconds whether anything changed.
 *
 * @param configuration a canonical text of every setting that shapes the output
 * @param packageName the package generated into (configured, or the document's x-java-package)
 * @param inputs document URI to SHA-256 of its text
 * @param outputs relative paths generated
 */
record Fingerprint(String configuration, String packageName, Map<String, String> inputs, List<String> outputs) {

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
    for (Map.Entry<String, String> input : new TreeMap<>(inputs).entrySet()) {
      properties.setProperty("input." + i + ".uri", input.getKey());
      properties.setProperty("input." + i++ + ".sha256", input.getValue());
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
    Map<String, String> inputs = new LinkedHashMap<>();
    for (int i = 0; properties.containsKey("input." + i + ".uri"); i++) {
      inputs.put(properties.getProperty("input." + i + ".uri"), properties.getProperty("input." + i + ".sha256"));
    }
    List<String> outputs = new ArrayList<>();
    for (int o = 0; properties.containsKey("output." + o); o++) {
      outputs.add(properties.getProperty("output." + o));
    }
    if (!properties.containsKey("package")) {
      return Optional.empty();
    }
    return Optional.of(new Fingerprint(properties.getProperty("configuration", ""), properties.getProperty("package"),
        inputs, outputs));
  }
}
