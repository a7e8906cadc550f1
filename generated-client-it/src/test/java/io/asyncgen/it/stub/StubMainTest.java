package io.asyncgen.it.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncgen.it.azure.AzureOpenAiRealtimeClient;
import io.asyncgen.it.azure.AzureOpenAiRealtimeEndpoint;
import io.asyncgen.it.azure.ServerEventHandler;
import io.asyncgen.it.azure.SessionCreatedEvent;
import io.asyncgen.it.inworld.InworldRealtimeClient;
import io.asyncgen.it.inworld.InworldRealtimeEndpoint;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code exec:java -Dexec.args=--serve}: the stub on its own, its URL first, every vendor's path at once. */
class StubMainTest {
    private static final long WAIT_SECONDS = 20;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void printsItsUrlFirstAndServesEveryVendorThroughIt() throws Exception {
        try (StubServer stub = StubMain.start(StubMain.Options.parse(new String[] {"--serve"}), out())) {
            List<String> lines =
                    printed.toString(StandardCharsets.UTF_8).lines().toList();
            assertTrue(lines.get(0).matches("ws://127\\.0\\.0\\.1:\\d+"), lines.get(0));
            assertEquals(stub.url(), lines.get(0));
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("  /openai/v1/realtime ")), String.join("\n", lines));
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("  /openai/realtime ")), String.join("\n", lines));
            assertTrue(
                    lines.stream().anyMatch(l -> l.startsWith("  /api/v1/realtime/session ")),
                    String.join("\n", lines));

            CompletableFuture<String> azure = new CompletableFuture<>();
            try (AzureOpenAiRealtimeClient client = AzureOpenAiRealtimeClient.connect(
                            AzureOpenAiRealtimeEndpoint.builder()
                                    .serverUrl(lines.get(0))
                                    .model("gpt-realtime")
                                    .apiKey("k")
                                    .build(),
                            new ServerEventHandler() {
                                @Override
                                public void onSessionCreated(SessionCreatedEvent event) {
                                    azure.complete(event.type());
                                }
                            })
                    .toCompletableFuture()
                    .get(WAIT_SECONDS, TimeUnit.SECONDS)) {
                assertTrue(client.isOpen());
                assertEquals("session.created", azure.get(WAIT_SECONDS, TimeUnit.SECONDS));
            }
            CompletableFuture<String> inworld = new CompletableFuture<>();
            try (InworldRealtimeClient client = InworldRealtimeClient.connect(
                            InworldRealtimeEndpoint.builder()
                                    .serverUrl(lines.get(0))
                                    .key("voice-1")
                                    .protocol("realtime")
                                    .basicCredentials("c3R1YjprZXk=")
                                    .build(),
                            new io.asyncgen.it.inworld.ServerEventHandler() {
                                @Override
                                public void onSessionCreated(io.asyncgen.it.inworld.SessionCreatedEvent event) {
                                    inworld.complete(event.type());
                                }
                            })
                    .toCompletableFuture()
                    .get(WAIT_SECONDS, TimeUnit.SECONDS)) {
                assertTrue(client.isOpen());
                assertEquals("session.created", inworld.get(WAIT_SECONDS, TimeUnit.SECONDS));
            }
        }
    }

    @Test
    void aPortInUseSaysSoAndHowToChooseAnother() throws Exception {
        try (StubServer taken = StubServer.start(null)) {
            String port = taken.url().substring(taken.url().lastIndexOf(':') + 1);
            IllegalStateException busy = assertThrows(
                    IllegalStateException.class,
                    () -> StubMain.start(StubMain.Options.parse(new String[] {"--serve", "--port", port}), out()));
            assertTrue(busy.getMessage().startsWith("cannot listen on 127.0.0.1:" + port + " ("), busy.getMessage());
            assertTrue(
                    busy.getMessage().endsWith("); choose another --port, or leave it out for a free one"),
                    busy.getMessage());
            assertEquals("", printed.toString(StandardCharsets.UTF_8), "no URL is printed when nothing listens");
        }
    }

    @Test
    void badArgumentsAreExplained() {
        assertEquals(
                "--port takes a number from 0 to 65535, not eighty\n" + StubMain.USAGE,
                assertThrows(
                                IllegalArgumentException.class,
                                () -> StubMain.Options.parse(new String[] {"--serve", "--port", "eighty"}))
                        .getMessage());
        assertEquals(
                "--port needs a value\n" + StubMain.USAGE,
                assertThrows(
                                IllegalArgumentException.class,
                                () -> StubMain.Options.parse(new String[] {"--serve", "--port"}))
                        .getMessage());
        assertEquals(
                "unknown argument --vendor\n" + StubMain.USAGE,
                assertThrows(
                                IllegalArgumentException.class,
                                () -> StubMain.Options.parse(new String[] {"--serve", "--vendor", "x"}))
                        .getMessage());
    }

    private PrintStream out() {
        return new PrintStream(printed, true, StandardCharsets.UTF_8);
    }
}
