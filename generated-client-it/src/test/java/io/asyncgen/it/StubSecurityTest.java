package io.asyncgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncgen.it.stub.Credential;
import io.asyncgen.it.stub.SelfSignedCertificate;
import io.asyncgen.it.stub.StubServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stub's TLS listener (a certificate made for this run) and its credential check, seen from
 * the JDK's own WebSocket client: the handshake the official SDKs make, without any SDK.
 */
class StubSecurityTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final String KEY = "stub-key-for-this-test";
    private static final String PATH = "/openai/v1/realtime?model=gpt-realtime";

    @TempDir
    static Path folder;

    private static SelfSignedCertificate certificate;
    private static StubServer stub;

    @BeforeAll
    static void startStub() throws Exception {
        certificate = SelfSignedCertificate.create(folder);
        stub = StubServer.builder()
                .tls(certificate)
                .credential(Credential.secret(KEY))
                .start();
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @Test
    void aWssClientThatTrustsTheCertificateIsGreeted() {
        assertTimeoutPreemptively(LIMIT, () -> {
            HttpClient trusting = HttpClient.newBuilder()
                    .sslContext(certificate.trustingContext())
                    .build();
            String greeting = firstMessage(trusting, stub.tlsUrl(), "api-key", KEY);
            assertTrue(greeting.startsWith("{\"type\":\"session.created\""), greeting);
            assertTrue(stub.tlsUrl().startsWith("wss://127.0.0.1:"), stub.tlsUrl());
        });
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateFailsTheTlsHandshake() {
        assertTimeoutPreemptively(LIMIT, () -> {
            ExecutionException failed = assertThrows(
                    ExecutionException.class,
                    () -> firstMessage(HttpClient.newHttpClient(), stub.tlsUrl(), "api-key", KEY));
            assertInstanceOf(SSLHandshakeException.class, failed.getCause());
        });
    }

    @Test
    void theKeyInTheApiKeyHeaderIsAccepted() {
        assertTimeoutPreemptively(LIMIT, () -> {
            assertTrue(firstMessage(HttpClient.newHttpClient(), stub.url(), "api-key", KEY)
                    .contains("session.created"));
        });
    }

    @Test
    void theKeyAsBearerTokenIsAccepted() {
        assertTimeoutPreemptively(LIMIT, () -> {
            assertTrue(firstMessage(HttpClient.newHttpClient(), stub.url(), "Authorization", "Bearer " + KEY)
                    .contains("session.created"));
        });
    }

    @Test
    void aWrongKeyIsRefusedWith401() {
        assertTimeoutPreemptively(LIMIT, () -> {
            assertRefused("api-key", KEY + "x");
            assertRefused("Authorization", "Bearer " + KEY.substring(1));
            assertRefused("Authorization", "Digest " + KEY);
        });
    }

    @Test
    void aHandshakeWithoutAKeyIsRefusedWith401() {
        assertTimeoutPreemptively(LIMIT, () -> assertRefused("x-no-credential", "none"));
    }

    private static void assertRefused(String header, String value) throws Exception {
        int before = stub.connections().size();
        ExecutionException failed = assertThrows(
                ExecutionException.class, () -> firstMessage(HttpClient.newHttpClient(), stub.url(), header, value));
        WebSocketHandshakeException refused = assertInstanceOf(WebSocketHandshakeException.class, failed.getCause());
        assertEquals(401, refused.getResponse().statusCode());
        assertEquals(StubServer.UNAUTHORIZED_BODY, refused.getResponse().body());
        assertEquals(before, stub.connections().size(), "no connection was accepted");
    }

    /** Connects with one extra header and returns the first text message the server sends. */
    private static String firstMessage(HttpClient client, String base, String header, String value) throws Exception {
        CompletableFuture<String> first = new CompletableFuture<>();
        WebSocket socket = client.newWebSocketBuilder()
                .header(header, value)
                .buildAsync(URI.create(base + PATH), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            first.complete(text.toString());
                        }
                        webSocket.request(1);
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
        try {
            return first.get(10, TimeUnit.SECONDS);
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "test over").get(10, TimeUnit.SECONDS);
        }
    }
}
