package io.asyncgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncgen.it.stub.JettySocket;
import io.asyncgen.it.stub.StubServer;
import io.asyncgen.it.upstream.inworld.ApiV1RealtimeSessionClient;
import io.asyncgen.it.upstream.inworld.ApiV1RealtimeSessionEndpoint;
import io.asyncgen.it.upstream.inworld.RealtimeServerEventHandler;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Inworld's published document with the overlay the asyncgen-spec jar ships: the client
 * authenticates as Inworld expects, {@code Authorization: Basic <portal key>}, which the published
 * document alone cannot say (it declares a raw {@code Authorization} value).
 */
class InworldUpstreamAuthTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void theOverlaidEndpointSendsThePortalKeyAsBasicCredentials() throws Exception {
        try (StubServer stub = StubServer.start(null)) {
            String id = UUID.randomUUID().toString();
            ApiV1RealtimeSessionEndpoint endpoint = ApiV1RealtimeSessionEndpoint.builder()
                    .serverUrl(stub.url())
                    .key("voice-auth")
                    .protocol("realtime")
                    .basicCredentials("c3R1YjprZXk=")
                    .queryParameter("conn", id)
                    .build();
            assertFalse(endpoint.toString().contains("c3R1YjprZXk="), endpoint.toString());
            try (ApiV1RealtimeSessionClient client = ApiV1RealtimeSessionClient.connect(
                            endpoint, new RealtimeServerEventHandler() {})
                    .toCompletableFuture()
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                assertTrue(client.isOpen());
                JettySocket server = stub.connection(id, WAIT);
                assertEquals("Basic c3R1YjprZXk=", server.headers().get("authorization"));
            }
        }
    }
}
