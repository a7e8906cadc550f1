package io.asyncgen.runtime;

import io.asyncgen.runtime.internal.ConnectSettings;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The connection settings every generated client builder shares: timeouts, the HTTP client or
 * transport, keep-alive pings and reconnecting. Each setter returns the builder.
 *
 * @param <B> the generated builder
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
    /** The connect timeout when none is set. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private HttpClient httpClient;
    private Transport.Connector connector;
    private Duration pingInterval;
    private ReconnectPolicy reconnect;

    protected ClientBuilder() {}

    /** This builder, typed. */
    protected abstract B self();

    /**
     * The longest opening a connection may take, fetching credentials included; default 30 s.
     * Past it the open (or reconnect attempt) fails with a {@link ConnectFailedException}.
     */
    public B connectTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("connectTimeout must be positive, got " + timeout);
        }
        this.connectTimeout = timeout;
        return self();
    }

    /**
     * The {@link HttpClient} the {@link JdkWebSocketTransport} connects with: a proxy, TLS settings,
     * an executor of your own. Default: one client shared by the JVM.
     */
    public B httpClient(HttpClient client) {
        this.httpClient = Objects.requireNonNull(client, "client");
        return self();
    }

    /** Connects through a transport of your own (Jetty, Netty, OkHttp, a test fake) instead of the JDK's WebSocket. */
    public B transport(Transport.Connector connector) {
        this.connector = Objects.requireNonNull(connector, "connector");
        return self();
    }

    /**
     * Pings every {@code interval} while connected, so idle connections survive proxies and a dead
     * peer is noticed: no pong by the next ping fails the connection (and reconnects, with a policy).
     * Default: no pings.
     */
    public B pingInterval(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("pingInterval must be positive, got " + interval);
        }
        this.pingInterval = interval;
        return self();
    }

    /**
     * Reconnects after a drop as {@code policy} says. Default: never. While disconnected, sends fail
     * with {@link ConnectionClosedException} (nothing is buffered) and pending awaits fail; listeners
     * and the handler stay.
     */
    public B reconnect(ReconnectPolicy policy) {
        this.reconnect = Objects.requireNonNull(policy, "policy");
        return self();
    }

    /** The settings for a session, for the generated client. */
    protected final ConnectSettings settings(Supplier<CompletionStage<Handshake>> handshake, Runnable onReconnect) {
        Transport.Connector chosen = connector != null
                ? connector
                : httpClient != null
                        ? JdkWebSocketTransport.connector(httpClient, connectTimeout)
                        : JdkWebSocketTransport.connector(connectTimeout);
        return new ConnectSettings(
                handshake,
                chosen,
                connectTimeout,
                Optional.ofNullable(pingInterval),
                Optional.ofNullable(reconnect),
                onReconnect);
    }
}
