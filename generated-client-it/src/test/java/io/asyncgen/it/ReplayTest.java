package io.asyncgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.asyncgen.it.azure.AzureOpenAiRealtimeClient;
import io.asyncgen.it.azure.AzureOpenAiRealtimeEndpoint;
import io.asyncgen.it.azure.ServerEvent;
import io.asyncgen.it.azure.ServerEventCodec;
import io.asyncgen.it.azure.ServerEventHandler;
import io.asyncgen.it.azure.preview.AzureOpenAiRealtimePreviewClient;
import io.asyncgen.it.azure.preview.AzureOpenAiRealtimePreviewEndpoint;
import io.asyncgen.it.stub.Replay;
import io.asyncgen.it.stub.Scenarios;
import io.asyncgen.it.upstream.azure.OpenaiRealtimeClient;
import io.asyncgen.it.upstream.azure.OpenaiRealtimeEndpoint;
import io.asyncgen.it.upstream.azure.RealtimeServerEvent;
import io.asyncgen.it.upstream.azure.RealtimeServerEventCodec;
import io.asyncgen.it.upstream.azure.RealtimeServerEventHandler;
import io.asyncgen.runtime.CloseStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real captured server traffic, replayed by the stub through the generated server session of
 * the matching document (GA recordings with the GA code, pre-GA ones with the preview code) to
 * the matching generated client: every line is dispatched, typed or as {@code Unknown}, none lost,
 * in order, and re-encodes to the JSON that was recorded; concatenated deltas equal their
 * {@code .done} value wherever a recording has both.
 */
class ReplayTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final Path RECORDINGS = Path.of(System.getProperty("asyncgen.corpus", "../../shared/corpus"))
            .resolve("recordings");
    /** delta event type -> the done event type and its member holding the whole value. */
    private static final Map<String, String[]> DELTAS = Map.of(
            "response.output_text.delta",
            new String[] {"response.output_text.done", "text"},
            "response.text.delta",
            new String[] {"response.text.done", "text"},
            "response.output_audio_transcript.delta",
            new String[] {"response.output_audio_transcript.done", "transcript"},
            "response.audio_transcript.delta",
            new String[] {"response.audio_transcript.done", "transcript"},
            "response.function_call_arguments.delta",
            new String[] {"response.function_call_arguments.done", "arguments"},
            "conversation.item.input_audio_transcription.delta",
            new String[] {"conversation.item.input_audio_transcription.completed", "transcript"});

    @RegisterExtension
    static final StubServerExtension stub = StubServerExtension.replaying(RECORDINGS);

    /** Every recording of server events: GA ones (bravedigger-*) and pre-GA ones (the rest). */
    static Stream<String> recordings() throws IOException {
        try (Stream<Path> files = Files.walk(RECORDINGS, 2)) {
            List<String> names = files.filter(file -> file.toString().endsWith(".jsonl"))
                    .filter(file -> !file.getFileName().toString().contains("client-events"))
                    .map(file -> RECORDINGS.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
            assertTrue(names.size() >= 4, "the corpus recordings are missing: " + RECORDINGS.toAbsolutePath());
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("recordings")
    void everyRecordedEventIsDispatchedInOrderAndLossless(String recording) {
        assertTimeoutPreemptively(LIMIT, () -> {
            List<String> lines = Files.readAllLines(RECORDINGS.resolve(recording), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .toList();
            boolean ga = recording.startsWith("bravedigger-");
            Replayed replayed = ga ? replayGa(recording) : replayPreview(recording);

            assertEquals(lines.size(), replayed.calls().size(), "one dispatch per recorded line");
            for (int i = 0; i < lines.size(); i++) {
                Dispatched.Call call = replayed.calls().get(i);
                assertFalse(
                        call.method().equals("onDecodeError"),
                        "line " + (i + 1) + " failed to decode: " + call.event());
                String dispatched = replayed.encode().apply(call.event());
                assertTrue(
                        Wire.sameAsWritten(lines.get(i), dispatched),
                        recording + " line " + (i + 1) + " (" + call.type()
                                + ") changed on its way through the generated code:\n" + lines.get(i) + "\n"
                                + dispatched);
            }
            List<String> unknown = replayed.calls().stream()
                    .filter(call -> call.method().equals("onUnknown"))
                    .map(Dispatched.Call::type)
                    .toList();
            assertEquals(List.of(), unknown, "the documents in spec/ know every event type of real traffic");
            checkDeltas(
                    recording, replayed.calls(), lines.stream().map(Wire::parse).toList());
        });
    }

    @ParameterizedTest
    @MethodSource("recordings")
    void thePublishedAzureDocumentsClientLosesNothingEither(String recording) {
        assertTimeoutPreemptively(LIMIT, () -> {
            List<String> lines = Files.readAllLines(RECORDINGS.resolve(recording), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .toList();
            Dispatched log = new Dispatched();
            // the published document describes /openai/realtime, where the stub replays with the preview code
            OpenaiRealtimeClient client = OpenaiRealtimeClient.connect(
                            OpenaiRealtimeEndpoint.builder()
                                    .serverUrl(stub.server().url())
                                    .queryParameter("scenario", Scenarios.REPLAY)
                                    .queryParameter("recording", recording)
                                    .queryParameter("conn", UUID.randomUUID().toString())
                                    .build(),
                            log.handler(RealtimeServerEventHandler.class, null))
                    .toCompletableFuture()
                    .get(20, TimeUnit.SECONDS);
            assertEquals(
                    1000,
                    client.closed()
                            .toCompletableFuture()
                            .get(LIMIT.toSeconds(), TimeUnit.SECONDS)
                            .code());
            List<Dispatched.Call> calls = log.calls();
            assertEquals(lines.size(), calls.size(), "one dispatch per recorded line, typed or unknown");
            for (int i = 0; i < lines.size(); i++) {
                String encoded = RealtimeServerEventCodec.encode(
                        (RealtimeServerEvent) calls.get(i).event());
                assertTrue(Wire.sameAsWritten(lines.get(i), encoded), recording + " line " + (i + 1) + ": " + encoded);
            }
        });
    }

    /** What one replay delivered: the handler calls, and how to re-encode an event with the same generated code. */
    private record Replayed(List<Dispatched.Call> calls, Function<Object, String> encode) {}

    private static Replayed replayGa(String recording) throws Exception {
        String id = UUID.randomUUID().toString();
        Dispatched log = new Dispatched();
        AzureOpenAiRealtimeClient client = AzureOpenAiRealtimeClient.connect(
                        AzureOpenAiRealtimeEndpoint.builder()
                                .serverUrl(stub.server().url())
                                .model("gpt-realtime")
                                .queryParameter("scenario", Scenarios.REPLAY)
                                .queryParameter("recording", recording)
                                .queryParameter("conn", id)
                                .build(),
                        log.handler(ServerEventHandler.class, null))
                .toCompletableFuture()
                .get(20, TimeUnit.SECONDS);
        CloseStatus status = client.closed().toCompletableFuture().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(new CloseStatus(1000, Replay.DONE), status);
        return new Replayed(log.calls(), event -> ServerEventCodec.encode((ServerEvent) event));
    }

    private static Replayed replayPreview(String recording) throws Exception {
        String id = UUID.randomUUID().toString();
        Dispatched log = new Dispatched();
        AzureOpenAiRealtimePreviewClient client = AzureOpenAiRealtimePreviewClient.connect(
                        AzureOpenAiRealtimePreviewEndpoint.builder()
                                .serverUrl(stub.server().url())
                                .apiVersion("2025-04-01-preview")
                                .deployment("gpt-4o-realtime-preview")
                                .queryParameter("scenario", Scenarios.REPLAY)
                                .queryParameter("recording", recording)
                                .queryParameter("conn", id)
                                .build(),
                        log.handler(io.asyncgen.it.azure.preview.ServerEventHandler.class, null))
                .toCompletableFuture()
                .get(20, TimeUnit.SECONDS);
        CloseStatus status = client.closed().toCompletableFuture().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(1000, status.code());
        return new Replayed(
                log.calls(),
                event -> io.asyncgen.it.azure.preview.ServerEventCodec.encode(
                        (io.asyncgen.it.azure.preview.ServerEvent) event));
    }

    /**
     * The deltas dispatched, concatenated per item and content part, equal the dispatched done value,
     * as the generated accessors give them ({@code delta()}, {@code text()}), wherever the recording has both.
     */
    private static void checkDeltas(String recording, List<Dispatched.Call> calls, List<JsonNode> recorded) {
        Map<String, StringBuilder> streamed = new LinkedHashMap<>();
        List<String> checked = new ArrayList<>();
        for (Dispatched.Call call : calls) {
            String type = call.type();
            Object event = call.event();
            if (DELTAS.containsKey(type)) {
                streamed.computeIfAbsent(dispatchedKey(DELTAS.get(type)[0], event), k -> new StringBuilder())
                        .append(member(event, "delta"));
            }
            for (String[] done : DELTAS.values()) {
                if (done[0].equals(type) && streamed.containsKey(dispatchedKey(type, event))) {
                    assertEquals(
                            member(event, done[1]),
                            streamed.remove(dispatchedKey(type, event)).toString(),
                            recording + ": " + dispatchedKey(type, event));
                    checked.add(type);
                }
            }
        }
        boolean hasBoth = recorded.stream()
                .anyMatch(event -> DELTAS.containsKey(event.path("type").asText())
                        && recorded.stream()
                                .anyMatch(other -> other.path("type")
                                                .asText()
                                                .equals(DELTAS.get(event.path("type")
                                                        .asText())[0])
                                        && key(other.path("type").asText(), other)
                                                .equals(key(
                                                        DELTAS.get(event.path("type")
                                                                .asText())[0],
                                                        event))));
        assertEquals(hasBoth, !checked.isEmpty(), recording + ": checked " + checked);
    }

    /** {@link #key} of a dispatched event, read through its generated accessors. */
    private static String dispatchedKey(String doneType, Object event) {
        return doneType + " " + member(event, "itemId") + "/" + member(event, "contentIndex");
    }

    /** The value of the event's accessor {@code name} as text ("" when the event has no such member or it is absent). */
    private static String member(Object event, String name) {
        try {
            Object value = event.getClass().getMethod(name).invoke(event);
            return value == null ? "" : value.toString();
        } catch (NoSuchMethodException e) {
            return "";
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(name + "() of " + event, e);
        }
    }

    private static String key(String doneType, JsonNode event) {
        return doneType + " " + event.path("item_id").asText() + "/"
                + event.path("content_index").asText();
    }
}
