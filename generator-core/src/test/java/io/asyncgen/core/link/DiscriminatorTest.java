package io.asyncgen.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.model.Action;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Discriminator;
import io.asyncgen.core.model.Operation;
import io.asyncgen.core.model.TypeRef;
import io.asyncgen.core.model.UnionType;
import io.asyncgen.core.testing.SpecBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscriminatorTest {
    private static final String EVENTS = """
      components:
        schemas:
          Ping:
            type: object
            required: [type]
            properties:
              type: {type: string, const: ping}
          Pong:
            type: object
            required: [type, seq]
            properties:
              type: {type: string, enum: [pong]}
              seq: {type: integer}
      """;

    @Test
    void oneOfWhoseMembersFixTypeGetsADetectedDiscriminator() {
        AsyncApi api = SpecBuilder.document(EVENTS + """
            Event:
              oneOf:
                - $ref: '#/components/schemas/Ping'
                - $ref: '#/components/schemas/Pong'
        """).link();

        UnionType event = (UnionType) api.type("Event");
        assertEquals(List.of(new TypeRef("Ping"), new TypeRef("Pong")), event.members());
        assertEquals(
                new Discriminator("type", Map.of("Ping", "ping", "Pong", "pong"), false),
                event.discriminator().orElseThrow());
    }

    @Test
    void declaredDiscriminatorIsKeptAsDeclared() {
        AsyncApi api = SpecBuilder.document(EVENTS + """
            Event:
              discriminator: type
              oneOf:
                - $ref: '#/components/schemas/Ping'
                - $ref: '#/components/schemas/Pong'
        """).link();

        UnionType event = (UnionType) api.type("Event");
        assertEquals(List.of(new TypeRef("Ping"), new TypeRef("Pong")), event.members());
        assertEquals(
                new Discriminator("type", Map.of("Ping", "ping", "Pong", "pong"), true),
                event.discriminator().orElseThrow());
    }

    @Test
    void operationWithOneOfMessagesIsDiscriminatedByPayload() {
        AsyncApi api = SpecBuilder.document("""
        channels:
          /socket:
            publish:
              operationId: sendEvent
              message:
                oneOf:
                  - $ref: '#/components/messages/Ping'
                  - $ref: '#/components/messages/Pong'
        """ + EVENTS + """
          messages:
            Ping:
              payload: {$ref: '#/components/schemas/Ping'}
            Pong:
              payload: {$ref: '#/components/schemas/Pong'}
        """).link();

        Operation publish = api.connections()
                .get(0)
                .channels()
                .get(0)
                .operation(Action.RECEIVE)
                .orElseThrow();
        assertEquals(
                new Discriminator("type", Map.of("Ping", "ping", "Pong", "pong"), false),
                publish.discriminator().orElseThrow());
    }

    @Test
    void membersWithoutACommonFixedPropertyHaveNoDiscriminator() {
        AsyncApi api = SpecBuilder.document("""
        components:
          schemas:
            Either:
              oneOf:
                - {type: object, properties: {a: {type: string}}}
                - {type: object, properties: {b: {type: string}}}
        """).link();

        UnionType either = (UnionType) api.type("Either");
        assertEquals(List.of(new TypeRef("EitherObject1"), new TypeRef("EitherObject2")), either.members());
        assertEquals(Optional.empty(), either.discriminator());
    }
}
