package io.asyncgen.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncgen.it.stub.Credential;
import io.asyncgen.it.stub.JettySocket;
import io.asyncgen.it.stub.StubServer;
import io.asyncgen.relay.azure.AzureRealtimeProtocol;
import io.asyncgen.relay.azure.InstructionsInjection;
import io.asyncgen.relay.azure.TranscriptLog;
import io.asyncgen.relay.azure.generated.AzureOpenAiRealtimeClient;
import io.asyncgen.relay.azure.generated.AzureOpenAiRealtimeEndpoint;
import io.asyncgen.relay.azure.generated.ClientEvent;
import io.asyncgen.relay.azure.generated.ConversationItemCreateEvent;
import io.asyncgen.relay.azure.generated.InputTextContent;
import io.asyncgen.relay.azure.generated.MessageItem;
import io.asyncgen.relay.azure.generated.MessageItemRole;
import io.asyncgen.relay.azure.generated.Modality;
import io.asyncgen.relay.azure.generated.RealtimeResponseStatus;
import io.asyncgen.relay.azure.generated.RealtimeSession;
import io.asyncgen.relay.azure.generated.ResponseCreateEvent;
import io.asyncgen.relay.azure.generated.ResponseDoneEvent;
import io.asyncgen.relay.azure.generated.ServerEvent;
import io.asyncgen.relay.azure.generated.SessionUpdateEvent;
import io.asyncgen.relay.azure.generated.SessionUpdatedEvent;
import io.asyncgen.runtime.CloseStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A conversation through the relay with the stub server (generated server code) behind it: a
 * generated GA client in front, as an application's phone client would be, with the
 * application's token; the relay holds the service's key and injects instructions.
 */
class RelayWithStubTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aConversationThroughTheRelayWithInjectedInstructionsAndATranscript() throws Exception {
        List<String> transcript = new CopyOnWriteArrayList<>();
        try (StubServer stub = StubServer.builder()
                        .credential(Credential.secret("stub-service-key"))
                        .start();
                Relay<ClientEvent, ServerEvent> relay = TranscriptLog.addTo(
                                Relay.builder(AzureRealtimeProtocol.to(AzureOpenAiRealtimeEndpoint.builder()
                                                .serverUrl(stub.url())
                                                .model("gpt-realtime")
                                                .apiKey("stub-service-key")
                                                .build()))
                                        .clientCheck(ClientCheck.token(() -> "phone-app-token"))
                                        .onClientEvent(
                                                SessionUpdateEvent.class,
                                                InstructionsInjection.prefix("Never quote prices.")),
                                line -> transcript.add(line.toString()))
                        .start()) {
            AzureOpenAiRealtimeClient phone = AzureOpenAiRealtimeClient.builder()
                    .endpoint(AzureOpenAiRealtimeEndpoint.builder()
                            .serverUrl(relay.url())
                            .model("gpt-realtime")
                            .apiKey("phone-app-token")
                            .build())
                    .build();
            phone.open().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);

            RealtimeSession updated = (RealtimeSession) phone.sendAndAwait(
                            SessionUpdateEvent.builder()
                                    .session(RealtimeSession.builder()
                                            .instructions("Answer in one sentence.")
                                            .addOutputModality(Modality.TEXT)
                                            .build())
                                    .build(),
                            SessionUpdatedEvent.class,
                            WAIT)
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS)
                    .session();
            phone.sendConversationItemCreate(ConversationItemCreateEvent.builder()
                    .item(MessageItem.builder()
                            .role(MessageItemRole.USER)
                            .content(List.of(InputTextContent.builder()
                                    .text("Hello! Who are you?")
                                    .build()))
                            .build())
                    .build());
            ResponseDoneEvent done = phone.sendAndAwait(
                            ResponseCreateEvent.builder().build(), ResponseDoneEvent.class, WAIT)
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            phone.close(1000, "bye");

            assertEquals("Never quote prices.\n\nAnswer in one sentence.", updated.instructions());
            assertEquals(RealtimeResponseStatus.COMPLETED, done.response().status());
            assertEquals("relay-1 user: Hello! Who are you?", transcript.get(0));
            assertTrue(
                    transcript.get(1).startsWith("relay-1 assistant: Hello! I am the asyncgen stub server"),
                    transcript.toString());
            JettySocket service = stub.connections().get(0);
            assertEquals(1000, service.closed().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS));
            assertEquals("stub-service-key", service.headers().get("api-key"));
            assertEquals(
                    new CloseStatus(1000, "bye"),
                    phone.closed().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS));
        }
    }
}
