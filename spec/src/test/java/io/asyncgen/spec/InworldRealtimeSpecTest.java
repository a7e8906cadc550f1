package io.asyncgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code inworld-realtime.yaml}: the decided event lists, our own Inworld samples (providerData,
 * backchannel, voice profile), deliberately wrong samples, OpenAI's GA examples and real
 * GA traffic for every type the document declares, and the document's conventions ({@link
 * InworldTtsSpecTest} has the TTS stream).
 */
class InworldRealtimeSpecTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SPEC = Path.of("inworld-realtime.yaml");
    private static final Path SAMPLES = Path.of("src/test/resources/inworld");
    private static final Path EXCLUSIONS = Path.of("src/test/resources/exclusions/inworld-realtime.txt");
    private static final String REALTIME = "/api/v1/realtime/session";
    private static final String TTS = "/tts/v1/voice:streamBidirectional";

    /** publish: what a client sends; the 11 client events of Inworld's own document, in GA shape. */
    static final Set<String> CLIENT_EVENTS = Set.of(
            "session.update",
            "conversation.item.create",
            "conversation.item.truncate",
            "conversation.item.delete",
            "conversation.item.retrieve",
            "response.create",
            "response.cancel",
            "input_audio_buffer.append",
            "input_audio_buffer.commit",
            "input_audio_buffer.clear",
            "output_audio_buffer.clear");

    /** subscribe: what a client receives; the GA server events of a WebSocket session plus Inworld's own. */
    static final Set<String> SERVER_EVENTS = Set.of(
            "error",
            "session.created",
            "session.updated",
            "conversation.item.added",
            "conversation.item.done",
            "conversation.item.created",
            "conversation.item.retrieved",
            "conversation.item.truncated",
            "conversation.item.deleted",
            "conversation.item.input_audio_transcription.delta",
            "conversation.item.input_audio_transcription.completed",
            "conversation.item.input_audio_transcription.failed",
            "input_audio_buffer.committed",
            "input_audio_buffer.cleared",
            "input_audio_buffer.speech_started",
            "input_audio_buffer.speech_stopped",
            "response.created",
            "response.done",
            "response.output_item.added",
            "response.output_item.done",
            "response.content_part.added",
            "response.content_part.done",
            "response.output_text.delta",
            "response.output_text.done",
            "response.output_audio.delta",
            "response.output_audio.done",
            "response.output_audio_transcript.delta",
            "response.output_audio_transcript.done",
            "response.function_call_arguments.delta",
            "response.function_call_arguments.done",
            "response.backchannel.audio.delta",
            "response.backchannel.audio.done",
            "response.backchannel.skipped");

    private static PayloadValidator validator;
    private static JsonNode doc;

    @BeforeAll
    static void load() throws IOException {
        validator = PayloadValidator.forDocument(SPEC);
        doc = new ObjectMapper(new YAMLFactory()).readTree(SPEC.toFile());
    }

    private static Path corpus() {
        String configured = System.getProperty("asyncgen.corpus");
        return configured == null || configured.isBlank() ? Path.of("../../shared/corpus") : Path.of(configured);
    }

    // ---------------------------------------------------------------- event lists

    @Test
    void indexedTypesAreTheDecidedLists() {
        assertEquals(new TreeSet<>(CLIENT_EVENTS), validator.eventTypes("publish"));
        assertEquals(new TreeSet<>(SERVER_EVENTS), validator.eventTypes("subscribe"));
        assertEquals(
                CLIENT_EVENTS.size() + SERVER_EVENTS.size(),
                validator.eventTypes().size());
    }

    // ---------------------------------------------------------------- our own samples

    @Test
    void handWrittenSamplesValidate() {
        TrafficValidation.Report report =
                TrafficValidation.validateAll(validator, List.of(SAMPLES.resolve("valid")), null);
        System.out.print("[inworld samples] " + report.summary());
        assertTrue(report.failures().isEmpty(), report::summary);
        int[] counts = report.countsBySource().values().iterator().next();
        assertEquals(36, counts[0], "every sample event validated");
    }

    @Test
    void samplesCoverEveryProviderDataBranchAndInworldEvent() throws IOException {
        JsonNode providerData = JSON.readTree(SAMPLES.resolve("valid/session.update.provider-data.json")
                        .toFile())
                .at("/session/providerData");
        assertEquals(Set.of("stt", "tts", "memory", "backchannel", "responsiveness"), fieldNames(providerData));
        JsonNode state = JSON.readTree(SAMPLES.resolve("valid/session.updated.memory-state.json")
                        .toFile())
                .at("/session/providerData/memory/state");
        assertEquals(fieldNames(doc.at("/components/schemas/MemoryState/properties")), fieldNames(state));
        JsonNode tools = JSON.readTree(SAMPLES.resolve("valid/session.update.web-search-tool.json")
                        .toFile())
                .at("/session/tools");
        assertTrue(tools.get(0).has("providerData"));
        for (String type : List.of(
                "response.backchannel.audio.delta",
                "response.backchannel.audio.done",
                "response.backchannel.skipped")) {
            assertTrue(Files.exists(SAMPLES.resolve("valid/" + type + ".json")), type);
        }
    }

    @ParameterizedTest(name = "{0} rejected at {1}")
    @CsvSource({
        "tts-delivery-mode-loud.json,              /session/providerData/tts/delivery_mode",
        "backchannel-decider-kind-unknown.json,    /session/providerData/backchannel/decider_kind",
        "memory-state-facts-not-list.json,         /session/providerData/memory/state/facts",
        "responsiveness-timeout-as-text.json,      /session/providerData/responsiveness/initial_wait_timeout_ms",
        "voice-profile-confidence-as-text.json,    /providerData/voiceProfile/gender/0/confidence",
        "web-search-max-results-as-text.json,      /session/tools/0/providerData/max_results",
        "backchannel-delta-without-id.json,        backchannel_id",
    })
    void wrongSamplesAreRejectedAtTheirPath(String file, String path) throws IOException {
        List<String> problems =
                validator.validate(Files.readString(SAMPLES.resolve("invalid").resolve(file)));
        assertFalse(problems.isEmpty(), file + " must be rejected");
        assertTrue(problems.stream().anyMatch(p -> p.contains(path)), () -> file + ": " + problems);
    }

    @Test
    void quirkyTypesAreNotAccepted() {
        // OpenAI's GA example for DTMF has a leading space in its type; Inworld's pre-GA aliases are
        // not part of this document either (a generated client decodes both as unknown events).
        assertEquals(
                List.of("no message with type ' input_audio_buffer.dtmf_event_received'"),
                validator.validate("{\"type\":\" input_audio_buffer.dtmf_event_received\",\"event\":\"9\"}"));
        assertEquals(
                List.of("no message with type 'response.text.delta'"),
                validator.validate("{\"type\":\"response.text.delta\",\"delta\":\"hi\"}"));
    }

    // ---------------------------------------------------------------- OpenAI GA material

    @Test
    void gaExamplesOfDocumentedTypesValidate() throws IOException {
        Path ga = corpus().resolve("openai/examples/ga");
        List<Path> documented = new ArrayList<>();
        try (Stream<Path> files = Files.list(ga)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList())) {
                if (validator
                        .eventTypes()
                        .contains(JSON.readTree(file.toFile()).path("type").asText())) {
                    documented.add(file);
                }
            }
        }
        TrafficValidation.Report report = TrafficValidation.validateAll(validator, documented, EXCLUSIONS);
        System.out.print("[openai ga examples] " + report.summary());
        assertTrue(report.failures().isEmpty(), report::summary);
        int validated =
                report.countsBySource().values().stream().mapToInt(c -> c[0]).sum();
        assertEquals(documented.size(), validated);
        assertTrue(validated >= 38, "examples of documented types: " + validated);
    }

    @Test
    void realGaServerTrafficOfDocumentedTypesValidates() throws IOException {
        Path recording = corpus().resolve(
                        "recordings/bravedigger-openai_realtime_sip_gateway/ga-server-events-from-comments.jsonl");
        int validated = 0;
        List<String> failures = new ArrayList<>();
        List<String> lines = Files.readAllLines(recording);
        for (int i = 0; i < lines.size(); i++) {
            String type = JSON.readTree(lines.get(i)).path("type").asText();
            if (!validator.eventTypes("subscribe").contains(type)) {
                continue;
            }
            List<String> problems = validator.validate(lines.get(i));
            if (problems.isEmpty()) {
                validated++;
            } else {
                failures.add((i + 1) + " (" + type + "): " + problems);
            }
        }
        System.out.println("[openai ga recording] validated " + validated + ", failed " + failures.size());
        assertTrue(failures.isEmpty(), failures::toString);
        assertTrue(validated >= 25, "validated " + validated);
    }

    // ---------------------------------------------------------------- document conventions

    @Test
    void connectionServerAndSecurity() {
        assertEquals("api.inworld.ai", doc.at("/servers/production/url").asText());
        assertEquals("wss", doc.at("/servers/production/protocol").asText());
        assertEquals(Set.of(REALTIME, TTS), fieldNames(doc.path("channels")), "no STT channel (see docs/specs.md)");
        JsonNode ws = doc.path("channels").path(REALTIME).at("/bindings/ws");
        assertEquals("GET", ws.path("method").asText());
        assertEquals("0.1.0", ws.path("bindingVersion").asText());
        assertEquals("[\"key\",\"protocol\"]", ws.at("/query/required").toString());
        assertEquals("realtime", ws.at("/query/properties/protocol/const").asText());
        assertEquals(
                "sendClientEvent",
                doc.path("channels").path(REALTIME).at("/publish/operationId").asText());
        assertEquals(
                "receiveServerEvent",
                doc.path("channels").path(REALTIME).at("/subscribe/operationId").asText());
        assertEquals(
                "basic", doc.at("/components/securitySchemes/basicAuth/scheme").asText());
        assertEquals(
                "bearer",
                doc.at("/components/securitySchemes/bearerAuth/scheme").asText());
        assertEquals(
                "http", doc.at("/components/securitySchemes/basicAuth/type").asText());
        assertEquals(
                "http", doc.at("/components/securitySchemes/bearerAuth/type").asText());
    }

    @Test
    void realtimeMessagesFollowTheNamingConvention() {
        for (String direction : List.of("publish", "subscribe")) {
            for (JsonNode ref :
                    doc.path("channels").path(REALTIME).path(direction).at("/message/oneOf")) {
                String key = ref.path("$ref").asText().substring("#/components/messages/".length());
                JsonNode message = doc.at("/components/messages/" + key);
                String type = message.path("name").asText();
                assertEquals(pascal(type), key, type);
                assertEquals(key, message.path("messageId").asText());
                assertEquals("application/json", message.path("contentType").asText(), key);
                assertFalse(message.path("title").asText().isBlank(), key);
                assertFalse(message.path("summary").asText().isBlank(), key);
                assertEquals(
                        "#/components/schemas/" + key + "Event",
                        message.at("/payload/$ref").asText());
                JsonNode payload = doc.at("/components/schemas/" + key + "Event");
                assertEquals("object", payload.path("type").asText(), key);
                assertEquals("type", payload.path("properties").fieldNames().next(), key + ": type comes first");
                assertEquals(type, payload.at("/properties/type/const").asText(), key);
                assertTrue(payload.path("required").toString().contains("\"type\""), key);
                assertTrue(payload.path("properties").has("event_id"), key);
                assertFalse(payload.has("additionalProperties"), key + ": left open");
            }
        }
    }

    @Test
    void noOpenApiOnlyKeywordsAndNoYaml11Booleans() {
        List<String> problems = new ArrayList<>();
        walk(doc, "", (pointer, key, value) -> {
            if (key.equals("nullable")) {
                problems.add(pointer + ": nullable");
            }
            if (key.equals("discriminator") && !value.isTextual()) {
                problems.add(pointer + ": discriminator must be a property name");
            }
            if (key.equals("enum")) {
                value.forEach(v -> {
                    if (!v.isTextual()) {
                        problems.add(pointer + ": non-string enum value " + v);
                    }
                });
            }
        });
        assertEquals(List.of(), problems);
        assertEquals(
                "[\"ON\",\"OFF\"]",
                doc.at("/components/schemas/TtsContextConfig/properties/applyTextNormalization/enum")
                        .toString());
    }

    // ---------------------------------------------------------------- helpers

    private static String pascal(String wireType) {
        StringBuilder out = new StringBuilder();
        for (String part : wireType.split("[._]")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private interface Visitor {
        void visit(String pointer, String key, JsonNode value);
    }

    private static void walk(JsonNode node, String pointer, Visitor visitor) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                visitor.visit(pointer, field.getKey(), field.getValue());
                walk(field.getValue(), pointer + "/" + field.getKey(), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }
}
