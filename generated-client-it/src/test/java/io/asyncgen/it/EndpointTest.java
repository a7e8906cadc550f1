package io.asyncgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncgen.it.azure.AzureOpenAiRealtimeEndpoint;
import io.asyncgen.it.azure.preview.AzureOpenAiRealtimePreviewEndpoint;
import io.asyncgen.it.inworld.InworldRealtimeEndpoint;
import io.asyncgen.runtime.Handshake;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The generated endpoint builders: what they build, what they refuse, what they never show. */
class EndpointTest {
    @Test
    void theAzureGaEndpointBuildsTheServiceUrlAndSendsTheKeyInItsHeader() throws Exception {
        AzureOpenAiRealtimeEndpoint endpoint = AzureOpenAiRealtimeEndpoint.builder()
                .resource("my-res")
                .model("gpt-realtime")
                .apiKey("secret-key")
                .build();
        Handshake handshake = endpoint.handshake().toCompletableFuture().get(1, TimeUnit.SECONDS);

        assertEquals(
                "wss://my-res.openai.azure.com/openai/v1/realtime?model=gpt-realtime",
                handshake.uri().toString());
        assertEquals("secret-key", handshake.headers().get("api-key"));
        assertEquals(
                "AzureOpenAiRealtimeEndpoint[uri=wss://my-res.openai.azure.com/openai/v1/realtime?model=gpt-realtime,"
                        + " headers={api-key=****}]",
                endpoint.toString());
        assertFalse(handshake.toString().contains("secret-key"));
    }

    @Test
    void everyMissingOrMalformedSettingIsListedAtOnce() {
        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> AzureOpenAiRealtimeEndpoint.builder()
                        .resource("https://my-res.openai.azure.com")
                        .apiKey(System.getenv("ASYNCGEN_TEST_VARIABLE_THAT_IS_NOT_SET"))
                        .build());
        assertEquals(
                "cannot build AzureOpenAiRealtimeEndpoint: apiKey(String) was given null (is the environment variable"
                        + " or setting it comes from there?); server variable 'resource' is the part of wss://{resource}.openai.azure.com"
                        + " written {resource}, not a URL: got 'https://my-res.openai.azure.com'; give 'my-res'; for a whole URL, call"
                        + " serverUrl(String) instead; query parameter 'model' is required: call model(String)",
                refused.getMessage());
    }

    @Test
    void theServiceUrlGivenWholeAsHttpsIsUsedAsWss() throws Exception {
        Handshake handshake = AzureOpenAiRealtimeEndpoint.builder()
                .serverUrl("https://my-res.openai.azure.com")
                .model("gpt-realtime")
                .build()
                .handshake()
                .toCompletableFuture()
                .get(1, TimeUnit.SECONDS);
        assertEquals(
                "wss://my-res.openai.azure.com/openai/v1/realtime?model=gpt-realtime",
                handshake.uri().toString());
    }

    @Test
    void aTokenSupplierIsCalledForEveryHandshake() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        AzureOpenAiRealtimeEndpoint endpoint = AzureOpenAiRealtimeEndpoint.builder()
                .resource("my-res")
                .model("gpt-realtime")
                .bearerToken(() -> "entra-token-" + calls.incrementAndGet())
                .build();
        assertEquals(
                "Bearer entra-token-1",
                endpoint.handshake()
                        .toCompletableFuture()
                        .get(1, TimeUnit.SECONDS)
                        .headers()
                        .get("Authorization"));
        assertEquals(
                "Bearer entra-token-2",
                endpoint.handshake()
                        .toCompletableFuture()
                        .get(1, TimeUnit.SECONDS)
                        .headers()
                        .get("Authorization"));
        assertEquals(2, calls.get());
        assertFalse(endpoint.toString().contains("entra-token"));
    }

    @Test
    void aRequiredFixedQueryParameterIsSentUnlessSetAndAnOptionalOneIsNot() throws Exception {
        Handshake inworld = InworldRealtimeEndpoint.builder()
                .key("session-1")
                .basicCredentials("a2V5")
                .build()
                .handshake()
                .toCompletableFuture()
                .get(1, TimeUnit.SECONDS);
        assertEquals(
                "wss://api.inworld.ai/api/v1/realtime/session?key=session-1&protocol=realtime",
                inworld.uri().toString());

        Handshake preview = AzureOpenAiRealtimePreviewEndpoint.builder()
                .resource("my-res")
                .apiVersion("2025-04-01-preview")
                .deployment("gpt-4o-realtime-preview")
                .apiKey("k")
                .build()
                .handshake()
                .toCompletableFuture()
                .get(1, TimeUnit.SECONDS);
        assertEquals(
                "wss://my-res.openai.azure.com/openai/realtime?api-version=2025-04-01-preview"
                        + "&deployment=gpt-4o-realtime-preview",
                preview.uri().toString());
    }
}
