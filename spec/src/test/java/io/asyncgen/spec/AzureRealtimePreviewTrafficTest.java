package io.asyncgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves azure-openai-realtime-preview.yaml against the pre-GA material: OpenAI's pre-GA example of
 * every event and the captured pre-GA sessions (client and server events).
 */
class AzureRealtimePreviewTrafficTest {

    private static final Path DOCUMENT = Path.of("azure-openai-realtime-preview.yaml");
    private static final Path EXCLUSIONS = Path.of("src/test/resources/exclusions/azure-openai-realtime-preview.txt");

    /** What the client sends in the pre-GA protocol. */
    private static final Set<String> CLIENT_EVENTS = Set.of(
            "session.update",
            "input_audio_buffer.append",
            "input_audio_buffer.commit",
            "input_audio_buffer.clear",
            "conversation.item.create",
            "conversation.item.retrieve",
            "conversation.item.truncate",
            "conversation.item.delete",
            "response.create",
            "response.cancel",
            "transcription_session.update",
            "output_audio_buffer.clear");

    /** What the service sends in the pre-GA protocol. */
    private static final Set<String> SERVER_EVENTS = Set.of(
            "error",
            "session.created",
            "session.updated",
            "transcription_session.updated",
            "conversation.created",
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
            "output_audio_buffer.started",
            "output_audio_buffer.stopped",
            "output_audio_buffer.cleared",
            "response.created",
            "response.done",
            "response.output_item.added",
            "response.output_item.done",
            "response.content_part.added",
            "response.content_part.done",
            "response.text.delta",
            "response.text.done",
            "response.audio.delta",
            "response.audio.done",
            "response.audio_transcript.delta",
            "response.audio_transcript.done",
            "response.function_call_arguments.delta",
            "response.function_call_arguments.done",
            "rate_limits.updated");

    private static PayloadValidator validator;

    @BeforeAll
    static void loadDocument() {
        validator = PayloadValidator.forDocument(DOCUMENT);
    }

    @Test
    void publishListsExactlyThePreGaClientEvents() {
        assertEquals(new TreeSet<>(CLIENT_EVENTS), validator.eventTypes("publish"));
    }

    @Test
    void subscribeListsExactlyThePreGaServerEvents() {
        assertEquals(new TreeSet<>(SERVER_EVENTS), validator.eventTypes("subscribe"));
    }

    @Test
    void everyPreGaExampleAndRecordedEventValidates() throws IOException {
        TrafficValidation.Report report = TrafficValidation.validateAll(validator, sources(), EXCLUSIONS);
        System.out.println(report.summary());

        assertEquals(List.of(), report.failures(), report.summary());
        int excluded = 0;
        for (var entry : report.countsBySource().entrySet()) {
            int[] count = entry.getValue();
            assertTrue(count[0] > 0, entry.getKey() + " contributed no event");
            assertEquals(0, count[2], entry.getKey() + " has failures");
            excluded += count[1];
        }
        assertTrue(excluded < 5, "too many exclusions: " + excluded);
    }

    /** OpenAI's pre-GA examples, then every pre-GA recording folder. */
    private static List<Path> sources() throws IOException {
        Path corpus = corpus();
        List<Path> sources = new ArrayList<>();
        sources.add(corpus.resolve("openai/examples/legacy-2025-06"));
        try (Stream<Path> folders = Files.list(corpus.resolve("recordings"))) {
            sources.addAll(folders.filter(Files::isDirectory)
                    .filter(f -> {
                        String name = f.getFileName().toString();
                        return name.startsWith("ctvidic-") || name.startsWith("liusida-");
                    })
                    .sorted()
                    .collect(Collectors.toList()));
        }
        assertEquals(3, sources.size(), "expected the examples and two pre-GA recording folders: " + sources);
        return sources;
    }

    private static Path corpus() {
        String configured = System.getProperty("asyncgen.corpus");
        Path corpus = configured == null || configured.isBlank() ? Path.of("../../shared/corpus") : Path.of(configured);
        assertTrue(Files.isDirectory(corpus), "corpus not found at " + corpus.toAbsolutePath());
        return corpus;
    }
}
