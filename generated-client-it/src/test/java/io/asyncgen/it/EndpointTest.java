package io.asyncgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncgen.it.azure.OpenaiV1RealtimeEndpoint;
import io.asyncgen.runtime.Handshake;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The generated Azure GA endpoint builder: what it builds, what it refuses, what it never shows. */
class EndpointTest {
  @Test
  void theAzureGaEndpointBuildsTheServiceUrlAndSendsTheKeyInItsHeader() throws Exception {
    OpenaiV1RealtimeEndpoint endpoint = OpenaiV1RealtimeEndpoint.builder().resource("my-res").model("gpt-realtime")
        .apiKey("secret-key").build();
    Handshake handshake = endpoint.handshake().toCompletableFuture().get(1, TimeUnit.SECONDS);

    assertEquals("wss://my-res.openai.azure.com/openai/v1/realtime?model=gpt-realtime", handshake.uri().toString());
    assertEquals("secret-key", handshake.headers().get("api-key"));
    assertEquals("OpenaiV1RealtimeEndpoint[uri=wss://my-res.openai.azure.com/openai/v1/realtime?model=gpt-realtime,"
        + " headers={api-key=****}]", endpoint.toString());
    assertFalse(handshake.toString().contains("secret-key"));
  }

  @Test
  void everyMissingOrMalformedSettingIsListedAtOnce() {
    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> OpenaiV1RealtimeEndpoint.builder()
        .resource("https://my-res.openai.azure.com").apiKey(System.getenv("ASYNCGEN_TEST_VARIABLE_THAT_IS_NOT_SET"))
        .build());
    assertEquals("cannot build OpenaiV1RealtimeEndpoint: apiKey(String) was given null (is the environment variable"
        + " or setting it comes from there?); server variable 'resource' is the part of wss://{resource}.openai.azure.com"
        + " written {resource}, not a URL: got 'https://my-res.openai.azure.com'; give 'my-res'; for a whole URL, call"
        + " serverUrl(String) instead; query parameter 'model' is required: call model(String)", refused.getMessage());
  }

  @Test
  void theServiceUrlGivenWholeAsHttpsIsUsedAsWss() throws Exception {
    Handshake handshake = OpenaiV1RealtimeEndpoint.builder().serverUrl("https://my-res.openai.azure.com")
        .model("gpt-realtime").build().handshake().toCompletableFuture().get(1, TimeUnit.SECONDS);
    assertEquals("wss://my-res.openai.azure.com/openai/v1/realtime?model=gpt-realtime", handshake.uri().toString());
  }

  @Test
  void aTokenSupplierIsCalledForEveryHandshake() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    OpenaiV1RealtimeEndpoint endpoint = OpenaiV1RealtimeEndpoint.builder().resource("my-res").model("gpt-realtime")
        .bearerToken(() -> "entra-token-" + calls.incrementAndGet()).build();
    assertEquals("Bearer entra-token-1",
        endpoint.handshake().toCompletableFuture().get(1, TimeUnit.SECONDS).headers().get("Authorization"));
    assertEquals("Bearer entra-token-2",
        endpoint.handshake().toCompletableFuture().get(1, TimeUnit.SECONDS).headers().get("Authorization"));
    assertEquals(2, calls.get());
    assertFalse(endpoint.toString().contains("entra-token"));
  }
}
