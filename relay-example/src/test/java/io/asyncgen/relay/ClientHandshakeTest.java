package io.asyncgen.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a client presents, in the three places clients put it, and never in {@code toString}. */
class ClientHandshakeTest {
    @Test
    void theCredentialIsReadFromTheBearerTokenTheApiKeyHeaderOrTheBrowsersSubprotocol() {
        assertEquals(
                Optional.of("t1"),
                handshake(Map.of("authorization", "Bearer t1"), List.of()).credential());
        assertEquals(
                Optional.of("t2"), handshake(Map.of("api-key", "t2"), List.of()).credential());
        assertEquals(
                Optional.of("t3"),
                handshake(Map.of(), List.of("realtime", "openai-insecure-api-key.t3"))
                        .credential());
        assertEquals(
                Optional.empty(),
                handshake(Map.of("authorization", "Basic dTpw"), List.of("realtime"))
                        .credential());
    }

    @Test
    void aTokenCheckAdmitsOnlyTheCurrentToken() {
        String[] current = {"first"};
        ClientCheck check = ClientCheck.token(() -> current[0]);

        assertTrue(check.admits(handshake(Map.of("authorization", "Bearer first"), List.of())));
        current[0] = "second";
        assertFalse(check.admits(handshake(Map.of("authorization", "Bearer first"), List.of())));
        assertTrue(check.admits(handshake(Map.of(), List.of("openai-insecure-api-key.second"))));
        assertFalse(check.admits(handshake(Map.of(), List.of())));
    }

    @Test
    void toStringShowsNoCredential() {
        ClientHandshake handshake = new ClientHandshake(
                "/openai/v1/realtime",
                Map.of("model", "gpt-realtime"),
                Map.of("authorization", "Bearer secret-1", "api-key", "secret-2"),
                List.of("realtime", "openai-insecure-api-key.secret-3"),
                "/127.0.0.1:5000");

        String shown = handshake.toString();

        assertFalse(shown.contains("secret"), shown);
        assertTrue(shown.contains("openai-insecure-api-key.****"), shown);
    }

    private static ClientHandshake handshake(Map<String, String> headers, List<String> subprotocols) {
        return new ClientHandshake("/openai/v1/realtime", Map.of(), headers, subprotocols, "/127.0.0.1:5000");
    }
}
