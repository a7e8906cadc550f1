package io.asyncgen.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.EnumType;
import io.asyncgen.core.model.ListType;
import io.asyncgen.core.model.MapType;
import io.asyncgen.core.model.Property;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.TypeRef;
import io.asyncgen.core.model.UnionType;
import io.asyncgen.core.testing.SpecBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaLinkingTest {

    @Test
    void inlineObjectIsNamedAfterItsParentAndProperty() {
        AsyncApi api = SpecBuilder.document("""
        components:
          schemas:
            Session:
              type: object
              properties:
                turn_detection:
                  type: object
                  properties:
                    silence_ms: {type: integer}
        """).link();

        Property turnDetection = ((RecordType) api.type("Session")).properties().get(0);
        assertEquals("turnDetection", turnDetection.javaName());
        assertEquals(new TypeRef("SessionTurnDetection"), turnDetection.type());
        assertEquals(
                "silenceMs",
                ((RecordType) api.type("SessionTurnDetection"))
                        .properties()
                        .get(0)
                        .javaName());
    }

    @Test
    void allNullableFormsMeanNullable() {
        AsyncApi api = SpecBuilder.document("""
        components:
          schemas:
            Forms:
              type: object
              properties:
                openapi: {type: string, nullable: true}
                typeList: {type: [string, 'null']}
                anyOfNull:
                  anyOf: [{type: string}, {type: 'null'}]
                plain: {type: string}
        """).link();

        List<Boolean> nullable = ((RecordType) api.type("Forms"))
                .properties().stream().map(Property::nullable).toList();
        assertEquals(List.of(true, true, true, false), nullable);
        ((RecordType) api.type("Forms"))
                .properties()
                .forEach(p -> assertEquals(ScalarType.of(ScalarType.Kind.STRING), p.type(), p.wireName()));
    }

    @Test
    void allOfMergesPropertiesAndRecordsTheNamedBase() {
        AsyncApi api = SpecBuilder.document("""
        components:
          schemas:
            ServerEvent:
              type: object
              required: [event_id]
              properties:
                event_id: {type: string}
            ErrorEvent:
              description: An error happened.
              allOf:
                - $ref: '#/components/schemas/ServerEvent'
                - type: object
                  required: [message]
                  properties:
                    message: {type: string}
        """).link();

        RecordType error = (RecordType) api.type("ErrorEvent");
        assertEquals(
                List.of("event_id", "message"),
                error.properties().stream().map(Property::wireName).toList());
        assertTrue(error.properties().stream().allMatch(Property::required));
        assertEquals(List.of(new TypeRef("ServerEvent")), error.bases());
        assertEquals(Optional.of("An error happened."), error.description());
    }

    @Test
    void recursiveSchemaRefersToItself() {
        AsyncApi api = SpecBuilder.document("""
        components:
          schemas:
            Node:
              type: object
              properties:
                children:
                  type: array
                  items: {$ref: '#/components/schemas/Node'}
        """).link();

        Property children = ((RecordType) api.type("Node")).properties().get(0);
        assertEquals(new ListType(new TypeRef("Node"), false), children.type());
    }

    @Test
    void enumsMapsAndConstants() {
        AsyncApi api = SpecBuilder.document("""
        components:
          schemas:
            Status:
              type: string
              enum: [in_progress, completed, audio/pcm]
            Meta:
              type: object
              additionalProperties: {type: integer}
            Event:
              type: object
              properties:
                type: {type: string, const: session.update}
        """).link();

        assertEquals(
                List.of("IN_PROGRESS", "COMPLETED", "AUDIO_PCM"),
                ((EnumType) api.type("Status"))
                        .values().stream().map(EnumType.EnumValue::javaName).toList());
        assertTrue(api.types().get("Meta") == null, "a pure map is not a named type");
        Property type = ((RecordType) api.type("Event")).properties().get(0);
        assertEquals(Optional.of("session.update"), type.constValue());
    }

    @Test
    void mapSchemaBecomesAMapType() {
        AsyncApi api = SpecBuilder.document("""
        components:
          schemas:
            Holder:
              type: object
              properties:
                metadata:
                  type: object
                  additionalProperties: {type: string}
        """).link();

        assertEquals(
                new MapType(ScalarType.of(ScalarType.Kind.STRING), false),
                ((RecordType) api.type("Holder")).properties().get(0).type());
    }

    @Test
    void shapeUnionOfIntegerOrInf() {
        AsyncApi api = SpecBuilder.document("""
        components:
          schemas:
            MaxTokens:
              oneOf:
                - {type: integer}
                - {type: string, enum: [inf]}
        """).link();

        UnionType union = (UnionType) api.type("MaxTokens");
        assertEquals(
                List.of(
                        ScalarType.of(ScalarType.Kind.INTEGER),
                        new ScalarType(ScalarType.Kind.STRING, Optional.empty(), Optional.of("inf"))),
                union.members());
        assertEquals(Optional.empty(), union.discriminator());
    }
}
