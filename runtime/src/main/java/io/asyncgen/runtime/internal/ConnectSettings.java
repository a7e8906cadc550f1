package io.asyncgen.runtime.internal;

import io.asyncgen.runtime.Handshake;
import io.asyncgen.runtime.ReconnectPolicy;
import io.asyncgen.runtime.Transport;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * How a client session opens its connections. For generated code and this runtime only; not an API.
 *
 * @param handshake called for every connect and reconnect: resolves the credentials afresh
 * @param connector opens a transport for a handshake
 * @param connectTimeout the longest a connect may take, credentials and handshake included
 * @param pingInterval how often to ping while connected; a missing pong by the next ping fails the connection
 * @param reconnect what to do when a connection drops; empty: never reconnect
 * @param onReconnect runs when a new connection is up after a drop, before anything it receives is dispatched
 */
public record ConnectSettings(
        Supplier<CompletionStage<Handshake>> handshake,
        Transport.Connector connector,
        Duration connectTimeout,
        Optional<Duration> pingInterval,
        Optional<ReconnectPolicy> reconnect,
        Runnable onReconnect) {

    public ConnectSettings {
        Objects.requireNonNull(handshake, "handshake");
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(pingInterval, "pingInterval");
        Objects.requireNonNull(reconnect, "reconnect");
        Objects.requireNonNull(onReconnect, "onReconnect");
    }
}
