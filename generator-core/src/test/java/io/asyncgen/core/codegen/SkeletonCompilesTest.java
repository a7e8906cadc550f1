package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.read.ReadOptions;
import io.asyncgen.core.testing.GeneratedCode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SkeletonCompilesTest {

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "azure-openai-realtime.yaml, CLIENT",
        "azure-openai-realtime.yaml, SERVER",
        "azure-openai-realtime.yaml, BOTH",
        "inworld-realtime.yaml, CLIENT",
        "inworld-realtime.yaml, SERVER",
        "inworld-realtime.yaml, BOTH"
    })
    void projectDocumentGeneratesASkeletonThatCompilesWithoutWarnings(String document, GeneratedRole role)
            throws Exception {
        AsyncApi api = new AsyncApiReader(ReadOptions.defaults())
                .read(Path.of("../spec", document))
                .api();
        GeneratedCode.compile(new JavaGenerator(GenerationOptions.of("com.example.gen", role, document)).generate(api));
    }

    @ParameterizedTest
    @EnumSource(GeneratedRole.class)
    void inlineDocumentsGenerateASkeletonThatCompilesWithoutWarnings(GeneratedRole role) {
        GeneratedCode.compile(SkeletonSpecs.generate(SkeletonSpecs.CHAT, role));
        GeneratedCode.compile(SkeletonSpecs.generate(SkeletonSpecs.EDGES, role));
    }

    @Test
    void skeletonNamesGiveWayToSchemaTypes() {
        List<String> skeleton = SkeletonSpecs.generate(SkeletonSpecs.EDGES, GeneratedRole.BOTH).stream()
                .map(f -> f.relativePath().substring("com/example/gen/".length()))
                .filter(p -> p.matches(
                        "(Transport|JdkWebSocketTransport|Root|Commands)(Client|Server|Endpoint)?\\d*\\.java"))
                .sorted()
                .toList();
        assertEquals(
                List.of(
                        "CommandsClient.java",
                        "CommandsEndpoint.java",
                        "CommandsServer.java",
                        "RootClient.java",
                        "RootClient2.java",
                        "RootEndpoint.java",
                        "RootServer.java",
                        "Transport.java"),
                skeleton);
    }

    @Test
    void roleClientGeneratesNoServerAndRoleServerNoClientOrEndpoint() {
        List<String> client = names(SkeletonSpecs.generate(SkeletonSpecs.CHAT, GeneratedRole.CLIENT));
        List<String> server = names(SkeletonSpecs.generate(SkeletonSpecs.CHAT, GeneratedRole.SERVER));
        assertEquals(List.of("ChatClient.java", "ChatEndpoint.java"), skeletonOf(client));
        assertEquals(List.of("ChatServer.java"), skeletonOf(server));
    }

    private static List<String> names(List<GeneratedFile> files) {
        return files.stream()
                .map(f -> f.relativePath().substring("com/example/gen/".length()))
                .toList();
    }

    private static List<String> skeletonOf(List<String> names) {
        return names.stream()
                .filter(n -> n.matches("Chat(Client|Server|Endpoint).java"))
                .sorted()
                .toList();
    }
}
