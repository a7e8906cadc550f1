package io.asyncgen.core.testing;

import io.asyncgen.core.model.Perspective;
import io.asyncgen.core.read.ReadOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * The voice vendors' own AsyncAPI documents ({@code ../shared/corpus/upstream-voice}), read as
 * written (lenient) with what each needs: the side it is written from (Deepgram's, AssemblyAI's
 * Universal streaming and both Speechmatics documents describe the client), said by the option or,
 * for Deepgram's and AssemblyAI's Universal streaming, by the project's overlay
 * ({@code spec/overlays}) that also corrects them.
 */
public final class VoiceDocuments {
    /** One document: its file name and how to read it. */
    public record Document(String file, ReadOptions options) {
        public Path path() {
            return Corpus.file("upstream-voice/" + file);
        }
    }

    private static final ReadOptions CLIENT_SIDE = ReadOptions.defaults().withPerspective(Perspective.CLIENT);
    /** The project's overlay for Deepgram's document (its x-perspective says it is written from the client's side). */
    private static final ReadOptions DEEPGRAM = overlay("deepgram.overlay.yaml");
    /** The project's overlay for AssemblyAI's Universal streaming document (with its x-perspective). */
    private static final ReadOptions ASSEMBLYAI_UNIVERSAL = overlay("assemblyai-universal.overlay.yaml");

    /** The five documents, 2.6 first. */
    public static final List<Document> ALL = List.of(
            new Document("deepgram-asyncapi-2.6.yml", DEEPGRAM),
            new Document("assemblyai-streaming-asyncapi-2.6.yml", ReadOptions.defaults()),
            new Document("assemblyai-usm-streaming-asyncapi-3.0.yml", ASSEMBLYAI_UNIVERSAL),
            new Document("speechmatics-realtime-asyncapi-3.0.yml", CLIENT_SIDE),
            new Document("speechmatics-flow-asyncapi-3.0.yml", CLIENT_SIDE));

    private VoiceDocuments() {}

    private static ReadOptions overlay(String file) {
        return ReadOptions.defaults()
                .withOverlays(List.of(
                        Path.of("../spec/overlays", file).toAbsolutePath().toUri()));
    }

    /** The documents in AsyncAPI {@code 2.} or {@code 3.} form. */
    public static List<Document> version(String major) {
        return ALL.stream().filter(d -> d.file().contains("asyncapi-" + major)).toList();
    }
}
