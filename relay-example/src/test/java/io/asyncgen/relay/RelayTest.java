package io.asyncgen.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BinaryNode;
import io.asyncgen.relay.azure.generated.ClientEvent;
import io.asyncgen.relay.azure.generated.ErrorEvent;
import io.asyncgen.relay.azure.generated.InputAudioBufferClearEvent;
import io.asyncgen.relay.azure.generated.RealtimeError;
import io.asyncgen.relay.azure.generated.ResponseCreateEvent;
import io.asyncgen.relay.azure.generated.ServerEvent;
import io.asyncgen.relay.azure.generated.SessionUpdateEvent;
import io.asyncgen.runtime.Frame;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Frames cross the relay exactly as sent, both ways and in order, unless a hook changes or drops an event. */
class RelayTest {
    /** Known events with numbers written in unusual ways, events that break the schema, unknown ones, text that is not JSON. */
    static final List<String> CLIENT_TEXTS = List.of(
            "{\"type\":\"session.update\",\"event_id\":\"e1\",\"session\":{\"type\":\"realtime\",\"instructions\":\"Hi\","
                    + "\"audio\":{\"output\":{\"speed\":1.10}},\"max_output_tokens\":12345678901234567890}}",
            "{ \"type\" : \"response.create\" ,\n \"event_id\" : \"spaced\" }",
            "{\"type\":\"conversation.item.truncate\"}",
            "{\"type\":\"relay.test.unknown\",\"n\":1.50,\"e\":1e3,\"neg\":-0.0,\"nested\":{\"x\":[1,2.0,3E2]}}",
            "{\"type\":\"conversation.item.create\",\"item\":{\"type\":\"message\",\"role\":\"user\",\"content\":"
                    + "[{\"type\":\"input_text\",\"text\":\"caf\\u00e9 \\ud83d\\ude00\"}]}}",
            "{oops");

    static final List<String> SERVER_TEXTS = List.of(
            "{\"type\":\"session.created\",\"event_id\":\"s1\",\"session\":{\"type\":\"realtime\",\"audio\":{\"output\":{\"speed\":1.0}}}}",
            "{\"type\":\"response.output_text.annotation.added\",\"annotation\":{\"n\":0.10}}",
            "{\"type\":\"error\"}",
            "{\"type\":\"response.output_text.delta\",\"delta\":\"cut off");
    static final byte[] AUDIO = {0, 1, 2, (byte) 255, 127, -128};

    private final ObjectMapper json = new ObjectMapper();
    private ScriptedUpstream upstream;
    private Relay<ClientEvent, ServerEvent> relay;
    private final Relays.Heard heard = new Relays.Heard();

    @BeforeEach
    void startUpstream() throws Exception {
        upstream = new ScriptedUpstream();
    }

    @AfterEach
    void stop() throws Exception {
        if (relay != null) {
            relay.close();
        }
        upstream.close();
    }

    @Test
    void everyFrameCrossesBothWaysExactlyAsSentAndInOrder() throws Exception {
        relay = Relays.to(upstream, heard).start();
        RawClient client = Relays.client(relay);
        ScriptedUpstream.Connection service = upstream.next();

        client.sendText(CLIENT_TEXTS.toArray(String[]::new));
        client.sendBinary(AUDIO);
        List<Frame> sent = texts(CLIENT_TEXTS);
        sent.add(Frame.binary(ByteBuffer.wrap(AUDIO)));
        assertEquals(sent, service.received.await(sent.size()));

        service.sendText(SERVER_TEXTS.toArray(String[]::new));
        service.sendBinary(AUDIO);
        List<Frame> answered = texts(SERVER_TEXTS);
        answered.add(Frame.binary(ByteBuffer.wrap(AUDIO)));
        assertEquals(answered, client.received.await(answered.size()));

        assertEquals(
                List.of(
                        "not JSON CLIENT_TO_UPSTREAM: {oops",
                        "not JSON UPSTREAM_TO_CLIENT: {\"type\":\"response.output_text.delta\",\"delta\":\"cut off"),
                heard.lines());
    }

    @Test
    void binaryFramesReachHooksAsUnknownEventsAndPassUnchanged() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        relay = Relays.to(upstream, heard)
                .inspectClientEvents(
                        ClientEvent.Unknown.class,
                        (unknown, connection) -> seen.add("client " + describe(unknown.json())))
                .inspectServerEvents(
                        ServerEvent.Unknown.class,
                        (unknown, connection) -> seen.add("server " + describe(unknown.json())))
                .start();
        RawClient client = Relays.client(relay);
        ScriptedUpstream.Connection service = upstream.next();

        client.sendBinary(AUDIO);
        client.sendText(CLIENT_TEXTS.get(3));
        assertEquals(
                List.of(Frame.binary(ByteBuffer.wrap(AUDIO)), Frame.text(CLIENT_TEXTS.get(3))),
                service.received.await(2));
        service.sendBinary(new byte[70_000]);
        assertEquals(List.of(Frame.binary(ByteBuffer.wrap(new byte[70_000]))), client.received.await(1));

        assertEquals(List.of("client 6 bytes", "client relay.test.unknown", "server 70000 bytes"), seen);
    }

    @Test
    void aReplacingHookChangesThatEventOnlyAndOnlyWhatItChanged() throws Exception {
        relay = Relays.to(upstream, heard)
                .onClientEvent(
                        SessionUpdateEvent.class,
                        (update, connection) -> Verdict.replace(update.toBuilder()
                                .eventId("replaced-" + update.eventId())
                                .build()))
                .start();
        RawClient client = Relays.client(relay);
        ScriptedUpstream.Connection service = upstream.next();

        client.sendText(CLIENT_TEXTS.get(1), CLIENT_TEXTS.get(0), CLIENT_TEXTS.get(3));
        List<Frame> received = service.received.await(3);

        assertEquals(Frame.text(CLIENT_TEXTS.get(1)), received.get(0));
        assertEquals(Frame.text(CLIENT_TEXTS.get(3)), received.get(2));
        // the event id changed; speed 1.10 and the 20-digit token count keep their digits, the members their order
        assertEquals(
                Frame.text(
                        "{\"type\":\"session.update\",\"event_id\":\"replaced-e1\",\"session\":{\"type\":\"realtime\","
                                + "\"instructions\":\"Hi\",\"audio\":{\"output\":{\"speed\":1.10}},\"max_output_tokens\":12345678901234567890}}"),
                received.get(1));
    }

    @Test
    void hooksRunInOrderEachOnTheEventTheEarlierOnesLeft() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        relay = Relays.to(upstream, heard)
                .onClientEvent(ClientEvent.class, (event, connection) -> {
                    seen.add("first " + event.eventId());
                    return event instanceof ResponseCreateEvent create
                            ? Verdict.replace(create.toBuilder()
                                    .eventId("second-sees-this")
                                    .build())
                            : Verdict.forward();
                })
                .onClientEvent(ResponseCreateEvent.class, (create, connection) -> {
                    seen.add("second " + create.eventId());
                    return Verdict.forward();
                })
                .start();
        RawClient client = Relays.client(relay);
        ScriptedUpstream.Connection service = upstream.next();

        client.sendText("{\"type\":\"response.create\",\"event_id\":\"r1\"}");

        assertEquals(
                List.of(Frame.text("{\"type\":\"response.create\",\"event_id\":\"second-sees-this\"}")),
                service.received.await(1));
        assertEquals(List.of("first r1", "second second-sees-this"), seen);
    }

    @Test
    void aDroppingHookSendsNothingOnAndMayAnswerTheClientItself() throws Exception {
        relay = Relays.to(upstream, heard)
                .onClientEvent(ResponseCreateEvent.class, (create, connection) -> {
                    connection.sendToClient(ErrorEvent.builder()
                            .eventId("relay_1")
                            .error(RealtimeError.builder()
                                    .type("invalid_request_error")
                                    .code("budget_exceeded")
                                    .message("No more answers today.")
                                    .eventId(create.eventId())
                                    .build())
                            .build());
                    return Verdict.drop("over budget");
                })
                .start();
        RawClient client = Relays.client(relay);
        ScriptedUpstream.Connection service = upstream.next();

        client.sendText(
                "{\"type\":\"response.create\",\"event_id\":\"r1\"}", "{\"type\":\"input_audio_buffer.clear\"}");

        assertEquals(List.of(Frame.text("{\"type\":\"input_audio_buffer.clear\"}")), service.received.await(1));
        JsonNode answer = json.readTree(((Frame.Text) client.received.await(1).get(0)).text());
        assertEquals(
                json.readTree(
                        "{\"type\":\"error\",\"event_id\":\"relay_1\",\"error\":{\"type\":\"invalid_request_error\","
                                + "\"code\":\"budget_exceeded\",\"message\":\"No more answers today.\",\"event_id\":\"r1\"}}"),
                answer);
        assertEquals(List.of("dropped ResponseCreateEvent CLIENT_TO_UPSTREAM: over budget"), heard.lines());
    }

    @Test
    void aHookThatThrowsLeavesTheEventAsItWasAndIsReported() throws Exception {
        relay = Relays.to(upstream, heard)
                .onClientEvent(InputAudioBufferClearEvent.class, (clear, connection) -> {
                    throw new IllegalStateException("hook bug");
                })
                .start();
        RawClient client = Relays.client(relay);
        ScriptedUpstream.Connection service = upstream.next();

        client.sendText("{\"type\":\"input_audio_buffer.clear\",\"event_id\":\"c1\"}");

        assertEquals(
                List.of(Frame.text("{\"type\":\"input_audio_buffer.clear\",\"event_id\":\"c1\"}")),
                service.received.await(1));
        assertEquals(List.of("hook failed on InputAudioBufferClearEvent CLIENT_TO_UPSTREAM: hook bug"), heard.lines());
    }

    private static String describe(JsonNode unknown) {
        return unknown.isBinary()
                ? ((BinaryNode) unknown).binaryValue().length + " bytes"
                : unknown.path("type").asText();
    }

    private static List<Frame> texts(List<String> texts) {
        List<Frame> frames = new ArrayList<>();
        texts.forEach(text -> frames.add(Frame.text(text)));
        return frames;
    }
}
