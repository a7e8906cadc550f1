package io.asyncgen.it;

import io.asyncgen.it.azure.AzureOpenAiRealtimeClient;
import io.asyncgen.it.azure.AzureOpenAiRealtimeEndpoint;
import io.asyncgen.it.azure.ServerEventHandler;
import io.asyncgen.it.stub.JettySocket;
import io.asyncgen.it.stub.StubServer;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A generated GA client ({@link AzureOpenAiRealtimeClient} on {@code JdkWebSocketTransport}) connected to the stub, with its dispatch log and the server's side of the socket. */
final class GaConnection implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);

    final Dispatched log;
    final AzureOpenAiRealtimeClient client;
    final JettySocket server;

    private GaConnection(Dispatched log, AzureOpenAiRealtimeClient client, JettySocket server) {
        this.log = log;
        this.client = client;
        this.server = server;
    }

    /**
     * Connects with the generated endpoint builder: the stub's URL, the {@code model} query
     * parameter, an api key, the scenario and any further {@code name, value} query parameters.
     */
    static GaConnection open(StubServer stub, String scenario, ServerEventHandler behaviour, String... query)
            throws Exception {
        String id = UUID.randomUUID().toString();
        AzureOpenAiRealtimeEndpoint.Builder endpoint = AzureOpenAiRealtimeEndpoint.builder()
                .serverUrl(stub.url())
                .model("gpt-realtime")
                .apiKey("test-api-key")
                .queryParameter("scenario", scenario)
                .queryParameter("conn", id);
        for (int i = 0; i < query.length; i += 2) {
            endpoint.queryParameter(query[i], query[i + 1]);
        }
        Dispatched log = new Dispatched();
        AzureOpenAiRealtimeClient client = AzureOpenAiRealtimeClient.connect(
                        endpoint.build(), log.handler(ServerEventHandler.class, behaviour))
                .toCompletableFuture()
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        return new GaConnection(log, client, stub.connection(id, WAIT));
    }

    @Override
    public void close() {
        if (client.isOpen()) {
            client.close();
        }
        try {
            client.closed().toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the test is over; a connection that ended badly was the test's business
        }
    }
}
