package io.asyncgen.maven;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;

/** Where documents are: configured locations as URIs, and the folder {@code $ref}s may reach. */
final class SpecLocations {
    /** What to do when a {@code classpath:} document is missing: it is looked up on the plugin's own classpath. */
    static final String CLASSPATH_ADVICE = "add the artifact that contains it as a dependency of the plugin itself,"
            + " under <plugin><dependencies> in the POM (a <dependency> of the project is not on the plugin's classpath)";

    private SpecLocations() {}

    /** A configured document location as a URI: a path (relative to the project) or {@code classpath:}. */
    static URI toUri(String location, File basedir) {
        if (location.startsWith("classpath:")) {
            String path = location.substring("classpath:".length());
            return URI.create("classpath:/" + (path.startsWith("/") ? path.substring(1) : path));
        }
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return URI.create(location);
        }
        File file = new File(location);
        return (file.isAbsolute() ? file : new File(basedir, location))
                .toPath()
                .normalize()
                .toUri();
    }

    /** The files among {@code uris} (not classpath or remote documents). */
    static List<File> files(List<URI> uris) {
        return uris.stream()
                .filter(u -> "file".equals(u.getScheme()))
                .map(u -> Path.of(u).toFile())
                .toList();
    }

    /**
     * The folder {@code $ref}s may reach besides a document's own: the configured one, else the
     * top-level project's folder (where {@code mvn} runs, or the one holding {@code .mvn}), else
     * the project's.
     */
    static File specRoot(File configured, MavenSession session, File basedir) {
        if (configured != null) {
            return configured;
        }
        if (session != null
                && session.getRequest() != null
                && session.getRequest().getMultiModuleProjectDirectory() != null) {
            return session.getRequest().getMultiModuleProjectDirectory();
        }
        if (session != null
                && session.getTopLevelProject() != null
                && session.getTopLevelProject().getBasedir() != null) {
            return session.getTopLevelProject().getBasedir();
        }
        return basedir;
    }
}
