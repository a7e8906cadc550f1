package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.asyncgen.core.testing.KeptMembers;
import io.asyncgen.core.testing.LoadedCode;
import io.asyncgen.runtime.internal.JsonText;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 4: the rules that let code generated today talk to a server released tomorrow, one test per
 * rule, run on the code generated from {@code spec/azure-openai-realtime.yaml}. What needs the
 * generated API by name (builders, typed accessors) is written as a small driver compiled with it.
 */
class ForwardCompatibilityTest {
    private static final String DRIVER = """
      package com.example.gen;

      import io.asyncgen.runtime.DecodeException;
      import java.util.List;

      public final class Driver {
        private Driver() {}

        public static String responseStatus(String json) throws DecodeException {
          RealtimeResponseStatus status = ((ResponseDoneEvent) ServerEventCodec.decode(json)).response().status();
          return status.value() + (status.known().isPresent() ? " (known)" : " (unknown)");
        }

        public static String sessionUpdate(boolean setTurnDetectionToNull) {
          SessionAudioInput.Builder input = SessionAudioInput.builder();
          if (setTurnDetectionToNull) {
            input.turnDetection(null);
          }
          return ClientEventCodec.encode(SessionUpdateEvent.builder()
              .session(RealtimeSession.builder().audio(SessionAudio.builder().input(input.build()).build()).build())
              .build());
        }

        public static String createMessageWithoutRole() {
          return ClientEventCodec.encode(ConversationItemCreateEvent.builder()
              .item(MessageItem.builder().content(List.of(InputTextContent.builder().text("hi").build())).build())
              .build());
        }

        public static Long expiresAt(String json) throws DecodeException {
          return ((RealtimeSession) ((SessionUpdatedEvent) ServerEventCodec.decode(json)).session()).expiresAt();
        }
      }
      """;

    private final LoadedCode code =
            LoadedCode.generate(Path.of("../spec/azure-openai-realtime.yaml"), Map.of("Driver", DRIVER));

    @Test
    void unknownEventTypeDecodesToUnknownAndReencodesEqual() {
        String json = """
        {"type":"response.backchannel.started","event_id":"evt_1","backchannel_id":"bc_1","extra":{"a":[1,null]}}""";
        Object event = decode(json);
        assertEquals("Unknown", event.getClass().getSimpleName());
        assertEquals("response.backchannel.started", LoadedCode.invoke(event, "type"));
        assertEquals(tree(json), tree(encode(event)));
    }

    @Test
    void unknownMembersAreKeptAtEveryDepth() {
        assertKeptAndReencoded("""
        {"type":"input_audio_buffer.speech_started","event_id":"e1","audio_start_ms":120,"item_id":"i1",
         "future_top":{"x":1}}""", ".future_top: undeclared");
        assertKeptAndReencoded("""
        {"type":"session.updated","event_id":"e2","session":{"type":"realtime","model":"gpt-realtime",
         "future_knob":{"level":2,"list":[1,2]}}}""", ".session.future_knob: undeclared");
        assertKeptAndReencoded("""
        {"type":"conversation.item.added","event_id":"e3","previous_item_id":null,
         "item":{"id":"i1","type":"message","role":"user",
                 "content":[{"type":"input_text","text":"hi","future_flag":true}]}}""", ".item.content[].future_flag: undeclared");
    }

    @Test
    void unknownEnumValueDecodesAndReencodesUnchanged() {
        String json = """
        {"type":"response.done","event_id":"e1",
         "response":{"object":"realtime.response","id":"r1","status":"paused_for_thought","output":[]}}""";
        assertEquals("paused_for_thought (unknown)", code.call("Driver", "responseStatus", json));
        assertEquals(tree(json), tree(encode(decode(json))));
    }

    @Test
    void explicitNullIsWrittenAndAbsentIsNot() {
        String cleared = (String) code.call("Driver", "sessionUpdate", true);
        assertTrue(cleared.contains("\"turn_detection\":null"), cleared);
        assertEquals(tree("""
        {"type":"session.update","session":{"type":"realtime","audio":{"input":{"turn_detection":null}}}}"""), tree(cleared));
        String neverSet = (String) code.call("Driver", "sessionUpdate", false);
        assertEquals(tree("""
        {"type":"session.update","session":{"type":"realtime","audio":{"input":{}}}}"""), tree(neverSet));
    }

    @Test
    void missingRequiredMemberDecodesAndValidateNamesItsPath() {
        String json = """
        {"type":"conversation.item.added","event_id":"e1",
         "item":{"id":"i1","type":"message","content":[{"type":"input_text","text":"hi"}]}}""";
        Object event = decode(json);
        assertEquals("ConversationItemAddedEvent", event.getClass().getSimpleName());
        assertEquals(List.of("item.role is required"), LoadedCode.invoke(event, "validate"));
    }

    @Test
    void encodingAnOutboundEventWithoutARequiredMemberNamesItsPath() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> code.call("Driver", "createMessageWithoutRole"));
        assertTrue(e.getMessage().contains("item.role is required"), e.getMessage());
    }

    @Test
    void malformedJsonIsADecodeExceptionWithLineAndColumn() {
        String json = "{\"type\": \"session.updated\",\n  \"session\": {\"model\": }\n}";
        Exception e = assertThrows(Exception.class, () -> decode(json));
        assertEquals("DecodeException", e.getClass().getSimpleName());
        assertEquals(2, LoadedCode.invoke(e, "line"));
        assertEquals(24, LoadedCode.invoke(e, "column"));
        assertTrue(e.getMessage().contains("(line 2, column 24)"), e.getMessage());
    }

    @Test
    void valueOfTheWrongTypeIsKeptAndReencodedUnchanged() {
        String json = """
        {"type":"session.updated","event_id":"e1","session":{"type":"realtime","expires_at":"tomorrow"}}""";
        assertNull(code.call("Driver", "expiresAt", json));
        assertEquals(
                Set.of(".session.expires_at: declared integer, but string \"tomorrow\" does not fit"),
                KeptMembers.of(code.api(), decode(json), ""));
        assertEquals(tree(json), tree(encode(decode(json))));

        // A required member of the wrong type is kept too; validate() says so, so encode would refuse it.
        String required = """
        {"type":"input_audio_buffer.speech_started","event_id":"e2","audio_start_ms":"120","item_id":"i1"}""";
        Object event = decode(required);
        assertEquals(List.of("audio_start_ms: unexpected value \"120\""), LoadedCode.invoke(event, "validate"));
        assertEquals(tree(required), tree(LoadedCode.invoke(event, "toJson").toString()));
    }

    // ---------------------------------------------------------------------------------------------

    private void assertKeptAndReencoded(String json, String... kept) {
        Object event = decode(json);
        assertEquals(Set.of(kept), KeptMembers.of(code.api(), event, ""), json);
        assertEquals(tree(json), tree(encode(event)));
    }

    private Object decode(String json) {
        return code.call("ServerEventCodec", "decode", json);
    }

    private String encode(Object event) {
        return (String) code.call("ServerEventCodec", "encode", event);
    }

    /** The JSON with numbers as written, so {@code 60} and {@code 60.0} differ. */
    private static JsonNode tree(String json) {
        try {
            return JsonText.parse(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
