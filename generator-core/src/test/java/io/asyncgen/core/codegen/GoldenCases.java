package io.asyncgen.core.codegen;

import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.diagnostic.SpecException;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.read.ReadOptions;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The golden cases under {@code src/test/resources/golden}: one folder per feature holding
 * {@code spec.yaml} and {@code expected/}, the output for package {@code golden.<case>}
 * (file names without the package folders), generated for role BOTH unless an optional
 * {@code options.properties} says otherwise ({@code role=CLIENT},
 * {@code typeMappings.date-time=java.time.OffsetDateTime}). Read from the source tree, not the
 * classpath copy, so an update writes where git sees it.
 */
final class GoldenCases {
    static final Path ROOT = Path.of("src/test/resources/golden");
    static final String SPEC = "spec.yaml";
    static final String EXPECTED = "expected";
    static final String OPTIONS = "options.properties";
    private static final String TYPE_MAPPINGS = "typeMappings.";

    private GoldenCases() {}

    /** Whether this run rewrites the expected files ({@code -Dasyncgen.updateGolden=true}). */
    static boolean updating() {
        return Boolean.parseBoolean(System.getProperty("asyncgen.updateGolden"));
    }

    static List<String> names() {
        try (Stream<Path> folders = Files.list(ROOT)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve(SPEC)))
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code shape-union} -> {@code golden.shape_union}. */
    static String packageName(String name) {
        return "golden." + name.replace('-', '_');
    }

    /** The files a case's {@code expected/} holds: everything it generates. */
    static Map<String, String> compared(String name) throws SpecException, IOException {
        return generate(name);
    }

    /** The files generated for a case (role BOTH), by path below {@code expected/}. */
    static Map<String, String> generate(String name) throws SpecException, IOException {
        return generate(name, JsonTarget.JACKSON_2);
    }

    /** The files generated for a case for {@code target}, by path below {@code expected/}. */
    static Map<String, String> generate(String name, JsonTarget target) throws SpecException, IOException {
        AsyncApi api = new AsyncApiReader(ReadOptions.defaults())
                .read(ROOT.resolve(name).resolve(SPEC))
                .api();
        String packageName = packageName(name);
        String prefix = packageName.replace('.', '/') + "/";
        Map<String, String> files = new TreeMap<>();
        for (GeneratedFile file : new JavaGenerator(options(name).withJson(target)).generate(api)) {
            if (!file.relativePath().startsWith(prefix)) {
                throw new AssertionError("generated outside its package: " + file.relativePath());
            }
            files.put(file.relativePath().substring(prefix.length()), file.content());
        }
        return files;
    }

    private static GenerationOptions options(String name) throws IOException {
        Properties properties = new Properties();
        Path file = ROOT.resolve(name).resolve(OPTIONS);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
        }
        Map<String, String> typeMappings = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(TYPE_MAPPINGS)) {
                typeMappings.put(key.substring(TYPE_MAPPINGS.length()), properties.getProperty(key));
            } else if (!key.equals("role")) {
                throw new IllegalArgumentException(file + ": unknown option " + key);
            }
        }
        GeneratedRole role = GeneratedRole.valueOf(properties.getProperty("role", GeneratedRole.BOTH.name()));
        return new GenerationOptions(packageName(name), role, typeMappings, SPEC);
    }

    /** The expected files of a case, by path below {@code expected/}. */
    static Map<String, String> expected(String name) {
        Path folder = ROOT.resolve(name).resolve(EXPECTED);
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Makes {@code expected/} hold exactly {@code files}: adds, updates and deletes. */
    static void write(String name, Map<String, String> files) throws IOException {
        Path folder = ROOT.resolve(name).resolve(EXPECTED);
        for (String stale : expected(name).keySet()) {
            if (!files.containsKey(stale)) {
                Files.delete(folder.resolve(stale));
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            if (!Files.exists(path) || !Files.readString(path).equals(file.getValue())) {
                Files.writeString(path, file.getValue());
            }
        }
    }
}
