package io.asyncgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.asyncgen.runtime.Credential;
import io.asyncgen.runtime.Handshake;
import io.asyncgen.runtime.internal.EndpointSupport.CredentialSlot;
import io.asyncgen.runtime.internal.EndpointSupport.Place;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What generated endpoints build on: checks, credentials fetched per handshake, secrets masked. */
class EndpointSupportTest {
    private static final String AZURE = "wss://{resource}.openai.azure.com";

    @Test
    void aWholeUrlWhereAServerVariableIsExpectedIsRefusedWithTheSettingThatTakesIt() {
        List<String> problems = new ArrayList<>();
        EndpointSupport.checkVariable("resource", "https://my-res.openai.azure.com", AZURE, List.of(), problems);
        assertEquals(
                List.of("server variable 'resource' is the part of wss://{resource}.openai.azure.com written"
                        + " {resource}, not a URL: got 'https://my-res.openai.azure.com'; give 'my-res'; for a whole URL, call"
                        + " serverUrl(String) instead"),
                problems);
    }

    @Test
    void aValueTheDocumentDoesNotAllowIsRefused() {
        List<String> problems = new ArrayList<>();
        EndpointSupport.checkVariable("region", "asia", "wss://chat/{region}", List.of("eu", "us"), problems);
        assertEquals(List.of("server variable 'region' is 'asia'; the document allows: eu, us"), problems);
    }

    @Test
    void serverUrlTakesHttpsAsWssAndRefusesWhatIsNoWebSocketUrl() {
        List<String> problems = new ArrayList<>();
        assertEquals(
                "wss://my-res.openai.azure.com",
                EndpointSupport.webSocketUrl("https://my-res.openai.azure.com", problems));
        assertEquals("ws://127.0.0.1:8080", EndpointSupport.webSocketUrl("ws://127.0.0.1:8080", problems));
        EndpointSupport.webSocketUrl("my-res.openai.azure.com", problems);
        EndpointSupport.webSocketUrl("ftp://x", problems);
        assertEquals(
                List.of(
                        "serverUrl must be a ws:// or wss:// URL with a host, got 'my-res.openai.azure.com'",
                        "serverUrl must be a ws:// or wss:// URL with a host, got 'ftp://x'"),
                problems);
    }

    @Test
    void everyHandshakeFetchesTheCredentialsAgainAndNothingShowsThem() throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        List<CredentialSlot> credentials = List.of(
                new CredentialSlot(
                        Place.HEADER,
                        "Authorization",
                        "Bearer ",
                        Credential.of(() -> "tok-" + fetches.incrementAndGet())),
                new CredentialSlot(
                        Place.QUERY, "sig", "", Credential.async(() -> CompletableFuture.completedFuture("s3"))));
        Map<String, List<String>> query = new LinkedHashMap<>(Map.of("model", List.of("gpt-realtime")));
        Handshake first = EndpointSupport.handshake(
                        "wss://h/rt", query, Map.of("X-Trace", "t1"), credentials, Set.of(), Set.of("sig"))
                .toCompletableFuture()
                .get(1, TimeUnit.SECONDS);
        Handshake second = EndpointSupport.handshake(
                        "wss://h/rt", query, Map.of("X-Trace", "t1"), credentials, Set.of(), Set.of("sig"))
                .toCompletableFuture()
                .get(1, TimeUnit.SECONDS);

        assertEquals("wss://h/rt?model=gpt-realtime&sig=s3", first.uri().toString());
        assertEquals("Bearer tok-1", first.headers().get("Authorization"));
        assertEquals("Bearer tok-2", second.headers().get("Authorization"));
        assertEquals(
                "Handshake[uri=wss://h/rt?model=gpt-realtime&sig=****, headers={X-Trace=t1, Authorization=****}]",
                second.toString());
        assertEquals(
                "Chat[uri=wss://h/rt?model=gpt-realtime&sig=****, headers={X-Trace=t1, Authorization=****}]",
                EndpointSupport.describe(
                        "Chat", "wss://h/rt", query, Map.of("X-Trace", "t1"), credentials, Set.of(), Set.of("sig")));
        assertFalse(credentials.get(0).credential().toString().contains("tok"));
        assertEquals(
                "Credential[supplied, ****]", credentials.get(0).credential().toString());
    }

    @Test
    void aParameterWithSeveralValuesIsRepeatedAndUsualSecretNamesAreMaskedWhereverTheyCameFrom() throws Exception {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("keyterm", List.of("Deepgram", "nova 3"));
        query.put("token", List.of("t0ken"));
        Handshake handshake = EndpointSupport.handshake(
                        "wss://h/v1/listen", query, Map.of("Authorization", "Token k3y"), List.of(), Set.of(), Set.of())
                .toCompletableFuture()
                .get(1, TimeUnit.SECONDS);
        assertEquals(
                "wss://h/v1/listen?keyterm=Deepgram&keyterm=nova%203&token=t0ken",
                handshake.uri().toString());
        assertEquals(
                "Listen[uri=wss://h/v1/listen?keyterm=Deepgram&keyterm=nova%203&token=****,"
                        + " headers={Authorization=****}]",
                EndpointSupport.describe(
                        "Listen",
                        "wss://h/v1/listen",
                        query,
                        Map.of("Authorization", "Token k3y"),
                        List.of(),
                        Set.of(),
                        Set.of()));
    }

    @Test
    void numbersAreWrittenWithoutExponentOrTrailingZeros() {
        assertEquals(
                List.of("1", "0.4", "24000", "0.0001", "-2.5", "0"),
                List.of(
                        EndpointSupport.number(1.0),
                        EndpointSupport.number(0.4),
                        EndpointSupport.number(24000),
                        EndpointSupport.number(1e-4),
                        EndpointSupport.number(-2.5),
                        EndpointSupport.number(-0.0)));
    }
}
