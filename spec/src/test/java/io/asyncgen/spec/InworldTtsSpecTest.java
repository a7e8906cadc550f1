package io.asyncgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The TTS stream of {@code inworld-realtime.yaml}: its messages carry no {@code type}, so each is
 * told apart by the one key it requires, and our samples match exactly one message each.
 */
class InworldTtsSpecTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SPEC = Path.of("inworld-realtime.yaml");
    private static final Path SAMPLES = Path.of("src/test/resources/inworld");
    private static final String TTS = "/tts/v1/voice:streamBidirectional";

    private static PayloadValidator validator;
    private static JsonNode doc;

    @BeforeAll
    static void load() throws IOException {
        validator = PayloadValidator.forDocument(SPEC);
        doc = new ObjectMapper(new YAMLFactory()).readTree(SPEC.toFile());
    }

    @Test
    void ttsMessagesAreTellApartByTheirOneRequiredKey() {
        JsonNode channel = doc.path("channels").path(TTS);
        assertEquals(
                List.of("create", "send_text", "flush_context", "close_context"),
                distinguishingKeys(channel.at("/publish/message/oneOf"), ""));
        assertEquals(
                List.of("contextCreated", "audioChunk", "flushCompleted", "contextClosed"),
                distinguishingKeys(channel.at("/subscribe/message/oneOf"), "result"));
        assertTrue(validator.eventTypes().stream().noneMatch(t -> t.startsWith("tts")), "TTS messages carry no type");
    }

    @Test
    void ttsSamplesMatchExactlyOneMessageOfTheirDirection() throws IOException {
        Map<String, Map<String, String>> samplesByDirection = Map.of(
                "publish",
                        Map.of(
                                "create.json",
                                "TtsCreate",
                                "send_text.json",
                                "TtsSendText",
                                "flush_context.json",
                                "TtsFlushContext",
                                "close_context.json",
                                "TtsCloseContext"),
                "subscribe",
                        Map.of(
                                "context_created.json",
                                "TtsContextCreated",
                                "audio_chunk.json",
                                "TtsAudioChunk",
                                "flush_completed.json",
                                "TtsFlushCompleted",
                                "context_closed.json",
                                "TtsContextClosed"));
        JsonNode channel = doc.path("channels").path(TTS);
        for (Map.Entry<String, Map<String, String>> direction : samplesByDirection.entrySet()) {
            for (Map.Entry<String, String> sample : direction.getValue().entrySet()) {
                JsonNode event = JSON.readTree(
                        SAMPLES.resolve("tts").resolve(sample.getKey()).toFile());
                List<String> matching = new ArrayList<>();
                for (JsonNode ref : channel.path(direction.getKey()).at("/message/oneOf")) {
                    String key = ref.path("$ref").asText().substring("#/components/messages/".length());
                    if (payloadSchema(doc.at("/components/messages/" + key + "/payload/$ref")
                                    .asText())
                            .validate(event)
                            .isEmpty()) {
                        matching.add(key);
                    }
                }
                assertEquals(List.of(sample.getValue()), matching, sample.getKey());
            }
        }
    }

    private static final Map<String, JsonSchema> PAYLOAD_SCHEMAS = new HashMap<>();

    /**
     * The TTS stream has no {@code type} to index by, so PayloadValidator cannot reach it; validate
     * against one payload directly, with the document as the root so its refs resolve.
     */
    private static JsonSchema payloadSchema(String payloadRef) {
        return PAYLOAD_SCHEMAS.computeIfAbsent(payloadRef, ref -> {
            ObjectNode root = ((ObjectNode) doc).deepCopy();
            root.put("$ref", ref);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .formatAssertionsEnabled(false)
                    .build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(root, config);
        });
    }

    /** For each message, the one key its payload (or its payload's {@code wrapper} object) requires. */
    private static List<String> distinguishingKeys(JsonNode members, String wrapper) {
        List<String> keys = new ArrayList<>();
        for (JsonNode ref : members) {
            JsonNode payload = doc.at(doc.at(ref.path("$ref").asText().substring(1) + "/payload/$ref")
                    .asText()
                    .substring(1));
            assertFalse(payload.path("properties").has("type"), "shape-based, no type");
            if (!wrapper.isEmpty()) {
                assertEquals("[\"" + wrapper + "\"]", payload.path("required").toString());
                payload = doc.at(
                        payload.at("/properties/" + wrapper + "/$ref").asText().substring(1));
            }
            assertEquals(1, payload.path("required").size(), payload.toString());
            keys.add(payload.path("required").get(0).asText());
        }
        assertEquals(keys.size(), new LinkedHashSet<>(keys).size(), "keys are distinct");
        return keys;
    }
}
