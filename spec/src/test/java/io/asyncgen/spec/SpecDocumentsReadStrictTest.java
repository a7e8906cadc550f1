package io.asyncgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.diagnostic.SpecException;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Connection;
import io.asyncgen.core.model.Direction;
import io.asyncgen.core.model.Operation;
import io.asyncgen.core.model.Role;
import io.asyncgen.core.read.ReadOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The documents of this module read clean with asyncgen's own reader in strict mode. */
class SpecDocumentsReadStrictTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "azure-openai-realtime.yaml",
                "azure-openai-realtime.asyncapi3.yaml",
                "azure-openai-realtime-preview.yaml",
                "inworld-realtime.yaml"
            })
    void documentReadsWithoutAnyDiagnostic(String document) throws SpecException {
        AsyncApiReader.Result result = read(document);
        assertEquals(List.of(), result.warnings().stream().map(Object::toString).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"azure-openai-realtime.yaml", "azure-openai-realtime.asyncapi3.yaml"})
    void gaDocumentIsOneConnectionWithTwelveOutboundAndFortySevenInboundMessages(String document) throws SpecException {
        AsyncApi api = read(document).api();
        assertEquals(1, api.connections().size());
        Connection realtime = api.connections().get(0);
        assertEquals(12, realtime.messages(Direction.OUTBOUND, Role.CLIENT).size());
        assertEquals(47, realtime.messages(Direction.INBOUND, Role.CLIENT).size());
        assertEquals(
                List.of("type", "type"),
                realtime.operations().stream()
                        .map(Operation::discriminator)
                        .map(d -> d.orElseThrow().property())
                        .toList());
    }

    private static AsyncApiReader.Result read(String document) throws SpecException {
        return new AsyncApiReader(ReadOptions.defaults().withStrict(true)).read(Path.of(document));
    }
}
