package io.asyncgen.core.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What code generated for Jackson 3 compiles and runs on: runtime-jackson3's classes and the Jackson
 * 3 jars, which the build puts beside the tests ({@code asyncgen.runtimeJackson3},
 * {@code asyncgen.jackson3Jars}), never on their class path (asyncgen-runtime is there, in the same
 * packages). Nothing of Jackson 2 is on it.
 */
public final class Jackson3 {
    private static volatile ClassLoader loader;

    private Jackson3() {}

    /** The class path of Jackson 3 code: runtime-jackson3 first, then Jackson 3 and its annotations. */
    public static List<File> classpath() {
        Path runtime = Path.of(property("asyncgen.runtimeJackson3"));
        Path jars = Path.of(property("asyncgen.jackson3Jars"));
        if (!Files.isRegularFile(runtime.resolve("io/asyncgen/runtime/internal/JsonSupport.class"))) {
            throw new IllegalStateException("no runtime-jackson3 classes in " + runtime
                    + ": build it first (mvn -pl runtime-jackson3 package)");
        }
        List<File> classpath = new ArrayList<>(List.of(runtime.toFile()));
        try (Stream<Path> files = Files.list(jars)) {
            files.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(f -> classpath.add(f.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("no Jackson 3 jars in " + jars + " (the build copies them there)", e);
        }
        if (classpath.stream().noneMatch(f -> f.getName().startsWith("jackson-databind-3."))) {
            throw new IllegalStateException("no jackson-databind 3 in " + jars);
        }
        return classpath;
    }

    /** A class loader of {@link #classpath()} alone, below the platform's: it sees no class of the test's. */
    public static ClassLoader loader() {
        if (loader == null) {
            synchronized (Jackson3.class) {
                if (loader == null) {
                    List<URL> urls = new ArrayList<>();
                    for (File file : classpath()) {
                        try {
                            urls.add(file.toURI().toURL());
                        } catch (MalformedURLException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    loader = new URLClassLoader(
                            "jackson3", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
                }
            }
        }
        return loader;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set (the build's surefire sets it)");
        }
        return value;
    }
}
