package io.asyncgen.it.stub;

import io.asyncgen.it.azure.AzureOpenAiRealtimeEndpoint;
import io.asyncgen.it.azure.AzureOpenAiRealtimeServer;
import io.asyncgen.it.azure.preview.AzureOpenAiRealtimePreviewEndpoint;
import io.asyncgen.it.azure.preview.AzureOpenAiRealtimePreviewServer;
import io.asyncgen.it.azure.preview.ClientEventHandler;
import io.asyncgen.it.azure.preview.ServerEventCodec;
import io.asyncgen.it.echo.AudioEchoEndpoint;
import io.asyncgen.it.inworld.InworldRealtimeEndpoint;
import io.asyncgen.it.stub.azure.GaAssistant;
import io.asyncgen.it.stub.inworld.InworldAssistant;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A real WebSocket server on loopback (Jetty 12, a free port) that speaks the realtime protocols
 * through the generated server code: every accepted connection gets a generated
 * {@code <Connection>Server} session on the socket (a runtime {@code Transport}), and a scripted
 * scenario chosen by the handshake's query parameter {@code scenario}:
 *
 * <ul>
 *   <li>{@code /openai/v1/realtime} (Azure GA): {@link GaAssistant} (default; its fault scenarios
 *       too), or {@code scenario=replay&recording=dir/file.jsonl}: {@link Replay}</li>
 *   <li>{@code /openai/realtime} (Azure preview, pre-GA names): {@link Replay} of a recording</li>
 *   <li>{@code /api/v1/realtime/session} (Inworld): {@link InworldAssistant}</li>
 *   <li>{@code /v1/echo} (the module's own audio echo document): {@link EchoService}, binary frames both ways</li>
 *   <li>the paths of the {@link StubServices} on the class path: the voice vendors' (Deepgram, AssemblyAI,
 *       Speechmatics) when the build had their documents</li>
 * </ul>
 *
 * <p>Started with a {@link Builder}, it can also listen for TLS ({@code wss://}, on a
 * {@link SelfSignedCertificate}) and check a {@link Credential}, refusing other handshakes with
 * {@code 401}.
 */
public final class StubServer implements AutoCloseable {
    /** The largest message or frame the stub accepts or sends. */
    public static final long MAX_MESSAGE = 64L * 1024 * 1024;
    /** The body of the {@code 401} answer to a handshake without the configured credential. */
    public static final String UNAUTHORIZED_BODY =
            "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\","
                    + "\"message\":\"Incorrect or missing API key: send the key in the api-key header or as Authorization: Bearer.\"}}";

    private final Server server;
    private final ServerConnector connector;
    private final ServerConnector tlsConnector;
    private final Path recordings;
    private final Credential credential;
    private final Map<String, Consumer<JettySocket>> services;
    private final Map<String, CompletableFuture<JettySocket>> accepted = new ConcurrentHashMap<>();
    private final List<JettySocket> connections = new CopyOnWriteArrayList<>();

    private StubServer(Builder options) {
        this.recordings = options.recordings;
        this.credential = options.credential;
        this.services = Map.copyOf(options.services);
        QueuedThreadPool threads = new QueuedThreadPool(32, 4);
        threads.setName("stub-server");
        threads.setDaemon(true);
        server = new Server(threads);
        connector = new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(options.port);
        server.addConnector(connector);
        tlsConnector = options.certificate == null ? null : tlsConnector(options.certificate);
        server.setHandler(WebSocketUpgradeHandler.from(server, this::configure));
    }

    /**
     * Starts a stub on 127.0.0.1 and a free port.
     *
     * @param recordings the folder {@code recording} query parameters are resolved in (may be null)
     */
    public static StubServer start(Path recordings) throws Exception {
        return builder().recordings(recordings).start();
    }

    /** Starts a stub on 127.0.0.1 and {@code port} (0: a free one); see {@link StubMain} for the command line. */
    public static StubServer start(Path recordings, int port) throws Exception {
        return builder().recordings(recordings).port(port).start();
    }

    /** Options beyond the defaults: no recordings, plain {@code ws://} only, every handshake accepted. */
    public static Builder builder() {
        return new Builder();
    }

    /** How to start a stub. */
    public static final class Builder {
        private Path recordings;
        private SelfSignedCertificate certificate;
        private Credential credential = Credential.unchecked();
        private int port;
        private final Map<String, Consumer<JettySocket>> services = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Also serves {@code path} (exactly): every socket accepted there is handed to {@code scenario},
         * which attaches a generated server session to it ({@link JettySocket#attach}). For tests of
         * documents the stub does not serve itself.
         */
        public Builder service(String path, Consumer<JettySocket> scenario) {
            services.put(Objects.requireNonNull(path, "path"), Objects.requireNonNull(scenario, "scenario"));
            return this;
        }

        /** The plain {@code ws://} port (default 0: a free one). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The folder {@code recording} query parameters are resolved in (may be null). */
        public Builder recordings(Path recordings) {
            this.recordings = recordings;
            return this;
        }

        /** Also listen for TLS on 127.0.0.1 and a second free port ({@link StubServer#tlsUrl()}), with this certificate. */
        public Builder tls(SelfSignedCertificate certificate) {
            this.certificate = Objects.requireNonNull(certificate, "certificate");
            return this;
        }

        /** Upgrade only handshakes that {@code credential} accepts; refuse the others with {@code 401}. */
        public Builder credential(Credential credential) {
            this.credential = Objects.requireNonNull(credential, "credential");
            return this;
        }

        /** Starts the stub. */
        public StubServer start() throws Exception {
            StubServer stub = new StubServer(this);
            stub.server.start();
            return stub;
        }
    }

    private ServerConnector tlsConnector(SelfSignedCertificate certificate) {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStorePath(certificate.keyStore().toString());
        tls.setKeyStoreType("PKCS12");
        tls.setKeyStorePassword(certificate.password());
        ServerConnector secure = new ServerConnector(server, 1, 1, tls);
        secure.setHost("127.0.0.1");
        secure.setPort(0);
        server.addConnector(secure);
        return secure;
    }

    /** {@code ws://127.0.0.1:port}: what a generated endpoint's {@code serverUrl} takes. */
    public String url() {
        return "ws://127.0.0.1:" + connector.getLocalPort();
    }

    /** {@code wss://127.0.0.1:port}: the TLS listener, for clients that only connect over TLS. */
    public String tlsUrl() {
        if (tlsConnector == null) {
            throw new IllegalStateException("this stub has no TLS listener: start it with builder().tls(certificate)");
        }
        return "wss://127.0.0.1:" + tlsConnector.getLocalPort();
    }

    /** Every connection accepted so far (the refused ones are not), in the order they were accepted. */
    public List<JettySocket> connections() {
        return List.copyOf(connections);
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
        container.addMapping(
                AzureOpenAiRealtimeEndpoint.ADDRESS,
                (request, response, callback) -> accept(request, response, callback, this::azureGa));
        container.addMapping(
                AzureOpenAiRealtimePreviewEndpoint.ADDRESS,
                (request, response, callback) -> accept(
                        request,
                        response,
                        callback,
                        socket -> Replay.start(
                                socket,
                                recording(socket),
                                new AzureOpenAiRealtimePreviewServer(new ClientEventHandler() {}),
                                ServerEventCodec::decode)));
        container.addMapping(
                InworldRealtimeEndpoint.ADDRESS,
                (request, response, callback) -> accept(request, response, callback, InworldAssistant::accept));
        container.addMapping(
                AudioEchoEndpoint.ADDRESS,
                (request, response, callback) -> accept(request, response, callback, EchoService::accept));
        services.forEach((path, scenario) -> container.addMapping(
                path, (request, response, callback) -> accept(request, response, callback, scenario)));
        for (StubServices.Service service : StubServices.installed()) {
            container.addMapping(
                    service.path(),
                    (request, response, callback) -> accept(request, response, callback, service.scenario()));
        }
    }

    /** The Azure GA path: the scripted assistant, or a replay of a recording ({@code scenario=replay}). */
    private void azureGa(JettySocket socket) {
        if ("replay".equals(socket.query("scenario", ""))) {
            Replay.start(
                    socket,
                    recording(socket),
                    new AzureOpenAiRealtimeServer(new io.asyncgen.it.azure.ClientEventHandler() {}),
                    io.asyncgen.it.azure.ServerEventCodec::decode);
        } else {
            GaAssistant.accept(socket);
        }
    }

    private JettySocket accept(
            ServerUpgradeRequest request,
            ServerUpgradeResponse response,
            Callback callback,
            Consumer<JettySocket> scenario) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.putIfAbsent(field.getName().toLowerCase(Locale.ROOT), field.getValue());
        }
        if (!credential.accepts(headers)) {
            refuseUnauthorized(response, callback);
            return null;
        }
        JettySocket socket = new JettySocket(
                request.getHttpURI().getPath(), query(request.getHttpURI().getQuery()), headers);
        String conn = socket.query("conn", "");
        socket.earlierConnections((int) connections.stream()
                .filter(c -> !conn.isEmpty() && conn.equals(c.query("conn", "")))
                .count());
        scenario.accept(socket);
        connections.add(socket);
        accepted(socket.query("conn", "")).complete(socket);
        return socket;
    }

    /** {@code 401} with an OpenAI-style error body, as the services answer a wrong or missing key; no upgrade. */
    private static void refuseUnauthorized(ServerUpgradeResponse response, Callback callback) {
        response.setStatus(401);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
        response.write(true, ByteBuffer.wrap(UNAUTHORIZED_BODY.getBytes(StandardCharsets.UTF_8)), callback);
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
