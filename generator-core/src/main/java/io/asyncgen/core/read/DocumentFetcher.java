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

  public DocumentFetcher(ClassLoader classLoader) {
    this.classLoader = classLoader;
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
          throw new IOException("file '" + display(uri) + "' does not exist", e);
        }
      case "classpath":
        String resource = uri.getPath().startsWith("/") ? uri.getPath().substring(1) : uri.getPath();
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IOException("no resource '" + resource + "' on the classpath");
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
    HttpClient client = HttpClient.newBuilder().connectTimeout(REMOTE_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(REMOTE_TIMEOUT).GET().build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
   * below it (as a user typed it), else absolute; other URIs as they are.
   */
  public static String display(URI uri) {
    if (!"file".equals(uri.getScheme())) {
      return uri.toString();
    }
    Path path = Path.of(uri).normalize();
    Path workingDirectory = Path.of("").toAbsolutePath().normalize();
    return path.startsWith(workingDirectory) && !path.equals(workingDirectory)
        ? workingDirectory.relativize(path).toString() : path.toString();
  }
}
