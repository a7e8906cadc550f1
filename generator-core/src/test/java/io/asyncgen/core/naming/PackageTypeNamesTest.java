package io.asyncgen.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.model.Action;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Connection;
import io.asyncgen.core.model.Operation;
import io.asyncgen.core.testing.SpecBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageTypeNamesTest {
    private static final String TALK = """
      channels:
        /v1/talk:
          publish:
            %s
            message: {payload: {type: object, properties: {text: {type: string}}}}
          subscribe:
            message: {payload: {type: object, properties: {words: {type: string}}}}
      components:
        schemas:
          ClientEvent: {type: object, properties: {id: {type: string}}}
      """;

    private record Named(List<String> unions, List<String> companions, List<String> connectionTypes) {}

    private static Named names(String operation) {
        AsyncApi api = SpecBuilder.document(TALK.formatted(operation)).link();
        PackageTypeNames names = new PackageTypeNames(api);
        Connection talk = api.connections().get(0);
        String outbound = names.messageUnion(talk, Action.RECEIVE, operations(talk, Action.RECEIVE));
        String inbound = names.messageUnion(talk, Action.SEND, operations(talk, Action.SEND));
        PackageTypeNames.UnionCompanions companions = names.companions(outbound);
        return new Named(
                List.of(outbound, inbound),
                List.of(companions.codec(), companions.handler(), companions.dispatcher()),
                List.of(names.client(talk), names.server(talk), names.endpoint(talk)));
    }

    private static List<Operation> operations(Connection connection, Action action) {
        return connection.operations().stream()
                .filter(o -> o.action() == action)
                .toList();
    }

    @Test
    void anOperationIdWithoutItsLeadingVerbNamesTheUnionElseTheConnectionAndDirectionDo() {
        assertEquals(
                List.of("Utterance", "TestInbound"),
                names("operationId: sendUtterance").unions());
    }

    @Test
    void xJavaNameOnTheOperationWinsOverItsOperationId() {
        assertEquals(
                "Speech",
                names("operationId: sendUtterance\n      x-java-name: Speech")
                        .unions()
                        .get(0));
    }

    @Test
    void aUnionNamedLikeASchemaTypeGetsMessageAppended() {
        assertEquals(
                "ClientEventMessage",
                names("operationId: sendClientEvent").unions().get(0));
    }

    @Test
    void aUnionNamedLikeANestedTypeGetsMessageAppended() {
        assertEquals(
                "BuilderMessage", names("operationId: sendBuilder").unions().get(0));
    }

    @Test
    void theCompanionsAndConnectionTypesAreNamedAfterTheUnionAndTheConnection() {
        Named named = names("operationId: sendUtterance");
        assertEquals(List.of("UtteranceCodec", "UtteranceHandler", "UtteranceDispatcher"), named.companions());
        assertEquals(List.of("TestClient", "TestServer", "TestEndpoint"), named.connectionTypes());
    }
}
