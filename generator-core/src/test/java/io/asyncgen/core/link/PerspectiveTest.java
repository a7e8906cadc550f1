package io.asyncgen.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Connection;
import io.asyncgen.core.model.Direction;
import io.asyncgen.core.model.Message;
import io.asyncgen.core.model.Perspective;
import io.asyncgen.core.model.Role;
import io.asyncgen.core.read.ReadOptions;
import io.asyncgen.core.testing.SpecBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A document written from a client's side (its {@code publish} or {@code receive} lists what the
 * service sends) says so with the {@code perspective} option or {@code x-perspective}; the model is
 * the service's either way.
 */
class PerspectiveTest {
    /** Deepgram's way: the service's messages under {@code publish}, the client's under {@code subscribe}. */
    private static final String CLIENT_SIDE_2X = """
      channels:
        /listen:
          publish:
            summary: Server messages
            message: {name: Results, payload: {type: object, properties: {text: {type: string}}}}
          subscribe:
            summary: Client messages
            message: {name: Finalize, payload: {type: object, properties: {type: {const: Finalize}}}}
      """;

    /** Speechmatics' way: the client's messages under {@code action: send}. */
    private static final String CLIENT_SIDE_3X = """
      channels:
        asr:
          address: /v2
          messages:
            StartRecognition: {payload: {type: object, properties: {message: {const: StartRecognition}}}}
            RecognitionStarted: {payload: {type: object, properties: {message: {const: RecognitionStarted}}}}
      operations:
        publish:
          action: send
          channel: {$ref: '#/channels/asr'}
          messages: [{$ref: '#/channels/asr/messages/StartRecognition'}]
        subscribe:
          action: receive
          channel: {$ref: '#/channels/asr'}
          messages: [{$ref: '#/channels/asr/messages/RecognitionStarted'}]
      """;

    @Test
    void withoutTheOptionA2xDocumentDescribesTheService() {
        AsyncApi api = SpecBuilder.document(CLIENT_SIDE_2X).link();
        assertEquals(List.of(Perspective.SERVER, List.of("Results"), List.of("Finalize")), sides(api, "/listen"));
    }

    @Test
    void theClientPerspectiveTurnsPublishIntoWhatTheServiceSends() {
        AsyncApi api = SpecBuilder.document(CLIENT_SIDE_2X)
                .options(ReadOptions.defaults().withPerspective(Perspective.CLIENT))
                .link();
        assertEquals(List.of(Perspective.CLIENT, List.of("Finalize"), List.of("Results")), sides(api, "/listen"));
    }

    @Test
    void theExtensionAtTheTopSaysTheSame() {
        AsyncApi api = SpecBuilder.spec(
                        "asyncapi: 2.6.0\ninfo: {title: T, version: '1'}\nx-perspective: client\n" + CLIENT_SIDE_2X)
                .link();
        assertEquals(List.of(Perspective.CLIENT, List.of("Finalize"), List.of("Results")), sides(api, "/listen"));
    }

    @Test
    void theOptionWinsOverTheExtension() {
        AsyncApi api = SpecBuilder.spec(
                        "asyncapi: 2.6.0\ninfo: {title: T, version: '1'}\nx-perspective: client\n" + CLIENT_SIDE_2X)
                .options(ReadOptions.defaults().withPerspective(Perspective.SERVER))
                .link();
        assertEquals(List.of(Perspective.SERVER, List.of("Results"), List.of("Finalize")), sides(api, "/listen"));
    }

    @Test
    void anOverlayCanAddTheExtension() {
        AsyncApi api = SpecBuilder.document(CLIENT_SIDE_2X)
                .file("client-side.overlay.yaml", """
        overlay: 1.0.0
        info: {title: The document describes a client, version: '1'}
        actions:
          - target: $
            update: {x-perspective: client}
        """)
                .overlay("client-side.overlay.yaml")
                .link();
        assertEquals(List.of(Perspective.CLIENT, List.of("Finalize"), List.of("Results")), sides(api, "/listen"));
    }

    @Test
    void theClientPerspectiveTurnsThreeDotXActionsAround() {
        AsyncApi api = SpecBuilder.document3(CLIENT_SIDE_3X)
                .options(ReadOptions.defaults().withPerspective(Perspective.CLIENT))
                .link();
        assertEquals(
                List.of(Perspective.CLIENT, List.of("StartRecognition"), List.of("RecognitionStarted")),
                sides(api, "/v2"));
    }

    @Test
    void anExtensionValueOtherThanServerOrClientIsAnErrorAtItsLocation() {
        List<String> diagnostics = SpecBuilder.spec("asyncapi: 2.6.0\ninfo: {title: T, version: '1'}\n"
                        + "x-perspective: consumer\n" + CLIENT_SIDE_2X)
                .diagnostics();
        assertEquals(
                List.of("spec.yaml:3:16: error: x-perspective must be 'server' (the document describes the service,"
                        + " the AsyncAPI rule) or 'client' (it describes a client of the service: its publish/receive lists what the"
                        + " service sends), but is 'consumer'"),
                diagnostics);
    }

    /** The perspective, then what a client sends and what it receives on {@code address}. */
    private static List<Object> sides(AsyncApi api, String address) {
        Connection connection = api.connection(address).orElseThrow();
        return List.of(
                api.perspective(),
                keys(connection.messages(Direction.OUTBOUND, Role.CLIENT)),
                keys(connection.messages(Direction.INBOUND, Role.CLIENT)));
    }

    private static List<String> keys(List<Message> messages) {
        return messages.stream().map(m -> m.name().orElse(m.key())).toList();
    }
}
