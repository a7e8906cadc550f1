package io.asyncgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.diagnostic.SpecException;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Direction;
import io.asyncgen.core.model.Message;
import io.asyncgen.core.model.Perspective;
import io.asyncgen.core.model.Property;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.model.Role;
import io.asyncgen.core.read.ReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The overlay this jar ships for Deepgram's published document, applied to that document as a
 * user would: the client sends what Deepgram's clients send, and every message of /v1/listen and
 * /v1/speak fixes its own {@code type}.
 */
class DeepgramOverlayTest {
    private static final Path OVERLAY = Path.of("overlays/deepgram.overlay.yaml");

    @Test
    void theClientSendsSettingsAndAudioAndReceivesWhatDeepgramSends() throws SpecException {
        AsyncApi api = read();
        assertEquals(Perspective.CLIENT, api.perspective());
        List<Message> sent =
                api.connection("/v1/agent/converse").orElseThrow().messages(Direction.OUTBOUND, Role.CLIENT);
        assertEquals("AgentV1Settings", sent.get(0).name().orElseThrow());
        assertTrue(sent.stream().anyMatch(m -> m.name().orElse("").equals("AgentV1Media") && m.isBinary()));
    }

    @Test
    void eachControlMessageFixesItsOwnType() throws SpecException {
        AsyncApi api = read();
        assertEquals("Finalize, CloseStream, KeepAlive", types(api, "/v1/listen", Direction.OUTBOUND));
        assertEquals("Speak, Flush, Clear, Close", types(api, "/v1/speak", Direction.OUTBOUND));
        assertEquals("Metadata, Flushed, Cleared, Warning", types(api, "/v1/speak", Direction.INBOUND));
    }

    /** The fixed {@code type} of each JSON message a client sends or receives on {@code address}. */
    private static String types(AsyncApi api, String address, Direction direction) {
        return api.connection(address).orElseThrow().messages(direction, Role.CLIENT).stream()
                .filter(m -> !m.isBinary())
                .map(m -> ((RecordType) api.resolve(m.payload()))
                        .property("type")
                        .flatMap(Property::constValue)
                        .orElse("(not fixed)"))
                .collect(Collectors.joining(", "));
    }

    private static AsyncApi read() throws SpecException {
        Path document = corpus().resolve("upstream-voice/deepgram-asyncapi-2.6.yml");
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
