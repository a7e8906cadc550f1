package io.asyncgen.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The real events of the corpus: OpenAI's examples and the captured sessions, by protocol. */
public final class RealEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One event as it was written: its text and whether a client sends it. */
    public record Event(String origin, String json, boolean fromClient) {}

    private RealEvents() {}

    /** The GA examples and the captured GA session. */
    public static List<Event> ga() {
        List<Event> events = examples("index.json", "ga");
        events.addAll(recordings("bravedigger-"));
        return events;
    }

    /** The pre-GA (preview protocol) examples and captured sessions. */
    public static List<Event> preGa() {
        List<Event> events = examples("legacy-2025-06/index.json", "legacy-2025-06");
        events.addAll(recordings("ctvidic-"));
        events.addAll(recordings("liusida-"));
        return events;
    }

    private static List<Event> examples(String index, String set) {
        Path root = Corpus.file("openai/examples");
        List<Event> events = new ArrayList<>();
        try {
            for (JsonNode entry : JSON.readTree(root.resolve(index).toFile())) {
                if (!entry.path("set").asText().equals(set)) {
                    continue;
                }
                boolean fromClient = entry.path("schema").asText().contains("ClientEvent");
                for (JsonNode file : entry.path("files")) {
                    if (file.asText().endsWith(".json")) {
                        events.add(new Event(file.asText(), Files.readString(root.resolve(file.asText())), fromClient));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events;
    }

    private static List<Event> recordings(String prefix) {
        List<Event> events = new ArrayList<>();
        try (Stream<Path> folders = Files.list(Corpus.file("recordings"))) {
            for (Path folder : folders.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .sorted()
                    .toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".jsonl"))
                            .sorted()
                            .toList()) {
                        boolean fromClient = file.getFileName().toString().contains("client-events");
                        List<String> lines = Files.readAllLines(file);
                        for (int i = 0; i < lines.size(); i++) {
                            if (!lines.get(i).isBlank()) {
                                events.add(new Event(
                                        folder.getFileName() + "/" + file.getFileName() + ":" + (i + 1),
                                        lines.get(i),
                                        fromClient));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events;
    }
}
