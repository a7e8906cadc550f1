package io.asyncgen.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncgen.relay.azure.generated.ClientEvent;
import io.asyncgen.relay.azure.generated.ServerEvent;
import io.asyncgen.runtime.Frame;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line: what it needs, what it refuses, and a relay it starts. */
class RelayMainTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void helpPrintsTheUsageAndStartsNothing() throws Exception {
        assertNull(RelayMain.start(new String[] {"--help"}, Map.of(), out));
        assertEquals(RelayMain.USAGE + System.lineSeparator(), printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void whatIsMissingOrWrongIsSaidInOneSentence() {
        Map<String, String> complete = Map.of(
                "AZURE_OPENAI_ENDPOINT",
                "https://my-res.openai.azure.com",
                "AZURE_OPENAI_API_KEY",
                "k",
                "RELAY_CLIENT_TOKEN",
                "t");
        assertEquals("no upstream: give --upstream or set AZURE_OPENAI_ENDPOINT", refused(new String[0], Map.of()));
        assertEquals(
                "no key for the upstream service: set AZURE_OPENAI_API_KEY (the relay holds it; clients never see it)",
                refused(new String[0], Map.of("AZURE_OPENAI_ENDPOINT", "https://my-res.openai.azure.com")));
        assertEquals(
                "no client token: set RELAY_CLIENT_TOKEN (what clients present instead of the service's key), or give"
                        + " --anyone for a relay that only trusted clients can reach",
                refused(
                        new String[0],
                        Map.of(
                                "AZURE_OPENAI_ENDPOINT",
                                "https://my-res.openai.azure.com",
                                "AZURE_OPENAI_API_KEY",
                                "k")));
        assertEquals(
                "--listen takes HOST:PORT (for example 127.0.0.1:8080), got 8080",
                refused(new String[] {"--listen", "8080"}, complete));
        assertEquals(
                "--tls-listen needs --keystore FILE.p12 and RELAY_KEYSTORE_PASSWORD",
                refused(new String[] {"--tls-listen", "127.0.0.1:8443"}, complete));
        assertEquals("--deployment needs a value", refused(new String[] {"--deployment"}, complete));
        assertEquals("unknown argument: --api-key", refused(new String[] {"--api-key", "k"}, complete));
    }

    @Test
    void aRelayFromTheCommandLineHoldsTheKeyChecksTheTokenAndPrintsTheTranscript() throws Exception {
        try (ScriptedUpstream upstream = new ScriptedUpstream();
                Relay<ClientEvent, ServerEvent> relay = RelayMain.start(
                        new String[] {"--listen", "127.0.0.1:0", "--transcripts", "--deployment", "my-deployment"},
                        Map.of(
                                "AZURE_OPENAI_ENDPOINT",
                                upstream.url(),
                                "AZURE_OPENAI_API_KEY",
                                "service-key",
                                "RELAY_CLIENT_TOKEN",
                                "app-token"),
                        out)) {
            RawClient client = RawClient.connect(
                    relay.url() + Relays.PATH, Map.of("Authorization", "Bearer app-token"), List.of());
            ScriptedUpstream.Connection service = upstream.next();
            String said = "{\"type\":\"response.output_text.done\",\"item_id\":\"i1\",\"text\":\"Hello there.\"}";
            service.sendText(said);
            assertEquals(List.of(Frame.text(said)), client.received.await(1));
            client.close(1000, "");
            service.awaitClosed();

            assertEquals("service-key", service.headers.get("api-key"));
            assertEquals("/openai/v1/realtime?model=my-deployment", service.pathAndQuery);
            String shown = printed.toString(StandardCharsets.UTF_8);
            assertTrue(
                    shown.startsWith("relay listening on " + relay.url()
                            + "/openai/v1/realtime -> AzureOpenAiRealtimeEndpoint[uri=" + upstream.url()
                            + "/openai/v1/realtime?model=my-deployment, headers={api-key=****}]"),
                    shown);
            assertTrue(shown.contains("relay-1 assistant: Hello there."), shown);
            assertFalse(shown.contains("service-key") || shown.contains("app-token"), shown);
        }
    }

    private String refused(String[] args, Map<String, String> env) {
        return assertThrows(RelayMain.UsageException.class, () -> RelayMain.start(args, env, out))
                .getMessage();
    }
}
