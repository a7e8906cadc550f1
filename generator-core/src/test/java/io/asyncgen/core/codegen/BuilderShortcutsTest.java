package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncgen.core.testing.LoadedCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: what the builders and clients generated from {@code spec/azure-openai-realtime.yaml}
 * save their callers: bytes for base64 audio, one overload per union member, adders for lists,
 * JSON text for free-form objects, and send methods taking a message's few required members.
 */
class BuilderShortcutsTest {
    private static final String DRIVER = """
      package com.example.gen;

      import com.fasterxml.jackson.databind.node.JsonNodeFactory;
      import io.asyncgen.runtime.DecodeException;
      import io.asyncgen.runtime.Transport;
      import java.nio.ByteBuffer;
      import java.util.ArrayList;
      import java.util.List;
      import java.util.concurrent.CompletableFuture;
      import java.util.concurrent.CompletionStage;

      public final class Driver {
        private Driver() {}

        public static String appendBytes(byte[] audio) {
          return ClientEventCodec.encode(InputAudioBufferAppendEvent.builder().audio(audio).build());
        }

        public static byte[] deltaBytes(String json) throws DecodeException {
          return ((ResponseOutputAudioDeltaEvent) ServerEventCodec.decode(json)).deltaBytes();
        }

        public static String response() {
          FunctionTool weather = FunctionTool.builder().name("get_weather")
              .parametersJson("{\\"type\\":\\"object\\",\\"properties\\":{\\"city\\":{\\"type\\":\\"string\\"}}}").build();
          FunctionTool time = FunctionTool.builder().name("get_time")
              .parameters(JsonNodeFactory.instance.objectNode().put("type", "object")).build();
          return ClientEventCodec.encode(ResponseCreateEvent.builder().response(ResponseCreateParams.builder()
              .maxOutputTokensInf().toolChoice(ToolChoiceMode.AUTO).addTool(weather).addTool(time)
              .addOutputModality(Modality.TEXT).build()).build());
        }

        public static String limits() {
          return ClientEventCodec.encode(ResponseCreateEvent.builder().response(ResponseCreateParams.builder()
              .maxOutputTokens(4096).build()).build());
        }

        public static String truncate() {
          return ClientEventCodec.encode(ConversationItemTruncateEvent.builder().itemId("item_1").contentIndex(0)
              .audioEndMs(1500).build());
        }

        public static String notJson() {
          return FunctionTool.builder().parametersJson("[1, 2]").build().toString();
        }

        /** What a client sends through its send shortcuts, as text frames. */
        public static List<String> sent() {
          List<String> sent = new ArrayList<>();
          AzureOpenAiRealtimeClient client = AzureOpenAiRealtimeClient.builder().build();
          client.listener().onOpen(new Transport() {
            @Override public CompletionStage<Void> sendText(String text) {
              sent.add(text);
              return CompletableFuture.completedFuture(null);
            }
            @Override public CompletionStage<Void> sendBinary(ByteBuffer data) {
              return CompletableFuture.completedFuture(null);
            }
            @Override public CompletionStage<Void> close(int code, String reason) {
              return CompletableFuture.completedFuture(null);
            }
          });
          client.sendInputAudioBufferAppend(new byte[] {0, 1, 2, (byte) 0xff});
          client.sendResponseCreate();
          client.sendConversationItemTruncate("item_1", 0, 1500);
          return sent;
        }
      }
      """;

    private static final LoadedCode CODE =
            LoadedCode.generate(Path.of("../spec/azure-openai-realtime.yaml"), Map.of("Driver", DRIVER));

    @Test
    void base64AudioIsSetAndReadAsBytes() {
        assertEquals(
                "{\"type\":\"input_audio_buffer.append\",\"audio\":\"AAEC/w==\"}",
                CODE.call("Driver", "appendBytes", (Object) new byte[] {0, 1, 2, (byte) 0xff}));
        assertArrayEquals(new byte[] {0, 1, 2, (byte) 0xff}, (byte[]) CODE.call("Driver", "deltaBytes", """
        {"type":"response.output_audio.delta","event_id":"e1","response_id":"r1","item_id":"i1","output_index":0,
         "content_index":0,"delta":"AAEC/w=="}"""));
    }

    @Test
    void unionMembersListItemsAndFreeFormObjectsHaveShortcuts() {
        assertEquals(
                "{\"type\":\"response.create\",\"response\":{\"output_modalities\":[\"text\"],\"tools\":["
                        + "{\"type\":\"function\",\"name\":\"get_weather\",\"parameters\":{\"type\":\"object\",\"properties\":"
                        + "{\"city\":{\"type\":\"string\"}}}},{\"type\":\"function\",\"name\":\"get_time\",\"parameters\":"
                        + "{\"type\":\"object\"}}],\"tool_choice\":\"auto\",\"max_output_tokens\":\"inf\"}}",
                CODE.call("Driver", "response"));
        assertEquals(
                "{\"type\":\"response.create\",\"response\":{\"max_output_tokens\":4096}}",
                CODE.call("Driver", "limits"));
    }

    @Test
    void numbersTakeLiterals() {
        assertEquals(
                "{\"type\":\"conversation.item.truncate\",\"item_id\":\"item_1\",\"content_index\":0,"
                        + "\"audio_end_ms\":1500}",
                CODE.call("Driver", "truncate"));
    }

    @Test
    void jsonTextThatIsNotAnObjectIsRefusedNamingTheMember() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> CODE.call("Driver", "notJson"));
        assertEquals("parameters: expected a JSON object but got ARRAY", refused.getMessage());
    }

    @Test
    void sendShortcutsTakeTheRequiredMembers() {
        assertEquals(
                List.of(
                        "{\"type\":\"input_audio_buffer.append\",\"audio\":\"AAEC/w==\"}",
                        "{\"type\":\"response.create\"}",
                        "{\"type\":\"conversation.item.truncate\",\"item_id\":\"item_1\",\"content_index\":0,\"audio_end_ms\":1500}"),
                CODE.call("Driver", "sent"));
    }
}
