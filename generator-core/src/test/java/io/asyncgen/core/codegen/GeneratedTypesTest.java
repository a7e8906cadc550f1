package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.read.ReadOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link GeneratedTypes} names the class each message decodes to, binary messages included. */
class GeneratedTypesTest {

    @Test
    void binaryMessagesAreTheirOwnRecordsBesideTheJsonOnes() throws Exception {
        AsyncApi api = new AsyncApiReader(ReadOptions.defaults())
                .read(GoldenCases.ROOT.resolve("binary-messages/spec.yaml"))
                .api();
        List<String> classes =
                GeneratedTypes.of(api, GeneratedRole.BOTH, Map.of()).connections().get(0).unions().stream()
                        .flatMap(u -> u.messages().stream()
                                .map(m -> u.union() + ": " + m.message().key() + " -> " + m.javaClass()))
                        .toList();
        assertEquals(
                List.of(
                        "ListenCommand: Audio -> Audio",
                        "ListenCommand: Finalize -> FinalizePayload",
                        "ListenEvent: Transcript -> TranscriptPayload",
                        "ListenEvent: Playback -> Playback",
                        "ListenEvent: Chime -> Chime"),
                classes);
    }
}
