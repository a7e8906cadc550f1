package io.asyncgen.core.read;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The documents in the folder of a classpath resource that was not found, to tell a misspelt name
 * ({@code asyncapi/} is there, with other files) from a missing artifact (no {@code asyncapi/} at all).
 */
final class ClasspathFolder {
    private static final int SHOWN = 8;

    private final ClassLoader classLoader;
    private final String resource;

    ClasspathFolder(ClassLoader classLoader, String resource) {
        this.classLoader = classLoader;
        this.resource = resource;
    }

    /**
     * Why {@code resource} was not found, then {@code advice} (where to add the artifact that holds
     * it); when its folder is there with other documents, those are named first.
     */
    String whyMissing(String advice) {
        int slash = resource.lastIndexOf('/');
        String folder = slash < 0 ? "" : resource.substring(0, slash + 1);
        Set<String> documents = folder.isEmpty() ? Set.of() : documentsIn(folder);
        if (documents.isEmpty()) {
            return "not on the classpath; " + advice;
        }
        List<String> shown = documents.stream().limit(SHOWN).toList();
        return "not on the classpath, whose " + folder + " holds " + String.join(", ", shown)
                + (documents.size() > SHOWN ? " and " + (documents.size() - SHOWN) + " more" : "")
                + "; check the name, or " + advice;
    }

    private Set<String> documentsIn(String folder) {
        Set<String> names = new TreeSet<>();
        try {
            Enumeration<URL> places = classLoader.getResources(folder);
            while (places.hasMoreElements()) {
                URL place = places.nextElement();
                if ("jar".equals(place.getProtocol())) {
                    names.addAll(jarEntries(place, folder));
                } else if ("file".equals(place.getProtocol())) {
                    names.addAll(files(Path.of(place.toURI())));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // listing is a courtesy: without it the message only says the resource is missing
        }
        return names;
    }

    private static Set<String> jarEntries(URL place, String folder) throws IOException {
        Set<String> names = new TreeSet<>();
        URLConnection connection = place.openConnection();
        connection.setUseCaches(false);
        if (connection instanceof JarURLConnection jar) {
            try (JarFile file = jar.getJarFile()) {
                for (JarEntry entry : Collections.list(file.entries())) {
                    String name = entry.getName();
                    if (name.startsWith(folder) && name.indexOf('/', folder.length()) < 0 && isDocument(name)) {
                        names.add(name.substring(folder.length()));
                    }
                }
            }
        }
        return names;
    }

    private static Set<String> files(Path folder) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> children = Files.list(folder)) {
            children.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(ClasspathFolder::isDocument)
                    .forEach(names::add);
        }
        return names;
    }

    private static boolean isDocument(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
    }
}
