package io.asyncgen.relay.azure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.asyncgen.relay.RelayProtocol;
import io.asyncgen.relay.azure.generated.AzureOpenAiRealtimeClient;
import io.asyncgen.relay.azure.generated.AzureOpenAiRealtimeEndpoint;
import io.asyncgen.relay.azure.generated.AzureOpenAiRealtimeServer;
import io.asyncgen.relay.azure.generated.ClientEvent;
import io.asyncgen.relay.azure.generated.ClientEventCodec;
import io.asyncgen.relay.azure.generated.ClientEventHandler;
import io.asyncgen.relay.azure.generated.ServerEvent;
import io.asyncgen.relay.azure.generated.ServerEventCodec;
import io.asyncgen.runtime.Frame;
import io.asyncgen.runtime.Session;
import io.asyncgen.runtime.Transport;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The relay's binding to the code generated from the Azure OpenAI Realtime GA document (package
 * {@code io.asyncgen.relay.azure.generated}, role both): clients connect to
 * {@code /openai/v1/realtime} as to the service itself, each gets a generated
 * {@link AzureOpenAiRealtimeServer}, and the relay's own {@link AzureOpenAiRealtimeClient} connects to
 * {@code endpoint} with the relay's credentials. Any service that speaks the GA protocol works:
 * Azure OpenAI, OpenAI, a local stub. The only class of the relay that names generated session,
 * endpoint and codec classes.
 */
public final class AzureRealtimeProtocol implements RelayProtocol<ClientEvent, ServerEvent> {
    /** What a browser's OpenAI SDK offers and expects back. */
    public static final String SUBPROTOCOL = "realtime";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AzureOpenAiRealtimeEndpoint endpoint;

    private AzureRealtimeProtocol(AzureOpenAiRealtimeEndpoint endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    /**
     * Relays to {@code endpoint}: its URL, deployment and credentials (a supplier is called for every
     * upstream connection, so keys and Entra ID tokens rotate). Clients never see them.
     */
    public static AzureRealtimeProtocol to(AzureOpenAiRealtimeEndpoint endpoint) {
        return new AzureRealtimeProtocol(endpoint);
    }

    @Override
    public String path() {
        return AzureOpenAiRealtimeEndpoint.ADDRESS;
    }

    @Override
    public Optional<String> subprotocol() {
        return Optional.of(SUBPROTOCOL);
    }

    @Override
    public Session<ClientEvent, ServerEvent> newClientSession() {
        return new AzureOpenAiRealtimeServer(new ClientEventHandler() {});
    }

    @Override
    public Upstream<ServerEvent, ClientEvent> newUpstream(Transport.Connector connector, Duration connectTimeout) {
        AzureOpenAiRealtimeClient client = AzureOpenAiRealtimeClient.builder()
                .endpoint(endpoint)
                .transport(connector)
                .connectTimeout(connectTimeout)
                .build();
        return new Upstream<>(client, client::open);
    }

    @Override
    public Frame encodeClientEvent(ClientEvent event) {
        if (event instanceof ClientEvent.Unknown unknown && unknown.json().isBinary()) {
            return ClientEventCodec.encodeFrame(event);
        }
        return Frame.text(write(event.toJson()));
    }

    @Override
    public Frame encodeServerEvent(ServerEvent event) {
        if (event instanceof ServerEvent.Unknown unknown && unknown.json().isBinary()) {
            return ServerEventCodec.encodeFrame(event);
        }
        return Frame.text(write(event.toJson()));
    }

    private static String write(JsonNode json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "AzureRealtimeProtocol[" + endpoint + "]";
    }
}
