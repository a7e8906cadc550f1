package io.asyncgen.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.model.JsonType;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.testing.SpecBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The specification's own rules that its JSON Schema cannot express: each an error in strict mode
 * and a warning in lenient mode, with its exact message and place.
 */
class SpecRulesTest {

    @Test
    void componentKeyOutsideThePatternIsAnErrorInStrictModeAndAWarningInLenientMode() {
        SpecBuilder spec = SpecBuilder.document("""
        components:
          schemas:
            agent/v1.Settings: {type: object}
        """);
        String message = "component key 'agent/v1.Settings' in components/schemas must match ^[a-zA-Z0-9.\\-_]+$"
                + " (letters, digits, '.', '-', '_'); rename it, e.g. 'agent_v1.Settings'";
        assertEquals(List.of("spec.yaml:8:5: error: " + message), spec.strict().diagnostics());
        assertEquals(
                List.of("spec.yaml:8:5: warning: " + message),
                SpecBuilder.document("""
        components:
          schemas:
            agent/v1.Settings: {type: object}
        """).diagnostics());
    }

    @Test
    void unescapedSlashInAPointerResolvesToTheLiteralKeyWithAWarning() {
        SpecBuilder spec = SpecBuilder.document("""
        channels:
          /listen:
            subscribe:
              message: {$ref: '#/components/messages/agent/Welcome'}
        components:
          messages:
            agent/Welcome:
              payload: {type: object, properties: {type: {type: string}}}
        """);
        assertEquals(
                List.of(
                        "spec.yaml:8:23: warning: $ref '#/components/messages/agent/Welcome' points to nothing"
                                + " as a JSON pointer, but the key 'agent/Welcome' exists and is used; write ~1 for / in a JSON pointer:"
                                + " '#/components/messages/agent~1Welcome'",
                        "spec.yaml:11:5: warning: component key 'agent/Welcome' in components/messages must match"
                                + " ^[a-zA-Z0-9.\\-_]+$ (letters, digits, '.', '-', '_'); rename it, e.g. 'agent_Welcome'"),
                spec.diagnostics());
        assertEquals(
                "AgentWelcome",
                spec.link()
                        .connections()
                        .get(0)
                        .operations()
                        .get(0)
                        .messages()
                        .get(0)
                        .key());
    }

    @Test
    void twoDotXChannelNameWithAQueryString() {
        assertEquals(
                List.of("spec.yaml:6:3: error: channel name '/chat?model=x' has a query string; leave it out of"
                        + " the name and declare the query parameters in the channel's bindings (ws: query)"),
                SpecBuilder.document("""
            channels:
              /chat?model=x: {}
            """).strict().diagnostics());
    }

    @Test
    void threeDotXAddressWithAQueryStringOrAFragment() {
        assertEquals(
                List.of(
                        "spec.yaml:7:14: error: the address of channel 'chat' has a query string; leave it out of"
                                + " the address and declare the query parameters in the channel's bindings (ws: query)",
                        "spec.yaml:9:14: error: the address of channel 'events' has a fragment ('#'); a 3.x channel address has"
                                + " none: use a channel of its own"),
                SpecBuilder.document3("""
            channels:
              chat:
                address: /chat?model=x
              events:
                address: /events#server
            """).strict().diagnostics());
    }

    @Test
    void parameterThatTheAddressDoesNotUseAndOneItUsesButNobodyDeclares() {
        assertEquals(
                List.of(
                        "spec.yaml:7:14: warning: the address of channel 'rooms' uses the parameter {roomId},"
                                + " which the channel does not declare; add it under the channel's parameters",
                        "spec.yaml:9:7: warning: parameter 'model' is not used in the address of channel 'rooms'; a parameter names"
                                + " a {model} of the address, declare query parameters in the channel's bindings (ws: query) instead;"
                                + " taken as query parameter 'model' of the WebSocket handshake"),
                SpecBuilder.document3("""
            channels:
              rooms:
                address: /rooms/{roomId}
                parameters:
                  model: {description: the model}
            """).diagnostics());
    }

    @Test
    void parameterNameOutsideThePattern() {
        assertEquals(
                List.of("spec.yaml:8:7: error: parameter name 'room id' must match ^[A-Za-z0-9_\\-]+$; rename it"
                        + " here and in the channel name"),
                SpecBuilder.document("""
            channels:
              /rooms/{room id}:
                parameters:
                  room id: {schema: {type: string}}
            """).strict().diagnostics().stream()
                        .filter(d -> d.contains("parameter name"))
                        .toList());
    }

    @Test
    void discriminatorThatIsNotRequired() {
        assertEquals(
                List.of("spec.yaml:9:22: error: discriminator 'kind' is not in the required list of the schema;"
                        + " every value must carry it: add it to required"),
                SpecBuilder.document("""
            components:
              schemas:
                Shape:
                  discriminator: kind
                  properties:
                    kind: {type: string}
            """).strict().diagnostics());
    }

    @Test
    void discriminatorOfAUnionIsRequiredWhenEveryMemberRequiresIt() {
        SpecBuilder spec = SpecBuilder.document("""
        components:
          schemas:
            Shape:
              oneOf:
                - $ref: '#/components/schemas/Circle'
                - $ref: '#/components/schemas/Square'
              discriminator: kind
            Circle: {type: object, required: [kind], properties: {kind: {const: circle}}}
            Square: {type: object, properties: {kind: {const: square}}}
        """).strict();
        assertEquals(
                List.of("spec.yaml:12:22: error: discriminator 'kind' is not in the required list of the schema or"
                        + " of every member of its union; every value must carry it: add it to required"),
                spec.diagnostics());
    }

    @Test
    void unionThatContainsItselfThroughReferences() {
        assertEquals(
                List.of("spec.yaml:11:11: error: this member of the oneOf leads back to the schema that lists it"
                        + " (through $ref and oneOf/anyOf only): the union contains itself; remove the member, or refer to the"
                        + " schema it means"),
                SpecBuilder.document("""
            components:
              schemas:
                Value:
                  oneOf:
                    - {type: string}
                    - $ref: '#/components/schemas/Other'
                Other:
                  anyOf:
                    - $ref: '#/components/schemas/Value'
            """).strict().diagnostics().stream()
                        .filter(d -> d.startsWith("spec.yaml:11"))
                        .toList());
    }

    @Test
    void unionThatContainsItselfLinksInLenientModeAsAnyJsonValue() {
        SpecBuilder spec = SpecBuilder.document("""
        components:
          schemas:
            Holder:
              type: object
              properties:
                nested: {$ref: '#/components/schemas/Nested'}
            Nested:
              anyOf:
                - $ref: '#/components/schemas/Nested'
                - type: 'null'
        """);
        assertEquals(
                List.of(
                        "spec.yaml:13:7: warning: this schema contains itself with no object or union in between,"
                                + " which no Java type can express; it is read as any JSON value here\n"
                                + "  for property nested (spec.yaml:11:9)\n  in schema Holder (spec.yaml:8:5)",
                        "spec.yaml:14:11: warning: this member of the anyOf leads back to the schema that lists it"
                                + " (through $ref and oneOf/anyOf only): the union contains itself; remove the member, or refer to the"
                                + " schema it means"),
                spec.diagnostics());
        assertEquals(
                new JsonType(),
                ((RecordType) spec.link().type("Holder")).properties().get(0).type());
    }

    @Test
    void operationMessageThatIsNotInItsChannel() {
        assertEquals(
                List.of("spec.yaml:15:9: error: this message of operation 'sendHello' is not one of the messages"
                        + " of channel 'chat'; add it to the channel's messages and refer to it there:"
                        + " $ref: '#/channels/chat/messages/<key>'\n  in operation sendHello (spec.yaml:11:3)"),
                SpecBuilder.document3("""
            channels:
              chat:
                address: /chat
                messages:
                  hello: {$ref: '#/components/messages/hello'}
            operations:
              sendHello:
                action: send
                channel: {$ref: '#/channels/chat'}
                messages:
                  - $ref: '#/components/messages/bye'
            components:
              messages:
                hello: {payload: {type: string}}
                bye: {payload: {type: string}}
            """).strict().diagnostics());
    }

    @Test
    void replyMessageThatIsNotInTheReplyChannel() {
        assertEquals(
                List.of("spec.yaml:15:11: error: this message of the reply of operation 'ask' is not one of the"
                        + " messages of channel 'answers'; add it to the channel's messages and refer to it there:"
                        + " $ref: '#/channels/answers/messages/<key>'\n  in operation ask (spec.yaml:9:3)"),
                SpecBuilder.document3("""
            channels:
              questions: {address: /questions, messages: {q: {payload: {type: string}}}}
              answers: {address: /answers, messages: {a: {payload: {type: string}}}}
            operations:
              ask:
                action: send
                channel: {$ref: '#/channels/questions'}
                reply:
                  channel: {$ref: '#/channels/answers'}
                  messages:
                    - $ref: '#/channels/questions/messages/q'
            """).strict().diagnostics());
    }

    @Test
    void replyAddressWithAReplyChannelThatHasAFixedAddressIsAWarningEvenInStrictMode() {
        assertEquals(
                List.of("spec.yaml:15:9: warning: the reply of operation 'ask' gives a reply address, but its"
                        + " channel 'answers' has the fixed address '/answers'; the address the request names is used. With a"
                        + " reply address, write the reply channel's address as null or leave it out\n"
                        + "  in operation ask (spec.yaml:9:3)"),
                SpecBuilder.document3("""
            channels:
              questions: {address: /questions, messages: {q: {payload: {type: string}}}}
              answers: {address: /answers, messages: {a: {payload: {type: string}}}}
            operations:
              ask:
                action: send
                channel: {$ref: '#/channels/questions'}
                reply:
                  channel: {$ref: '#/channels/answers'}
                  address:
                    location: '$message.header#/replyTo'
            """).strict().diagnostics());
    }

    @Test
    void operationWhoseChannelIsNotARootChannel() {
        assertEquals(
                List.of("spec.yaml:9:14: error: the channel of operation 'sendHello' is not one of the document's"
                        + " channels; refer to a channel under the root 'channels': $ref: '#/channels/<key>'\n"
                        + "  in operation sendHello (spec.yaml:7:3)"),
                SpecBuilder.document3("""
            channels: {}
            operations:
              sendHello:
                action: send
                channel: {$ref: '#/components/channels/chat'}
            components:
              channels:
                chat: {address: /chat}
            """).strict().diagnostics());
    }

    @Test
    void inLenientModeAReplyWhoseChannelIsNotARootChannelIsLeftOutWithAWarning() {
        SpecBuilder spec = SpecBuilder.document3("""
        channels:
          chat: {address: /chat, messages: {q: {payload: {type: string}}}}
        operations:
          ask:
            action: send
            channel: {$ref: '#/channels/chat'}
            reply:
              channel: {$ref: '#/components/channels/answers'}
        components:
          channels:
            answers: {address: /answers}
        """);
        assertEquals(
                List.of("spec.yaml:12:16: warning: the channel of the reply of operation 'ask' is not one of the"
                        + " document's channels; refer to a channel under the root 'channels': $ref: '#/channels/<key>'"
                        + " (the reply is left out)\n  in operation ask (spec.yaml:8:3)"),
                spec.diagnostics());
        assertEquals(
                Optional.empty(),
                spec.link().channel("chat").orElseThrow().operations().get(0).reply());
    }
}
