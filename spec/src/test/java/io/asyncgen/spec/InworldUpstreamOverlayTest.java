package io.asyncgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.diagnostic.SpecException;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Property;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.model.SecurityRequirement;
import io.asyncgen.core.model.SecurityScheme;
import io.asyncgen.core.model.TypeRef;
import io.asyncgen.core.read.ReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The overlay this jar ships for Inworld's published document, applied to that document as a
 * user would: it reads without errors, authenticates as Inworld expects and types providerData.
 */
class InworldUpstreamOverlayTest {
    private static final Path OVERLAY = Path.of("overlays/inworld-upstream.overlay.yaml");

    @Test
    void theShippedOverlayFitsInworldsPublishedDocument() throws SpecException {
        AsyncApiReader.Result result = read();
        assertEquals(
                List.of("applyTextNormalization: ON", "applyTextNormalization: OFF"),
                result.warnings().stream()
                        .map(w -> w.message().startsWith("unquoted 'ON'")
                                ? "applyTextNormalization: ON"
                                : w.message().startsWith("unquoted 'OFF'")
                                        ? "applyTextNormalization: OFF"
                                        : w.toString())
                        .toList(),
                "the only warnings are the document's own unquoted ON/OFF, which the overlay cannot reach");
    }

    @Test
    void authenticationIsBasicWithThePortalKeyOrBearerWithAJwt() throws SpecException {
        AsyncApi api = read().api();
        assertEquals(
                List.of("basicAuth: http basic", "bearerAuth: http bearer"),
                api.securitySchemes().stream()
                        .map(s -> s.key() + ": "
                                + (s instanceof SecurityScheme.Http http
                                        ? "http " + http.scheme()
                                        : s.getClass().getSimpleName()))
                        .toList());
        assertEquals(
                List.of("basicAuth", "bearerAuth"),
                api.servers().get(0).security().stream()
                        .map(SecurityRequirement::scheme)
                        .toList());
    }

    @Test
    void providerDataIsTypedWithItsFiveBranches() throws SpecException {
        AsyncApi api = read().api();
        RecordType session = (RecordType) api.type("RealtimeSession");
        Property providerData = session.properties().stream()
                .filter(p -> p.wireName().equals("providerData"))
                .findFirst()
                .orElseThrow();
        RecordType typed = (RecordType) api.type(((TypeRef) providerData.type()).name());
        assertEquals(
                List.of("stt", "tts", "memory", "backchannel", "responsiveness"),
                typed.properties().stream().map(Property::wireName).toList());
    }

    private static AsyncApiReader.Result read() throws SpecException {
        Path document = corpus().resolve("upstream/inworld-ai-asyncapi.yml");
        return new AsyncApiReader(ReadOptions.defaults()
                        .withOverlays(List.of(OVERLAY.toAbsolutePath().toUri())))
                .read(document);
    }

    private static Path corpus() {
        String configured = System.getProperty("asyncgen.corpus");
        Path corpus = configured == null || configured.isBlank() ? Path.of("../../shared/corpus") : Path.of(configured);
        assertTrue(Files.isDirectory(corpus), "corpus not found at " + corpus.toAbsolutePath());
        return corpus;
    }
}
