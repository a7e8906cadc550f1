package io.asyncgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;

/**
 * Proves spec/azure-openai-realtime.yaml against real GA traffic: OpenAI's GA example events and the
 * captured GA sessions in the corpus must validate against the payload of the message their
 * {@code type} names.
 */
class AzureRealtimeTrafficTest {

    static final Path DOCUMENT = Path.of("azure-openai-realtime.yaml");
    static final Path EXCLUSIONS = Path.of("src/test/resources/exclusions/azure-openai-realtime.txt");

    static final Set<String> CLIENT_EVENTS = Set.of(
            "session.update",
            "input_audio_buffer.append",
            "input_audio_buffer.commit",
            "input_audio_buffer.clear",
            "output_audio_buffer.clear",
            "conversation.item.create",
            "conversation.item.retrieve",
            "conversation.item.truncate",
            "conversation.item.delete",
            "response.create",
            "response.cancel",
            "transcription_session.update");

    static final Set<String> SERVER_EVENTS = Set.of(
            "error",
            "session.created",
            "session.updated",
            "transcription_session.updated",
            "conversation.created",
            "conversation.item.added",
            "conversation.item.created",
            "conversation.item.done",
            "conversation.item.retrieved",
            "conversation.item.truncated",
            "conversation.item.deleted",
            "conversation.item.input_audio_transcription.delta",
            "conversation.item.input_audio_transcription.segment",
            "conversation.item.input_audio_transcription.completed",
            "conversation.item.input_audio_transcription.failed",
            "input_audio_buffer.committed",
            "input_audio_buffer.cleared",
            "input_audio_buffer.speech_started",
            "input_audio_buffer.speech_stopped",
            "input_audio_buffer.timeout_triggered",
            "input_audio_buffer.dtmf_event_received",
            "output_audio_buffer.started",
            "output_audio_buffer.stopped",
            "output_audio_buffer.cleared",
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
            "response.mcp_call_arguments.delta",
            "response.mcp_call_arguments.done",
            "response.mcp_call.in_progress",
            "response.mcp_call.completed",
            "response.mcp_call.failed",
            "mcp_list_tools.in_progress",
            "mcp_list_tools.completed",
            "mcp_list_tools.failed",
            "rate_limits.updated");

    /** The corpus: system property {@code asyncgen.corpus} (set by surefire), else ../shared/corpus from the project root. */
    static Path corpus() {
        String property = System.getProperty("asyncgen.corpus");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        return Path.of("")
                .toAbsolutePath()
                .getParent()
                .resolve("../shared/corpus")
                .normalize();
    }

    @Test
    void indexesExactlyTheGaEvents() {
        PayloadValidator validator = PayloadValidator.forDocument(DOCUMENT);
        assertEquals(new TreeSet<>(CLIENT_EVENTS), validator.eventTypes("publish"));
        assertEquals(new TreeSet<>(SERVER_EVENTS), validator.eventTypes("subscribe"));
        assertEquals(12, validator.eventTypes("publish").size());
        assertEquals(47, validator.eventTypes("subscribe").size());
    }

    @Test
    void realTrafficValidates() throws IOException {
        Path corpus = corpus();
        assertTrue(Files.isDirectory(corpus), "corpus not found: " + corpus);
        List<Path> sources = new ArrayList<>();
        sources.add(corpus.resolve("openai/examples/ga"));
        try (Stream<Path> dirs = Files.list(corpus.resolve("recordings"))) {
            for (Path dir : dirs.filter(p -> p.getFileName().toString().startsWith("bravedigger-"))
                    .sorted()
                    .collect(Collectors.toList())) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(sources::add);
                }
            }
        }
        assertTrue(sources.size() >= 2, "no bravedigger recordings in " + corpus);

        TrafficValidation.Report report =
                TrafficValidation.validateAll(PayloadValidator.forDocument(DOCUMENT), sources, EXCLUSIONS);
        System.out.println("azure-openai-realtime.yaml vs real traffic:\n" + report.summary());

        assertEquals(List.of(), report.failures(), report.summary());
        for (Map.Entry<String, int[]> entry : report.countsBySource().entrySet()) {
            assertEquals(0, entry.getValue()[2], entry.getKey() + ": failed events");
            assertTrue(entry.getValue()[0] > 0, entry.getKey() + ": no event validated");
        }
    }

    @Test
    void rejectsWhatTheSchemaForbids() {
        PayloadValidator validator = PayloadValidator.forDocument(DOCUMENT);
        // Negative checks, so a schema that accepts everything cannot pass the traffic test.
        assertEquals(
                List.of("no message with type 'response.text.delta'"),
                validator.validate("{\"type\":\"response.text.delta\",\"event_id\":\"e\",\"delta\":\"x\"}"));
        assertTrue(
                !validator
                        .validate("{\"type\":\"response.done\",\"event_id\":\"e\","
                                + "\"response\":{\"status\":\"finished\"}}")
                        .isEmpty(),
                "unknown response status accepted");
        assertTrue(
                !validator
                        .validate(
                                "{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\","
                                        + "\"audio\":{\"input\":{\"turn_detection\":{\"type\":\"server_vad\",\"threshold\":\"high\"}}}}}")
                        .isEmpty(),
                "string threshold accepted");
        assertTrue(
                !validator
                        .validate(
                                "{\"type\":\"conversation.item.create\","
                                        + "\"item\":{\"type\":\"message\",\"role\":\"user\",\"content\":[{\"type\":\"input_txt\"}]}}")
                        .isEmpty(),
                "unknown content part type accepted");
        assertTrue(
                !validator.validate("{\"type\":\"input_audio_buffer.append\"}").isEmpty(), "missing audio accepted");
        assertTrue(
                !validator
                        .validate("{\"type\":\"session.created\",\"session\":{\"type\":\"realtime\"}}")
                        .isEmpty(),
                "server event without event_id accepted");
    }
}
