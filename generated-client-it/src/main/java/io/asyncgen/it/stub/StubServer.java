package io.asyncgen.it.stub;

import io.asyncgen.it.stub.azure.GaAssistant;
import io.asyncgen.it.stub.azure.GaReplay;
import io.asyncgen.it.stub.inworld.InworldAssistant;
import io.asyncgen.it.stub.preview.PreviewReplay;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A real WebSocket server on loopback (Jetty 12, a free port) that speaks the realtime protocols
 * through the generated server code: every accepted connection gets a generated
 * {@code <Connection>Server} session on a Jetty-backed generated {@code Transport}, and a scripted
 * scenario chosen by the handshake's query parameter {@code scenario}:
 *
 * <ul>
 *   <li>{@code /openai/v1/realtime} (Azure GA): {@link GaAssistant} (default; its fault scenarios
 *       too), or {@code scenario=replay&recording=dir/file.jsonl}: {@link GaReplay}</li>
 *   <li>{@code /openai/realtime} (Azure preview, pre-GA names): {@link PreviewReplay}</li>
 *   <li>{@code /api/v1/realtime/session} (Inworld): {@link InworldAssistant}</li>
 * </ul>
 */
public final class StubServer implements AutoCloseable {
  /** The largest message or frame the stub accepts or sends. */
  public static final long MAX_MESSAGE = 64L * 1024 * 1024;

  private final Server server;
  private final ServerConnector connector;
  private final Path recordings;
  private final Map<String, CompletableFuture<JettySocket>> accepted = new ConcurrentHashMap<>();

  private StubServer(Path recordings, int port) {
    this.recordings = recordings;
    QueuedThreadPool threads = new QueuedThreadPool(32, 4);
    threads.setName("stub-server");
    threads.setDaemon(true);
    server = new Server(threads);
    connector = new ServerConnector(server, 1, 1);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(WebSocketUpgradeHandler.from(server, this::configure));
  }

  /**
   * Starts a stub on 127.0.0.1 and a free port.
   *
   * @param recordings the folder {@code recording} query parameters are resolved in (may be null)
   */
  public static StubServer start(Path recordings) throws Exception {
    return start(recordings, 0);
  }

  /** Starts a stub on 127.0.0.1 and {@code port} (0: a free one); see {@link StubMain} for the command line. */
  public static StubServer start(Path recordings, int port) throws Exception {
    StubServer stub = new StubServer(recordings, port);
    stub.server.start();
    return stub;
  }

  /** {@code ws://127.0.0.1:port}: what a generated endpoint's {@code serverUrl} takes. */
  public String url() {
    return "ws://127.0.0.1:" + connector.getLocalPort();
  }

  /** The base URI, as {@link #url()}. */
  public URI uri() {
    return URI.create(url());
  }

  /**
   * The connection whose handshake had the query parameter {@code conn=<id>}, to inspect what the
   * server received; waits up to {@code timeout} for it to be accepted.
   */
  public JettySocket connection(String id, Duration timeout) throws InterruptedException {
    try {
      return accepted(id).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("no connection with conn=" + id + " was accepted within " + timeout, e);
    }
  }

  private CompletableFuture<JettySocket> accepted(String id) {
    return accepted.computeIfAbsent(id, key -> new CompletableFuture<>());
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("the stub server did not stop cleanly", e);
    }
  }

  private void configure(ServerWebSocketContainer container) {
    container.setMaxTextMessageSize(MAX_MESSAGE);
    container.setMaxFrameSize(MAX_MESSAGE);
    container.setIdleTimeout(Duration.ofMinutes(2));
    container.addMapping(io.asyncgen.it.azure.OpenaiV1RealtimeEndpoint.ADDRESS,
        (request, response, callback) -> accept(request, socket ->
            "replay".equals(socket.query("scenario", "")) ? GaReplay.accept(socket, recording(socket)) : GaAssistant.accept(socket)));
    container.addMapping(io.asyncgen.it.azure.preview.OpenaiRealtimeEndpoint.ADDRESS,
        (request, response, callback) -> accept(request, socket -> PreviewReplay.accept(socket, recording(socket))));
    container.addMapping(io.asyncgen.it.inworld.ApiV1RealtimeSessionEndpoint.ADDRESS,
        (request, response, callback) -> accept(request, InworldAssistant::accept));
  }

  private JettySocket accept(ServerUpgradeRequest request, Function<JettySocket, JettySocket.Receiver> scenario) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.putIfAbsent(field.getName().toLowerCase(Locale.ROOT), field.getValue());
    }
    JettySocket socket = new JettySocket(request.getHttpURI().getPath(), query(request.getHttpURI().getQuery()), headers);
    socket.receiver(scenario.apply(socket));
    accepted(socket.query("conn", "")).complete(socket);
    return socket;
  }

  private Path recording(JettySocket socket) {
    String name = socket.query("recording", "");
    if (recordings == null || name.isEmpty()) {
      throw new IllegalArgumentException("a replay needs a recording folder and ?recording=<dir/file.jsonl>");
    }
    Path file = recordings.resolve(name).normalize();
    if (!file.startsWith(recordings.normalize())) {
      throw new IllegalArgumentException("recording outside " + recordings + ": " + name);
    }
    return file;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      query.putIfAbsent(name, value);
    }
    return query;
  }
}
