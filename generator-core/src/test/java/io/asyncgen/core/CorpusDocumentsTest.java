package io.asyncgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.diagnostic.Diagnostic;
import io.asyncgen.core.diagnostic.SpecException;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Connection;
import io.asyncgen.core.model.Direction;
import io.asyncgen.core.model.Operation;
import io.asyncgen.core.model.Role;
import io.asyncgen.core.read.ReadOptions;
import io.asyncgen.core.testing.Corpus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The official AsyncAPI 2.6 examples and the vendors' published documents, read as users will. */
class CorpusDocumentsTest {
    private static final Path EXAMPLES = Corpus.file("asyncapi-2.6/examples");
    private static final Path SOCIAL_MEDIA = EXAMPLES.resolve("social-media");

    static Stream<String> officialExamples() {
        return Stream.of(
                "anyof.yml",
                "application-headers.yml",
                "correlation-id.yml",
                "gitter-streaming.yml",
                "mercure.yml",
                "not.yml",
                "oneof.yml",
                "operation-security.yml",
                "rpc-client.yml",
                "rpc-server.yml",
                "simple.yml",
                "slack-rtm.yml",
                "streetlights-kafka.yml",
                "streetlights-mqtt.yml",
                "streetlights-operation-security.yml",
                "websocket-gemini.yml",
                "social-media/backend/asyncapi.yaml",
                "social-media/comments-service/asyncapi.yaml",
                "social-media/frontend/asyncapi.yaml",
                "social-media/notification-service/asyncapi.yaml",
                "social-media/public-api/asyncapi.yaml");
    }

    @ParameterizedTest
    @MethodSource("officialExamples")
    void officialExampleIsValidInStrictMode(String example) throws SpecException {
        List<String> warnings = strict(example).warnings().stream()
                .map(d -> d.toString(EXAMPLES))
                .toList();
        // streetlights enums are written [on, off] unquoted: YAML 1.1 booleans, read as the strings they mean
        List<String> expected = example.startsWith("streetlights") ? yaml11Words(example) : List.of();
        assertEquals(expected, warnings);
    }

    @Test
    void slackRtmIsOneConnectionWithOneOutboundAndFortySixInboundMessages() throws SpecException {
        AsyncApi api = strict("slack-rtm.yml").api();
        assertEquals(List.of(1, 46), counts(api.connections().get(0)));
        assertEquals(Map.of("enum", 1, "record", 69), kinds(api));
    }

    @Test
    void streetlightsMqttSharesTurnOnOffBetweenTwoChannels() throws SpecException {
        AsyncApi api = strict("streetlights-mqtt.yml").api();
        assertEquals(4, api.connections().size());
        assertEquals(3, distinctMessages(api));
        assertEquals(Map.of("enum", 1, "record", 4), kinds(api));
    }

    @Test
    void oneOfMessagesAndOneOfPayloads() throws SpecException {
        AsyncApi api = strict("oneof.yml").api();
        assertEquals(3, distinctMessages(api));
        assertEquals(Map.of("record", 2, "union", 1), kinds(api));
    }

    @Test
    void anyOfPayload() throws SpecException {
        AsyncApi api = strict("anyof.yml").api();
        assertEquals(1, distinctMessages(api));
        assertEquals(Map.of("record", 2, "union", 1), kinds(api));
    }

    @Test
    void socialMediaFrontendFollowsRefsIntoTheCommonFolder() throws SpecException {
        AsyncApi api = strict("social-media/frontend/asyncapi.yaml").api();
        assertEquals(List.of("LikeComment"), keys(api.connection("like/comment").orElseThrow(), Direction.INBOUND));
        assertEquals(
                List.of("UpdateCommentLikes"),
                keys(api.connection("update/comment/likes").orElseThrow(), Direction.OUTBOUND));
        assertEquals(Map.of("record", 2), kinds(api));
    }

    @Test
    void upstreamAzureIsOneRealtimeConnectionWithTwelveOutAndFortySevenIn() throws SpecException {
        AsyncApi api = lenient("upstream/azure-openai-asyncapi.yml").api();
        Connection realtime = api.connection("/openai/realtime").orElseThrow();
        assertEquals(
                List.of("/openai/realtime#client", "/openai/realtime#server"),
                realtime.channels().stream().map(c -> c.name()).toList());
        assertEquals(List.of(12, 47), counts(realtime));
        assertEquals(
                List.of("type", "type"),
                realtime.operations().stream()
                        .map(o -> o.discriminator().orElseThrow().property())
                        .toList());
    }

    @Test
    void upstreamInworldHasThreeConnections() throws SpecException {
        AsyncApi api = lenient("upstream/inworld-ai-asyncapi.yml").api();
        assertEquals(
                List.of(
                        "/tts/v1/voice:streamBidirectional",
                        "/stt/v1/transcribe:streamBidirectional",
                        "/api/v1/realtime/session"),
                api.connections().stream().map(Connection::address).toList());
    }

    @Test
    void upstreamBetaOpenAiObjectDiscriminatorIsAWarningWithItsLocation() throws SpecException {
        List<Diagnostic> warnings =
                lenient("upstream/openai-realtime-asyncapi.yml").warnings();
        assertEquals(
                List.of("upstream/openai-realtime-asyncapi.yml:1142:9: warning: 'discriminator' in schema 'Item'"
                        + " must be a string but is a mapping; write the value itself: discriminator: type"),
                warnings.stream()
                        .map(d -> d.toString(Corpus.root()))
                        .filter(s -> s.contains("discriminator"))
                        .toList());
    }

    private static AsyncApiReader.Result strict(String example) throws SpecException {
        ReadOptions options = ReadOptions.defaults().withStrict(true);
        if (example.startsWith("social-media/")) {
            options = options.withSpecRoot(SOCIAL_MEDIA);
        }
        return new AsyncApiReader(options).read(EXAMPLES.resolve(example));
    }

    private static AsyncApiReader.Result lenient(String relative) throws SpecException {
        return new AsyncApiReader(ReadOptions.defaults()).read(Corpus.file(relative));
    }

    private static List<String> yaml11Words(String example) {
        int line = switch (example) {
            case "streetlights-kafka.yml" -> 138;
            case "streetlights-mqtt.yml" -> 137;
            default -> 156;
        };
        return List.of(
                example + ":" + line + ":15: warning: unquoted 'on' is a boolean in YAML 1.1 but is read as the string"
                        + " \"on\" (YAML 1.2, JSON); quote it, or write true/false if a boolean is meant",
                example + ":" + (line + 1)
                        + ":15: warning: unquoted 'off' is a boolean in YAML 1.1 but is read as the string"
                        + " \"off\" (YAML 1.2, JSON); quote it, or write true/false if a boolean is meant");
    }

    private static List<Integer> counts(Connection connection) {
        return List.of(
                connection.messages(Direction.OUTBOUND, Role.CLIENT).size(),
                connection.messages(Direction.INBOUND, Role.CLIENT).size());
    }

    private static List<String> keys(Connection connection, Direction direction) {
        return connection.messages(direction, Role.CLIENT).stream()
                .map(m -> m.key())
                .toList();
    }

    private static long distinctMessages(AsyncApi api) {
        return api.connections().stream()
                .flatMap(c -> c.operations().stream())
                .map(Operation::messages)
                .flatMap(List::stream)
                .distinct()
                .count();
    }

    private static Map<String, Integer> kinds(AsyncApi api) {
        Map<String, Integer> kinds = new TreeMap<>();
        api.types().values().forEach(t -> kinds.merge(t.kind().word(), 1, Integer::sum));
        return kinds;
    }
}
