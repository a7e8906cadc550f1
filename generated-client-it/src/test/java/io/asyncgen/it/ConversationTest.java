package io.asyncgen.it;

import static io.asyncgen.it.GaConnection.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.asyncgen.it.azure.ClientEvent;
import io.asyncgen.it.azure.ConversationItemCreateEvent;
import io.asyncgen.it.azure.ConversationItemDoneEvent;
import io.asyncgen.it.azure.ConversationItemTruncateEvent;
import io.asyncgen.it.azure.ErrorEvent;
import io.asyncgen.it.azure.FunctionCallOutputItem;
import io.asyncgen.it.azure.FunctionTool;
import io.asyncgen.it.azure.InputAudioBufferCommitEvent;
import io.asyncgen.it.azure.InputTextContent;
import io.asyncgen.it.azure.MessageItem;
import io.asyncgen.it.azure.MessageItemRole;
import io.asyncgen.it.azure.MessageItemStatus;
import io.asyncgen.it.azure.Modality;
import io.asyncgen.it.azure.RealtimeResponseStatus;
import io.asyncgen.it.azure.RealtimeSession;
import io.asyncgen.it.azure.ResponseCancelEvent;
import io.asyncgen.it.azure.ResponseCreateEvent;
import io.asyncgen.it.azure.ResponseDoneEvent;
import io.asyncgen.it.azure.ResponseFunctionCallArgumentsDeltaEvent;
import io.asyncgen.it.azure.ResponseFunctionCallArgumentsDoneEvent;
import io.asyncgen.it.azure.ResponseOutputItemDoneEvent;
import io.asyncgen.it.azure.ResponseOutputTextDeltaEvent;
import io.asyncgen.it.azure.ResponseOutputTextDoneEvent;
import io.asyncgen.it.azure.ResponseStatusDetailsReason;
import io.asyncgen.it.azure.ServerEvent;
import io.asyncgen.it.azure.ServerEventHandler;
import io.asyncgen.it.azure.SessionCreatedEvent;
import io.asyncgen.it.azure.SessionUpdateEvent;
import io.asyncgen.it.azure.SessionUpdatedEvent;
import io.asyncgen.it.stub.Scenarios;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generated GA client against the stub server: the conversations a voice agent has. */
class ConversationTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final StubServerExtension stub = StubServerExtension.replaying(Path.of("."));

    @Test
    void textInTextOut() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (GaConnection c = GaConnection.open(stub.server(), Scenarios.ASSISTANT, null)) {
                c.log.await(SessionCreatedEvent.class, WAIT);
                c.client.sendSessionUpdate(SessionUpdateEvent.builder()
                        .eventId("evt_update")
                        .session(textSession().build())
                        .build());
                RealtimeSession updated = (RealtimeSession)
                        c.log.await(SessionUpdatedEvent.class, WAIT).session();
                assertEquals("Answer in one sentence.", updated.instructions());
                assertEquals(List.of(Modality.TEXT), updated.outputModalities());

                c.client.sendConversationItemCreate(userText("Hello! Who are you?"));
                c.log.await(ConversationItemDoneEvent.class, WAIT);
                c.client.sendResponseCreate(ResponseCreateEvent.builder().build());
                ResponseDoneEvent done = c.log.await(ResponseDoneEvent.class, WAIT);

                assertEquals(
                        List.of(
                                "session.created",
                                "session.updated",
                                "conversation.item.added",
                                "conversation.item.done",
                                "response.created",
                                "response.output_item.added",
                                "conversation.item.added",
                                "response.content_part.added",
                                "response.output_text.delta*",
                                "response.output_text.done",
                                "response.content_part.done",
                                "response.output_item.done",
                                "conversation.item.done",
                                "response.done"),
                        Wire.collapseDeltas(c.log.types()));
                String streamed = c.log.all(ResponseOutputTextDeltaEvent.class).stream()
                        .map(ResponseOutputTextDeltaEvent::delta)
                        .collect(Collectors.joining());
                assertEquals(c.log.all(ResponseOutputTextDoneEvent.class).get(0).text(), streamed);
                assertTrue(streamed.startsWith("Hello! I am the asyncgen stub server"), streamed);
                assertEquals(RealtimeResponseStatus.COMPLETED, done.response().status());

                // what the generated encoder put on the wire, as the server received it
                JsonNode update = Wire.parse(c.server.received().get(0));
                assertEquals("session.update", update.get("type").asText());
                assertEquals("evt_update", update.get("event_id").asText());
                assertEquals("realtime", update.at("/session/type").asText());
                JsonNode item = Wire.parse(c.server.received().get(1)).get("item");
                assertEquals("message", item.get("type").asText());
                assertEquals("input_text", item.at("/content/0/type").asText());
                assertEquals("test-api-key", c.server.headers().get("api-key"));
                assertEquals("gpt-realtime", c.server.query().get("model"));
            }
        });
    }

    @Test
    void functionCallRoundTripFromInsideTheHandler() {
        assertTimeoutPreemptively(LIMIT, () -> {
            String output = "{\"city\":\"Paris\",\"temperature_c\":21,\"conditions\":\"sunny\"}";
            GaConnection[] self = new GaConnection[1];
            ServerEventHandler agent = new ServerEventHandler() {
                @Override
                public void onResponseFunctionCallArgumentsDone(ResponseFunctionCallArgumentsDoneEvent event) {
                    // answer the call on the transport's thread, as a voice agent does
                    self[0].client.sendConversationItemCreate(ConversationItemCreateEvent.builder()
                            .item(FunctionCallOutputItem.builder()
                                    .callId(event.callId())
                                    .output(output)
                                    .build())
                            .build());
                    self[0].client.sendResponseCreate(
                            ResponseCreateEvent.builder().build());
                }
            };
            try (GaConnection c = GaConnection.open(stub.server(), Scenarios.ASSISTANT, agent)) {
                self[0] = c;
                c.log.await(SessionCreatedEvent.class, WAIT);
                c.client.sendSessionUpdate(SessionUpdateEvent.builder()
                        .session(textSession().tools(List.of(weatherTool())).build())
                        .build());
                c.log.await(SessionUpdatedEvent.class, WAIT);
                c.client.sendConversationItemCreate(userText("What's the weather in Paris?"));
                c.client.sendResponseCreate(ResponseCreateEvent.builder().build());

                ResponseFunctionCallArgumentsDoneEvent call =
                        c.log.await(ResponseFunctionCallArgumentsDoneEvent.class, WAIT);
                assertEquals("get_weather", call.name());
                assertEquals("{\"city\":\"Paris\"}", call.arguments());
                List<ResponseFunctionCallArgumentsDeltaEvent> deltas =
                        c.log.all(ResponseFunctionCallArgumentsDeltaEvent.class);
                assertTrue(deltas.size() > 1);
                assertEquals(
                        call.arguments(),
                        deltas.stream()
                                .map(ResponseFunctionCallArgumentsDeltaEvent::delta)
                                .collect(Collectors.joining()));

                c.log.await(ResponseDoneEvent.class, 2, WAIT);
                assertEquals(
                        "In Paris it is 21 °C and sunny.",
                        c.log.all(ResponseOutputTextDoneEvent.class).get(0).text());
                JsonNode sent = Wire.ofType(c.server.received(), "conversation.item.create")
                        .get(1)
                        .get("item");
                assertEquals("function_call_output", sent.get("type").asText());
                assertEquals(call.callId(), sent.get("call_id").asText());
                assertEquals(output, sent.get("output").asText());
            }
        });
    }

    @Test
    void responseCancelStopsTheStreamingResponse() {
        assertTimeoutPreemptively(LIMIT, () -> {
            GaConnection[] self = new GaConnection[1];
            ServerEventHandler impatient = new ServerEventHandler() {
                @Override
                public void onResponseOutputTextDelta(ResponseOutputTextDeltaEvent event) {
                    if (self[0].log.all(ResponseOutputTextDeltaEvent.class).size() == 3) {
                        self[0].client.sendResponseCancel(ResponseCancelEvent.builder()
                                .responseId(event.responseId())
                                .build());
                    }
                }
            };
            try (GaConnection c =
                    GaConnection.open(stub.server(), Scenarios.ASSISTANT, impatient, "delta_delay_ms", "20")) {
                self[0] = c;
                c.log.await(SessionCreatedEvent.class, WAIT);
                c.client.sendSessionUpdate(SessionUpdateEvent.builder()
                        .session(textSession().build())
                        .build());
                c.log.await(SessionUpdatedEvent.class, WAIT);
                c.client.sendConversationItemCreate(userText("word ".repeat(200).trim()));
                c.client.sendResponseCreate(ResponseCreateEvent.builder().build());

                ResponseDoneEvent done = c.log.await(ResponseDoneEvent.class, WAIT);
                assertEquals(RealtimeResponseStatus.CANCELLED, done.response().status());
                assertEquals(
                        ResponseStatusDetailsReason.CLIENT_CANCELLED,
                        done.response().statusDetails().reason());
                int streamed = c.log.all(ResponseOutputTextDeltaEvent.class).size();
                assertTrue(
                        streamed >= 3 && streamed < 100,
                        "the response stopped early, after " + streamed + " of 202 deltas");
                MessageItem partial = (MessageItem)
                        c.log.await(ResponseOutputItemDoneEvent.class, WAIT).item();
                assertEquals(MessageItemStatus.INCOMPLETE, partial.status());

                c.client.sendResponseCancel(ResponseCancelEvent.builder()
                        .eventId("evt_cancel_again")
                        .build());
                ErrorEvent error = c.log.await(ErrorEvent.class, WAIT);
                assertEquals("response_cancel_not_active", error.error().code());
                assertEquals("evt_cancel_again", error.error().eventId());
            }
        });
    }

    @Test
    void errorEventsArriveTyped() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (GaConnection c = GaConnection.open(stub.server(), Scenarios.ASSISTANT, null)) {
                c.log.await(SessionCreatedEvent.class, WAIT);
                c.client.sendConversationItemTruncate(ConversationItemTruncateEvent.builder()
                        .eventId("evt_truncate")
                        .itemId("item_missing")
                        .contentIndex(0L)
                        .audioEndMs(10L)
                        .build());
                ErrorEvent missing = c.log.await(ErrorEvent.class, WAIT);
                assertEquals("invalid_request_error", missing.error().type());
                assertEquals("item_truncate_invalid_item_id", missing.error().code());
                assertEquals("item_id", missing.error().param());
                assertEquals("evt_truncate", missing.error().eventId());

                c.client.sendInputAudioBufferCommit(
                        InputAudioBufferCommitEvent.builder().build());
                assertEquals(
                        "input_audio_buffer_commit_empty",
                        c.log.await(ErrorEvent.class, 2, WAIT).error().code());

                // a client event the generated code does not know goes out unchanged as ClientEvent.Unknown
                c.client.send(new ClientEvent.Unknown(
                        Wire.parse("{\"type\":\"session.brand_new\",\"event_id\":\"evt_new\",\"x\":[1,2]}")));
                ErrorEvent unknown = c.log.await(ErrorEvent.class, 3, WAIT);
                assertEquals("type", unknown.error().param());
                assertEquals("evt_new", unknown.error().eventId());
                assertEquals(
                        Wire.parse("{\"type\":\"session.brand_new\",\"event_id\":\"evt_new\",\"x\":[1,2]}"),
                        Wire.parse(c.server.received().get(2)));
            }
        });
    }

    @Test
    void anEventTheClientDoesNotKnowReachesOnUnknownWhole() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (GaConnection c = GaConnection.open(stub.server(), Scenarios.UNKNOWN_EVENT, null)) {
                c.log.await(SessionCreatedEvent.class, WAIT);
                c.client.sendSessionUpdate(SessionUpdateEvent.builder()
                        .session(textSession().build())
                        .build());
                c.client.sendConversationItemCreate(userText("Hello!"));
                c.client.sendResponseCreate(ResponseCreateEvent.builder().build());
                c.log.await(ResponseDoneEvent.class, WAIT);

                List<Dispatched.Call> calls = c.log.calls();
                int unknown =
                        calls.stream().map(Dispatched.Call::method).toList().indexOf("onUnknown");
                assertEquals(
                        "onResponseOutputTextDelta",
                        calls.get(unknown - 1).method(),
                        "in wire order: right after the first delta");
                assertEquals("onResponseOutputTextDelta", calls.get(unknown + 1).method());
                ServerEvent.Unknown event =
                        (ServerEvent.Unknown) calls.get(unknown).event();
                assertEquals(Scenarios.UNKNOWN_EVENT_TYPE, event.type());
                assertEquals(
                        "https://example.com/",
                        event.json().at("/annotation/url").asText());
                assertEquals(
                        ((ResponseOutputTextDeltaEvent) calls.get(unknown - 1).event()).itemId(),
                        event.json().get("item_id").asText());
                String text = c.log.all(ResponseOutputTextDeltaEvent.class).stream()
                        .map(ResponseOutputTextDeltaEvent::delta)
                        .collect(Collectors.joining());
                assertEquals(
                        c.log.all(ResponseOutputTextDoneEvent.class).get(0).text(), text, "no delta lost around it");
            }
        });
    }

    static RealtimeSession.Builder textSession() {
        return RealtimeSession.builder()
                .instructions("Answer in one sentence.")
                .outputModalities(List.of(Modality.TEXT));
    }

    static ConversationItemCreateEvent userText(String text) {
        return ConversationItemCreateEvent.builder()
                .item(MessageItem.builder()
                        .role(MessageItemRole.USER)
                        .content(List.of(InputTextContent.builder().text(text).build()))
                        .build())
                .build();
    }

    static FunctionTool weatherTool() {
        JsonNode schema = Wire.parse(
                "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}");
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        schema.properties().forEach(member -> parameters.put(member.getKey(), member.getValue()));
        return FunctionTool.builder()
                .name("get_weather")
                .description("Current weather in a city.")
                .parameters(parameters)
                .build();
    }
}
