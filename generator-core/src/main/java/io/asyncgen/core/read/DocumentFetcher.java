package io.asyncgen.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Fetches document text by URI: {@code file:}, {@code classpath:/...} (from a class loader, e.g.
 * a spec jar on the Maven plugin's classpath) and, when allowed, {@code http(s):}.
 */
public class DocumentFetcher {
    private static final Duration REMOTE_TIMEOUT = Duration.ofSeconds(20);

    private final ClassLoader classLoader;
    private final String classpathAdvice;

    public DocumentFetcher(ClassLoader classLoader) {
        this(classLoader, "put the jar or folder that contains it on the classpath");
    }

    /**
     * @param classpathAdvice what to do when a {@code classpath:} document is not found: where the
     *     artifact that holds it must be added (the Maven plugin names {@code <plugin><dependencies>})
     */
    public DocumentFetcher(ClassLoader classLoader, String classpathAdvice) {
        this.classLoader = classLoader;
        this.classpathAdvice = classpathAdvice;
    }

    public static DocumentFetcher standard() {
        return new DocumentFetcher(DocumentFetcher.class.getClassLoader());
    }

    /** The text of the document, or an exception whose message says why it cannot be had. */
    public String fetch(URI uri) throws IOException {
        String scheme = uri.getScheme() == null ? "file" : uri.getScheme();
        switch (scheme) {
            case "file":
                try {
                    return Files.readString(Path.of(uri), StandardCharsets.UTF_8);
                } catch (NoSuchFileException e) {
                    throw new MissingDocumentException(
                            "file '" + display(uri) + "' does not exist", "the file does not exist");
                }
            case "classpath":
                String resource = uri.getPath().startsWith("/") ? uri.getPath().substring(1) : uri.getPath();
                try (InputStream in = classLoader.getResourceAsStream(resource)) {
                    if (in == null) {
                        String reason = new ClasspathFolder(classLoader, resource).whyMissing(classpathAdvice);
                        throw new MissingDocumentException("'" + display(uri) + "' is " + reason, reason);
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            case "http":
            case "https":
                return fetchRemote(uri);
            default:
                throw new IOException("unsupported scheme '" + scheme + "' (use a file path, classpath: or https:)");
        }
    }

    private static String fetchRemote(URI uri) throws IOException {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(REMOTE_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpRequest request =
                HttpRequest.newBuilder(uri).timeout(REMOTE_TIMEOUT).GET().build();
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                throw new IOException("GET " + uri + " answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + uri, e);
        }
    }

    /**
     * The name shown for a document: a file path relative to the working directory when it lies
     * below it (as a user typed it), else absolute; {@code classpath:path} as configured; other URIs
     * as they are.
     */
    public static String display(URI uri) {
        if ("classpath".equals(uri.getScheme())) {
            String path = uri.getPath() == null ? uri.getSchemeSpecificPart() : uri.getPath();
            return "classpath:" + (path.startsWith("/") ? path.substring(1) : path);
        }
        if (!"file".equals(uri.getScheme())) {
            return uri.toString();
        }
        Path path = Path.of(uri).normalize();
        Path workingDirectory = Path.of("").toAbsolutePath().normalize();
        return path.startsWith(workingDirectory) && !path.equals(workingDirectory)
                ? workingDirectory.relativize(path).toString()
                : path.toString();
    }

    /** The document is not there: no such file, no such classpath resource. */
    public static final class MissingDocumentException extends IOException {
        private static final long serialVersionUID = 1L;
        private final String reason;

        MissingDocumentException(String message, String reason) {
            super(message);
            this.reason = reason;
        }

        /** Why, without the document's name: for a diagnostic placed at the document itself. */
        public String reason() {
            return reason;
        }
    }
}
