package io.asyncgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.diagnostic.SpecException;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.BindingParameter;
import io.asyncgen.core.model.Direction;
import io.asyncgen.core.model.Message;
import io.asyncgen.core.model.Perspective;
import io.asyncgen.core.model.Role;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.read.ReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The overlay this jar ships for AssemblyAI's Universal streaming document, applied to that
 * document as a user would: the client sends audio and receives turns, and {@code keyterms_prompt}
 * is one text parameter (a JSON list), not a repeated one.
 */
class AssemblyAiUniversalOverlayTest {
    private static final Path OVERLAY = Path.of("overlays/assemblyai-universal.overlay.yaml");

    @Test
    void theClientSendsAudioAndReceivesTurns() throws SpecException {
        AsyncApi api = read();
        assertEquals(Perspective.CLIENT, api.perspective());
        assertEquals(
                List.of("AudioChunk", "UpdateConfiguration", "ForceEndpoint", "SessionTermination"),
                names(api.connection("/v3/ws").orElseThrow().messages(Direction.OUTBOUND, Role.CLIENT)));
        assertEquals(
                List.of("SessionBegins", "Turn", "Termination"),
                names(api.connection("/v3/ws").orElseThrow().messages(Direction.INBOUND, Role.CLIENT)));
    }

    @Test
    void keytermsPromptIsOneTextParameter() throws SpecException {
        BindingParameter keyterms = read().connection("/v3/ws").orElseThrow().wsBinding().orElseThrow().query().stream()
                .filter(p -> p.name().equals("keyterms_prompt"))
                .findFirst()
                .orElseThrow();
        assertEquals(ScalarType.of(ScalarType.Kind.STRING), keyterms.type());
        assertTrue(keyterms.description().orElseThrow().contains("one JSON-encoded list of strings"));
    }

    private static List<String> names(List<Message> messages) {
        return messages.stream().map(m -> m.name().orElse(m.key())).toList();
    }

    private static AsyncApi read() throws SpecException {
        Path document = corpus().resolve("upstream-voice/assemblyai-usm-streaming-asyncapi-3.0.yml");
        return new AsyncApiReader(ReadOptions.defaults()
                        .withOverlays(List.of(OVERLAY.toAbsolutePath().toUri())))
                .read(document)
                .api();
    }

    private static Path corpus() {
        String configured = System.getProperty("asyncgen.corpus");
        Path corpus = configured == null || configured.isBlank() ? Path.of("../../shared/corpus") : Path.of(configured);
        assertTrue(Files.isDirectory(corpus), "corpus not found at " + corpus.toAbsolutePath());
        return corpus;
    }
}
