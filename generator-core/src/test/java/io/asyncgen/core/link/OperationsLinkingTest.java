package io.asyncgen.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.model.Action;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Channel;
import io.asyncgen.core.model.Direction;
import io.asyncgen.core.model.Message;
import io.asyncgen.core.model.Operation;
import io.asyncgen.core.model.Reply;
import io.asyncgen.core.model.Role;
import io.asyncgen.core.model.SecurityRequirement;
import io.asyncgen.core.model.SecurityScheme;
import io.asyncgen.core.model.Server;
import io.asyncgen.core.testing.SpecBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the channels, operations, replies and servers of a 3.x document become the model. */
class OperationsLinkingTest {

    @Test
    void operationWithoutMessagesHasEveryMessageOfItsChannelAndIsNamedByItsKey() {
        AsyncApi api = SpecBuilder.document3("""
        channels:
          chat:
            address: /chat
            messages:
              said: {payload: {type: object, properties: {text: {type: string}}}}
              left: {payload: {type: object, properties: {who: {type: string}}}}
        operations:
          onChat:
            action: send
            channel: {$ref: '#/channels/chat'}
        """).link();
        Channel chat = api.channel("chat").orElseThrow();
        Operation operation = chat.operations().get(0);
        assertEquals(
                List.of(Optional.of("/chat"), Optional.of("onChat"), Action.SEND, List.of("Said", "Left")),
                List.of(chat.address(), operation.operationId(), operation.action(), keys(operation.messages())));
        assertEquals(
                List.of("Said", "Left"),
                keys(api.connection("/chat").orElseThrow().messages(Direction.INBOUND, Role.CLIENT)));
    }

    @Test
    void replyWithoutAChannelComesOnTheRequestsChannelAndIsReceivedThere() {
        AsyncApi api = SpecBuilder.document3("""
        channels:
          rpc:
            address: /rpc
            messages:
              sum:
                payload: {type: object, properties: {numbers: {type: array, items: {type: number}}}}
                correlationId: {location: '$message.header#/correlation_id'}
              result:
                payload: {type: object, properties: {value: {type: number}}}
                correlationId: {location: '$message.header#/correlation_id'}
        operations:
          requestSum:
            action: send
            channel: {$ref: '#/channels/rpc'}
            messages: [{$ref: '#/channels/rpc/messages/sum'}]
            reply:
              address: {location: '$message.header#/replyTo', description: where to answer}
              messages: [{$ref: '#/channels/rpc/messages/result'}]
        """).link();
        Channel rpc = api.channel("rpc").orElseThrow();
        Reply reply = rpc.operations().get(0).reply().orElseThrow();
        assertEquals(
                List.of(
                        "rpc",
                        Optional.of("/rpc"),
                        "$message.header#/replyTo",
                        Optional.of("where to answer"),
                        List.of("Result"),
                        "$message.header#/correlation_id"),
                List.of(
                        reply.channel(),
                        reply.channelAddress(),
                        reply.address().orElseThrow().location(),
                        reply.address().orElseThrow().description(),
                        keys(reply.messages()),
                        reply.messages().get(0).correlationId().orElseThrow().location()));
        Operation answers = rpc.operations().get(1);
        assertEquals(
                List.of(Action.RECEIVE, Optional.of("requestSum"), Optional.empty(), List.of("Result")),
                List.of(answers.action(), answers.answers(), answers.operationId(), keys(answers.messages())));
    }

    @Test
    void serverUrlIsHostAndPathnameAndSecurityNamesComponentAndInlineSchemes() {
        AsyncApi api = SpecBuilder.document3("""
        servers:
          prod:
            host: 'api.example.com:{port}'
            pathname: /v1
            protocol: wss
            variables:
              port: {default: '443'}
            security:
              - $ref: '#/components/securitySchemes/key'
              - {type: http, scheme: bearer}
        components:
          securitySchemes:
            key: {type: httpApiKey, in: header, name: X-Key}
        """).link();
        Server prod = api.servers().get(0);
        assertEquals(
                List.of(
                        "api.example.com:{port}/v1",
                        "wss",
                        List.of(
                                new SecurityRequirement("key", List.of()),
                                new SecurityRequirement("prodSecurity2", List.of()))),
                List.of(prod.url(), prod.protocol(), prod.security()));
        assertEquals(
                List.of("key", "prodSecurity2"),
                api.securitySchemes().stream().map(SecurityScheme::key).toList());
    }

    @Test
    void xJavaNameOnAThreeDotXOperationNamesItsUnion() {
        AsyncApi api = SpecBuilder.document3("""
        channels:
          events: {address: /events, messages: {a: {payload: {type: string}}}}
        operations:
          receiveEvents:
            action: receive
            channel: {$ref: '#/channels/events'}
            x-java-name: Command
        """).link();
        assertEquals(
                Optional.of("Command"),
                api.channel("events").orElseThrow().operations().get(0).javaName());
    }

    private static List<String> keys(List<Message> messages) {
        return messages.stream().map(Message::key).toList();
    }
}
