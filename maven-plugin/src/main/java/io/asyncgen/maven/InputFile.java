package io.asyncgen.maven;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One document a generation read: the SHA-256 of its text, and the size and modification time of the
 * file that holds it (the document's own file, or the jar a {@code classpath:} document came from), so
 * that the next build can tell it is unchanged without reading and hashing it (see
 * {@link #unchangedOnDisk}).
 *
 * @param sha256 the hash of the text read
 * @param size the holding file's size in bytes, or -1 when there is no file to look at (a remote document)
 * @param modified the holding file's modification time, or null when there is no file
 */
record InputFile(String sha256, long size, FileTime modified) {
    /**
     * How long before a check a file must have been modified for its size and time to vouch for its
     * content: a write within the file system's time granularity (2 s on FAT, 1 s on HFS+ and some network
     * file systems) can leave the time as it was, so files that changed that recently are hashed again.
     */
    static final Duration SETTLED = Duration.ofSeconds(2);

    /**
     * What is known of a document whose text hashed to {@code sha256}, looking at its file now.
     * {@code checked} is when the reading started: a file modified less than {@link #SETTLED} before it may
     * have changed while it was read, so its size and time are recorded as unknown.
     */
    static InputFile of(String sha256, URI uri, ClassLoader classLoader, Instant checked) {
        Optional<BasicFileAttributes> attributes = attributes(uri, classLoader);
        if (attributes.isEmpty() || !settled(attributes.get().lastModifiedTime(), checked)) {
            return new InputFile(sha256, -1, null);
        }
        return new InputFile(sha256, attributes.get().size(), attributes.get().lastModifiedTime());
    }

    /**
     * Whether the file holding the document still has the size and time recorded when it was hashed. The
     * trade-off: a change that keeps both (an edit of the same length whose time is then set back, as
     * {@code touch -d}, {@code cp -p} or {@code rsync -t} can do) goes unseen until the size or time moves;
     * {@code mvn clean}, or any edit that moves them, regenerates. Git trusts its index the same way.
     */
    boolean unchangedOnDisk(URI uri, ClassLoader classLoader) {
        if (modified == null) {
            return false;
        }
        return attributes(uri, classLoader)
                .filter(now -> now.size() == size && now.lastModifiedTime().equals(modified))
                .isPresent();
    }

    private static boolean settled(FileTime modified, Instant checked) {
        return modified.toInstant().isBefore(checked.minus(SETTLED));
    }

    /** The size and time of the file holding the document, when there is one. */
    private static Optional<BasicFileAttributes> attributes(URI uri, ClassLoader classLoader) {
        try {
            Optional<Path> file = holdingFile(uri, classLoader);
            return file.isPresent()
                    ? Optional.of(Files.readAttributes(file.get(), BasicFileAttributes.class))
                    : Optional.empty();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The document's file, or for a {@code classpath:} document the folder's file or the jar it is in. */
    private static Optional<Path> holdingFile(URI uri, ClassLoader classLoader) throws URISyntaxException {
        if ("file".equals(uri.getScheme())) {
            return Optional.of(Path.of(uri));
        }
        if (!"classpath".equals(uri.getScheme())) {
            return Optional.empty();
        }
        String resource = uri.getPath().startsWith("/") ? uri.getPath().substring(1) : uri.getPath();
        URL url = classLoader.getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        if ("file".equals(url.getProtocol())) {
            return Optional.of(Path.of(url.toURI()));
        }
        if ("jar".equals(url.getProtocol())) {
            String path = url.getPath();
            int separator = path.indexOf("!/");
            URI jar = new URI(separator < 0 ? path : path.substring(0, separator));
            return "file".equals(jar.getScheme()) ? Optional.of(Path.of(jar)) : Optional.empty();
        }
        return Optional.empty();
    }
}
