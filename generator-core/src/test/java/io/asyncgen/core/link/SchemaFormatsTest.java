package io.asyncgen.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.JsonType;
import io.asyncgen.core.model.ListType;
import io.asyncgen.core.model.Property;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.model.TypeRef;
import io.asyncgen.core.testing.SpecBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Payloads are read in the language their schemaFormat names; an unknown language is said, not misread. */
class SchemaFormatsTest {

    @Test
    void avroRecordFieldsBecomePropertiesWithNullableUnionsAndLogicalTypes() {
        AsyncApi api = SpecBuilder.document3("""
        channels:
          events:
            address: events
            messages:
              created:
                payload:
                  schemaFormat: application/vnd.apache.avro+json;version=1.11.0
                  schema:
                    type: record
                    name: com.example.Created
                    fields:
                      - {name: id, type: {type: string, logicalType: uuid}}
                      - {name: at, type: {type: long, logicalType: timestamp-micros}}
                      - {name: note, type: ['null', string], default: null}
                      - {name: tags, type: {type: array, items: string}}
                      - {name: parent, type: ['null', Created]}
        operations:
          receiveCreated:
            action: receive
            channel: {$ref: '#/channels/events'}
        """).link();
        RecordType created = (RecordType) api.type("Created");
        // a field without a default is always written (required), a union with null may hold null (nullable)
        assertEquals(
                List.of(
                        "id uuid required",
                        "at int64 required",
                        "note string nullable",
                        "tags list required",
                        "parent Created nullable required"),
                created.properties().stream().map(SchemaFormatsTest::describe).toList());
    }

    @Test
    void twoDotXMessageSchemaFormatAppliesToItsPayload() {
        AsyncApi api = SpecBuilder.document("""
        channels:
          /events:
            subscribe:
              message:
                schemaFormat: application/vnd.apache.avro;version=1.9.0
                payload:
                  type: record
                  name: Ping
                  fields: [{name: seq, type: int}]
        """).link();
        assertEquals(
                new ScalarType(ScalarType.Kind.INTEGER, Optional.of("int32")),
                ((RecordType) api.type("Ping")).properties().get(0).type());
    }

    @Test
    void unsupportedSchemaFormatIsAWarningAtItsPlaceAndThePayloadIsAnyJsonValue() {
        SpecBuilder spec = SpecBuilder.document3("""
        channels:
          events:
            address: events
            messages:
              created:
                payload:
                  schemaFormat: application/vnd.google.protobuf;version=3
                  schema: 'message Created { string id = 1; }'
        operations:
          receiveCreated:
            action: receive
            channel: {$ref: '#/channels/events'}
        """);
        assertEquals(
                List.of("spec.yaml:11:25: warning: schemaFormat 'application/vnd.google.protobuf;version=3' is not"
                        + " supported; the value is typed as any JSON value (JsonNode). asyncgen reads AsyncAPI schemas, JSON"
                        + " Schema draft-07 and Avro 1.9+\n  in message Created (spec.yaml:10:9)\n"
                        + "  in operation receiveCreated (spec.yaml:14:3)"),
                spec.diagnostics());
        assertEquals(
                new JsonType(),
                spec.link()
                        .connections()
                        .get(0)
                        .operations()
                        .get(0)
                        .messages()
                        .get(0)
                        .payload());
    }

    @Test
    void avroUnionOfSeveralTypesIsAnyJsonValueWithAWarningAndAnUndefinedNameIsAnError() {
        SpecBuilder spec = SpecBuilder.document3("""
        channels:
          events:
            address: events
            messages:
              created:
                payload:
                  schemaFormat: application/vnd.apache.avro;version=1.9.0
                  schema:
                    type: record
                    name: Created
                    fields:
                      - {name: value, type: [int, string]}
                      - {name: owner, type: Owner}
        operations:
          receiveCreated:
            action: receive
            channel: {$ref: '#/channels/events'}
        """);
        assertEquals(
                List.of(
                        "spec.yaml:16:37: warning: an Avro union of 2 types other than null is typed as any JSON"
                                + " value (JsonNode); asyncgen maps unions of one type with null\n  for field value (spec.yaml:16:17)"
                                + "\n  in message Created (spec.yaml:10:9)\n  in operation receiveCreated (spec.yaml:19:3)",
                        "spec.yaml:17:37: error: Avro type 'Owner' is not defined here; define a named type (record, enum, fixed)"
                                + " before it is used, or use a primitive type name\n  for field owner (spec.yaml:17:17)"
                                + "\n  in message Created (spec.yaml:10:9)\n  in operation receiveCreated (spec.yaml:19:3)"),
                spec.diagnostics());
    }

    private static String describe(Property property) {
        TypeDef type = property.type();
        String shape = type instanceof ScalarType scalar
                ? scalar.format().orElse(scalar.kind().name().toLowerCase())
                : type instanceof ListType ? "list" : type instanceof TypeRef ref ? ref.name() : type.toString();
        return property.wireName() + " " + shape + (property.nullable() ? " nullable" : "")
                + (property.required() ? " required" : "");
    }
}
