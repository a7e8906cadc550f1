package io.asyncgen.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncgen.it.stub.StubServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's demo: the scripted conversation, on the stub and on the path a real endpoint takes. */
class DemoTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void theAzureDemoTalksToTheEmbeddedStub() {
        String transcript = run(Map.of(), "--stub");
        assertConversation(transcript);
        assertTrue(transcript.contains("client: AzureOpenAiRealtimeClient (Azure OpenAI Realtime GA)"), transcript);
    }

    @Test
    void theInworldDemoTalksToTheEmbeddedStub() {
        String transcript = run(Map.of(), "--vendor", "inworld");
        assertConversation(transcript);
        assertTrue(
                transcript.contains("<- session.updated                        providerData.memory.state version 1"),
                transcript);
    }

    @Test
    void withAnEndpointAndKeyTheDemoConnectsThereAndNeverPrintsTheKey() throws Exception {
        try (StubServer service = StubServer.start(null)) {
            String port = service.url().substring(service.url().lastIndexOf(':') + 1);
            String azure = run(Map.of(
                    "AZURE_OPENAI_ENDPOINT",
                    "http://127.0.0.1:" + port + "/",
                    "AZURE_OPENAI_API_KEY",
                    "secret-azure-key",
                    "AZURE_OPENAI_DEPLOYMENT",
                    "my-deployment"));
            assertConversation(azure);
            assertFalse(azure.contains("embedded stub"), "talks to the given endpoint, starts no stub of its own");
            assertTrue(azure.contains("ws://127.0.0.1:" + port + "/openai/v1/realtime?model=my-deployment"), azure);
            assertTrue(azure.contains("api-key=****"), azure);
            assertFalse(azure.contains("secret-azure-key"), azure);

            String inworld = run(
                    Map.of("INWORLD_API_KEY", "c2VjcmV0OmtleQ=="),
                    "--vendor",
                    "inworld",
                    "--url",
                    "ws://127.0.0.1:" + port);
            assertConversation(inworld);
            assertTrue(inworld.contains("Authorization=****"), inworld);
            assertFalse(inworld.contains("c2VjcmV0OmtleQ=="), inworld);
        }
    }

    @Test
    void badArgumentsAreExplained() {
        IllegalArgumentException vendor = assertThrows(
                IllegalArgumentException.class,
                () -> Demo.run(
                        new String[] {"--vendor", "acme"},
                        Map.of(),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        assertTrue(
                vendor.getMessage().startsWith("--vendor must be azure, inworld, ")
                        && vendor.getMessage().contains(" not acme\nusage: Demo"),
                vendor.getMessage());
        IllegalArgumentException noKey = assertThrows(
                IllegalArgumentException.class,
                () -> Demo.run(new String[] {"--url", "https://example.openai.azure.com"}, Map.of(), System.out));
        assertEquals(
                "talking to https://example.openai.azure.com needs --api-key or AZURE_OPENAI_API_KEY",
                noKey.getMessage());
        assertTrue(run(Map.of(), "--help").startsWith("usage: Demo"));
    }

    @Test
    void azureEndpointsAreTurnedIntoWebSocketBases() {
        assertEquals("wss://my-resource.openai.azure.com", Demo.websocketBase("https://my-resource.openai.azure.com/"));
        assertEquals(
                "wss://my-resource.openai.azure.com",
                Demo.websocketBase("wss://my-resource.openai.azure.com/openai/v1/realtime?model=x"));
        assertEquals("ws://127.0.0.1:8080", Demo.websocketBase("http://127.0.0.1:8080"));
    }

    private static void assertConversation(String transcript) {
        for (String line : new String[] {
            "<- session.created",
            "user: Hello! Who are you?",
            "assistant: Hello! I am the asyncgen stub server",
            "user: What's the weather in Paris?",
            "<- response.function_call_arguments.done  get_weather {\"city\":\"Paris\"}",
            "<- conversation.item.added                item_0003 message (user)",
            "<- response.output_item.added             item_0004 function_call get_weather",
            "<- conversation.item.done                 item_0005 function_call_output",
            "<- response.output_item.done              item_0006 message (assistant)",
            "tool: get_weather({\"city\":\"Paris\"}) = {\"city\":\"Paris\"",
            "assistant: In Paris it is",
            "-> close",
            "done:"
        }) {
            assertTrue(transcript.contains(line), "missing '" + line + "' in:\n" + transcript);
        }
    }

    private static String run(Map<String, String> env, String... args) {
        return assertTimeoutPreemptively(LIMIT, () -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Demo.run(args, env, new PrintStream(bytes, true, StandardCharsets.UTF_8));
            return bytes.toString(StandardCharsets.UTF_8);
        });
    }
}
