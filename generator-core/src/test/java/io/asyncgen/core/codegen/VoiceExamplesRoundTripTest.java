package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.asyncgen.core.model.Message;
import io.asyncgen.core.testing.LoadedCode;
import io.asyncgen.core.testing.VoiceDocuments;
import io.asyncgen.runtime.Frame;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every message example the voice vendors' documents contain (a message's {@code examples}, and
 * the {@code examples} or {@code example} of its payload schema) decodes, with the code generated
 * from its document, to the class the message decodes to, and encodes back to the same JSON (a
 * binary example: to the same bytes). Channel-level {@code x-fern-examples} (AssemblyAI's, for
 * Fern's SDK generator) are not AsyncAPI examples: they leave out the {@code message_type} the
 * wire carries.
 */
class VoiceExamplesRoundTripTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    /** One example: where it is written, the message's component key, and the example itself. */
    record Example(String where, String messageKey, JsonNode value) {}

    @Test
    void everyMessageExampleOfTheVoiceDocumentsDecodesToItsMessageAndEncodesToTheSameJson() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (VoiceDocuments.Document document : VoiceDocuments.ALL) {
            List<Example> examples = examples(YAML.readTree(document.path().toFile()));
            counts.put(document.file(), examples.size());
            if (examples.isEmpty()) {
                continue;
            }
            LoadedCode code = LoadedCode.generate(document.path(), document.options(), Map.of());
            GeneratedTypes types = GeneratedTypes.of(code.api(), GeneratedRole.BOTH, Map.of());
            for (Example example : examples) {
                try {
                    roundTrip(code, types, example);
                } catch (AssertionError | RuntimeException e) {
                    failures.add(document.file() + " " + example.where() + ": " + e.getMessage());
                }
            }
        }
        System.out.println("voice document examples: " + counts);
        assertEquals(List.of(), failures);
        assertEquals(
                Map.of(
                        "deepgram-asyncapi-2.6.yml",
                        0,
                        "assemblyai-streaming-asyncapi-2.6.yml",
                        9,
                        "assemblyai-usm-streaming-asyncapi-3.0.yml",
                        2,
                        "speechmatics-realtime-asyncapi-3.0.yml",
                        2,
                        "speechmatics-flow-asyncapi-3.0.yml",
                        0),
                counts);
    }

    private static void roundTrip(LoadedCode code, GeneratedTypes types, Example example) throws Exception {
        Target target = target(types, example.messageKey());
        if (target.message().isBinary()) {
            byte[] bytes = example.value().asText().getBytes(StandardCharsets.UTF_8);
            Object decoded = code.call(target.codec(), "decode", ByteBuffer.wrap(bytes));
            assertEquals(target.javaClass(), className(decoded), "decoded class");
            Frame.Binary frame = (Frame.Binary) code.call(target.codec(), "encodeFrame", decoded);
            ByteBuffer data = frame.data().duplicate();
            byte[] encoded = new byte[data.remaining()];
            data.get(encoded);
            assertEquals(
                    new String(bytes, StandardCharsets.ISO_8859_1), new String(encoded, StandardCharsets.ISO_8859_1));
            return;
        }
        String json = example.value().toString();
        Object decoded = code.call(target.codec(), "decode", json);
        assertEquals(target.javaClass(), className(decoded), "decoded class of " + json);
        RoundTripTest.assertSameJson(json, (String) code.call(target.codec(), "encode", decoded));
    }

    /** The codec of the union a message travels in, and the class it decodes to. */
    private record Target(Message message, String codec, String javaClass) {}

    private static Target target(GeneratedTypes types, String messageKey) {
        String pointer = "/components/messages/" + messageKey.replace("~", "~0").replace("/", "~1");
        for (GeneratedTypes.ConnectionTypes connection : types.connections()) {
            for (GeneratedTypes.UnionTypes union : connection.unions()) {
                for (GeneratedTypes.MessageClass message : union.messages()) {
                    if (message.message().source().pointer().equals(pointer)) {
                        return new Target(message.message(), union.codec(), message.javaClass());
                    }
                }
            }
        }
        throw new AssertionError("message " + messageKey + " is in no union");
    }

    /** {@code Turn}, or {@code Union.ValueRecord} for a nested value record. */
    private static String className(Object value) {
        Class<?> type = value.getClass();
        return type.getEnclosingClass() == null
                ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
    }

    /** The examples of every message under {@code components/messages}, in document order. */
    private static List<Example> examples(JsonNode root) {
        List<Example> examples = new ArrayList<>();
        root.path("components").path("messages").fields().forEachRemaining(entry -> {
            String key = entry.getKey();
            String at = "#/components/messages/" + key;
            JsonNode message = entry.getValue();
            JsonNode written = message.path("examples");
            for (int i = 0; i < written.size(); i++) {
                if (written.get(i).has("payload")) {
                    examples.add(new Example(
                            at + "/examples/" + i, key, written.get(i).get("payload")));
                }
            }
            Optional<JsonNode> payload = resolve(root, message.path("payload"));
            payload.ifPresent(schema -> {
                JsonNode schemaExamples = schema.path("examples");
                for (int i = 0; i < schemaExamples.size(); i++) {
                    examples.add(new Example(at + "/payload: examples/" + i, key, schemaExamples.get(i)));
                }
                if (schema.has("example")) {
                    examples.add(new Example(at + "/payload: example", key, schema.get("example")));
                }
            });
        });
        return examples;
    }

    /** A schema, following one local {@code $ref} (a component key with an unescaped '/' as the generator reads it). */
    private static Optional<JsonNode> resolve(JsonNode root, JsonNode schema) {
        if (!schema.has("$ref")) {
            return Optional.of(schema).filter(JsonNode::isObject);
        }
        String ref = schema.get("$ref").asText();
        String prefix = "#/components/schemas/";
        if (!ref.startsWith(prefix)) {
            throw new AssertionError("unexpected payload reference " + ref);
        }
        return Optional.of(root.path("components").path("schemas").path(ref.substring(prefix.length())))
                .filter(JsonNode::isObject);
    }
}
