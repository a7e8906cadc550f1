package io.asyncgen.relay;

import io.asyncgen.runtime.JdkWebSocketTransport;
import io.asyncgen.runtime.Transport;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
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
 * A realtime relay: a WebSocket server (Jetty 12) that clients such as browsers and phones connect
 * to, which opens one connection of its own to the upstream service per client, with the
 * application's credentials, and passes every frame on both ways. What passes is exactly what was
 * received (text byte for byte, binary frames, events no document declares, text that is not
 * JSON), in order, unless a typed {@link Hook} replaced or dropped an event. See
 * {@code docs/relay.md}.
 *
 * <pre>{@code
 * Relay<ClientEvent, ServerEvent> relay = Relay.builder(AzureRealtimeProtocol.to(endpoint))
 *     .listen("0.0.0.0", 8080)
 *     .clientCheck(ClientCheck.token(sessions::currentToken))
 *     .onClientEvent(SessionUpdateEvent.class, InstructionsInjection.prefix("Never quote prices."))
 *     .start();
 * }</pre>
 *
 * @param <C> the client events
 * @param <S> the server events
 */
public final class Relay<C, S> implements AutoCloseable {
    /** The body of the 401 answer to a client the {@link ClientCheck} refused. */
    public static final String UNAUTHORIZED_BODY =
            "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"invalid_client_token\","
                    + "\"message\":\"This relay did not accept the credential; connect with the token your application gave you.\"}}";

    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final RelayProtocol<C, S> protocol;
    private final Settings<C, S> settings;
    private final ClientCheck clientCheck;
    private final Server server;
    private final ServerConnector plain;
    private final ServerConnector secure;
    private final List<RelayConnection<C, S>> connections = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    private Relay(Builder<C, S> builder) {
        this.protocol = builder.protocol;
        this.clientCheck = builder.clientCheck;
        Transport.Connector network = builder.upstreamHttpClient == null
                ? JdkWebSocketTransport.connector(builder.upstreamConnectTimeout)
                : JdkWebSocketTransport.connector(builder.upstreamHttpClient, builder.upstreamConnectTimeout);
        this.settings = new Settings<>(
                builder.clientHooks,
                builder.serverHooks,
                builder.observer,
                builder.sendWindow,
                builder.idleTimeout,
                network,
                builder.upstreamConnectTimeout);
        QueuedThreadPool threads = new QueuedThreadPool(200, 4);
        threads.setName("relay");
        threads.setDaemon(true);
        server = new Server(threads);
        plain = builder.plain == null && builder.tls == null
                ? connector(new InetSocketAddress("127.0.0.1", 0), null)
                : builder.plain == null ? null : connector(builder.plain, null);
        secure = builder.tls == null ? null : connector(builder.tls.address(), builder.tls);
        server.setHandler(WebSocketUpgradeHandler.from(server, container -> configure(container, builder)));
    }

    /** A relay for the API that {@code protocol} binds. */
    public static <C, S> Builder<C, S> builder(RelayProtocol<C, S> protocol) {
        return new Builder<>(protocol);
    }

    /** What every connection of a relay shares. */
    record Settings<C, S>(
            List<Interception.Registration<?, C, C, S>> clientHooks,
            List<Interception.Registration<?, S, C, S>> serverHooks,
            RelayObserver observer,
            long sendWindow,
            Duration idleTimeout,
            Transport.Connector upstreamConnector,
            Duration upstreamConnectTimeout) {
        Settings {
            clientHooks = List.copyOf(clientHooks);
            serverHooks = List.copyOf(serverHooks);
        }
    }

    /** The TLS listener's address and key store. */
    private record Tls(InetSocketAddress address, Path keyStore, String password) {}

    private ServerConnector connector(InetSocketAddress address, Tls tls) {
        ServerConnector connector;
        if (tls == null) {
            connector = new ServerConnector(server, 1, 1);
        } else {
            SslContextFactory.Server context = new SslContextFactory.Server();
            context.setKeyStorePath(tls.keyStore().toString());
            context.setKeyStoreType("PKCS12");
            context.setKeyStorePassword(tls.password());
            connector = new ServerConnector(server, 1, 1, context);
        }
        connector.setHost(address.getHostString());
        connector.setPort(address.getPort());
        server.addConnector(connector);
        return connector;
    }

    private void configure(ServerWebSocketContainer container, Builder<C, S> builder) {
        container.setMaxTextMessageSize(builder.maxMessageSize);
        container.setMaxBinaryMessageSize(builder.maxMessageSize);
        container.setIdleTimeout(builder.idleTimeout);
        container.addMapping(protocol.path(), this::accept);
    }

    private DownstreamSocket accept(ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
        ClientHandshake handshake = UpgradeRequests.handshake(request);
        boolean admitted;
        try {
            admitted = clientCheck.admits(handshake);
        } catch (RuntimeException e) {
            System.getLogger(Relay.class.getName())
                    .log(System.Logger.Level.ERROR, "the client check failed for " + handshake, e);
            refuse(
                    response,
                    callback,
                    500,
                    "{\"error\":{\"type\":\"server_error\",\"message\":\"The relay could not check the credential.\"}}");
            return null;
        }
        if (!admitted) {
            refuse(response, callback, 401, UNAUTHORIZED_BODY);
            return null;
        }
        protocol.subprotocol().filter(request::hasSubProtocol).ifPresent(response::setAcceptedSubProtocol);
        DownstreamSocket socket = new DownstreamSocket();
        RelayConnection<C, S> connection;
        try {
            connection = new RelayConnection<>("relay-" + ids.incrementAndGet(), handshake, socket, protocol, settings);
        } catch (RuntimeException e) {
            System.getLogger(Relay.class.getName()).log(System.Logger.Level.ERROR, "cannot relay for " + handshake, e);
            throw e;
        }
        connections.add(connection);
        connection.closed().whenComplete((ending, failure) -> connections.remove(connection));
        return socket;
    }

    private static void refuse(ServerUpgradeResponse response, Callback callback, int status, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        if (status == 401) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
        }
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** {@code ws://host:port} of the plain listener, with the protocol's path appended by clients. */
    public String url() {
        if (plain == null) {
            throw new IllegalStateException("this relay has no plain listener: it listens for TLS only (tlsUrl())");
        }
        return "ws://" + plain.getHost() + ":" + plain.getLocalPort();
    }

    /** {@code wss://host:port} of the TLS listener. */
    public String tlsUrl() {
        if (secure == null) {
            throw new IllegalStateException("this relay has no TLS listener: build it with tls(...)");
        }
        return "wss://" + secure.getHost() + ":" + secure.getLocalPort();
    }

    /** The connections open now, in the order they were accepted. */
    public List<RelayConnection<C, S>> connections() {
        return List.copyOf(connections);
    }

    /** Closes every connection (1001, both sides), waits up to 5 s for them, and stops listening. */
    @Override
    public void close() {
        List<CompletableFuture<Ending>> closing = new ArrayList<>();
        for (RelayConnection<C, S> connection : connections) {
            connection.close(CloseCodes.GOING_AWAY, "the relay is shutting down");
            closing.add(connection.closed().toCompletableFuture());
        }
        try {
            CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new))
                    .get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // a side that does not answer the close is dropped when the server stops
        }
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the relay did not stop cleanly", e);
        }
    }

    /**
     * How to build a relay. Nothing is required but the {@link ClientCheck}: by default the relay
     * listens on {@code 127.0.0.1} and a free port, without TLS.
     */
    public static final class Builder<C, S> {
        private final RelayProtocol<C, S> protocol;
        private final List<Interception.Registration<?, C, C, S>> clientHooks = new ArrayList<>();
        private final List<Interception.Registration<?, S, C, S>> serverHooks = new ArrayList<>();
        private InetSocketAddress plain;
        private Tls tls;
        private ClientCheck clientCheck;
        private RelayObserver observer = new RelayObserver() {};
        private HttpClient upstreamHttpClient;
        private Duration upstreamConnectTimeout = Duration.ofSeconds(10);
        private Duration idleTimeout = Duration.ofMinutes(5);
        private long maxMessageSize = 16L * 1024 * 1024;
        private long sendWindow = 4L * 1024 * 1024;

        private Builder(RelayProtocol<C, S> protocol) {
            this.protocol = Objects.requireNonNull(protocol, "protocol");
        }

        /** Listens without TLS on {@code host} and {@code port} (0: a free port). */
        public Builder<C, S> listen(String host, int port) {
            this.plain = new InetSocketAddress(host, port);
            return this;
        }

        /** Listens for TLS ({@code wss://}) on {@code host} and {@code port}, with the key and certificate in a PKCS#12 key store. */
        public Builder<C, S> tls(String host, int port, Path keyStore, String password) {
            this.tls = new Tls(
                    new InetSocketAddress(host, port),
                    Objects.requireNonNull(keyStore, "keyStore"),
                    Objects.requireNonNull(password, "password"));
            return this;
        }

        /** Who may connect (required; {@link ClientCheck#anyone()} says so explicitly). */
        public Builder<C, S> clientCheck(ClientCheck check) {
            this.clientCheck = Objects.requireNonNull(check, "check");
            return this;
        }

        /** Adds a hook for client events of {@code type} (after the hooks added before it). */
        public <T extends C> Builder<C, S> onClientEvent(Class<T> type, Hook<? super T, C, C, S> hook) {
            clientHooks.add(new Interception.Registration<>(type, hook));
            return this;
        }

        /** Adds a hook for server events of {@code type} (after the hooks added before it). */
        public <T extends S> Builder<C, S> onServerEvent(Class<T> type, Hook<? super T, S, C, S> hook) {
            serverHooks.add(new Interception.Registration<>(type, hook));
            return this;
        }

        /** Adds a hook that only looks at client events of {@code type} and lets them pass. */
        public <T extends C> Builder<C, S> inspectClientEvents(
                Class<T> type, BiConsumer<? super T, RelayConnection<C, S>> inspector) {
            Objects.requireNonNull(inspector, "inspector");
            return onClientEvent(type, (event, connection) -> {
                inspector.accept(event, connection);
                return Verdict.forward();
            });
        }

        /** Adds a hook that only looks at server events of {@code type} and lets them pass. */
        public <T extends S> Builder<C, S> inspectServerEvents(
                Class<T> type, BiConsumer<? super T, RelayConnection<C, S>> inspector) {
            Objects.requireNonNull(inspector, "inspector");
            return onServerEvent(type, (event, connection) -> {
                inspector.accept(event, connection);
                return Verdict.forward();
            });
        }

        /** Hears connections start and end, drops, failing hooks (default: failures are logged). */
        public Builder<C, S> observer(RelayObserver observer) {
            this.observer = Objects.requireNonNull(observer, "observer");
            return this;
        }

        /** The HTTP client upstream connections are opened with (a proxy, TLS trust); default: the JDK's shared one. */
        public Builder<C, S> upstreamHttpClient(HttpClient client) {
            this.upstreamHttpClient = Objects.requireNonNull(client, "client");
            return this;
        }

        /** How long opening an upstream connection may take, credentials included (default 10 s); then the client gets 1014. */
        public Builder<C, S> upstreamConnectTimeout(Duration timeout) {
            this.upstreamConnectTimeout = positive(timeout, "upstreamConnectTimeout");
            return this;
        }

        /** How long a client may stay silent, and may leave the relay's sends unread, before it is dropped (default 5 min). */
        public Builder<C, S> idleTimeout(Duration timeout) {
            this.idleTimeout = positive(timeout, "idleTimeout");
            return this;
        }

        /** The largest message a client may send (default 16 MiB); a larger one closes its connection with 1009. */
        public Builder<C, S> maxMessageSize(long bytes) {
            this.maxMessageSize = positive(bytes, "maxMessageSize");
            return this;
        }

        /** How many bytes the relay holds for one client that reads slowly before it stops reading upstream (default 4 MiB). */
        public Builder<C, S> sendWindow(long bytes) {
            this.sendWindow = positive(bytes, "sendWindow");
            return this;
        }

        /** Starts listening. */
        public Relay<C, S> start() throws Exception {
            if (clientCheck == null) {
                throw new IllegalStateException(
                        "a relay needs clientCheck(...): ClientCheck.token(...) for the clients of your"
                                + " application, or ClientCheck.anyone() when only trusted clients can reach it");
            }
            Relay<C, S> relay = new Relay<>(this);
            relay.server.start();
            return relay;
        }

        private static Duration positive(Duration duration, String what) {
            Objects.requireNonNull(duration, what);
            if (duration.isZero() || duration.isNegative()) {
                throw new IllegalArgumentException(what + " must be positive, got " + duration);
            }
            return duration;
        }

        private static long positive(long value, String what) {
            if (value <= 0) {
                throw new IllegalArgumentException(what + " must be positive, got " + value);
            }
            return value;
        }
    }
}
