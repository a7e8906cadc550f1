package io.asyncgen.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.testing.SpecBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each problem the linker finds gives one exact message at one exact place, with the trail of
 * what it was found in (innermost first), as printed.
 */
class LinkErrorsTest {

    @Test
    void aPropertyWhoseSchemaIsNoMappingNamesThePropertyAndTheMessageItIsIn() {
        assertEquals(
                List.of(
                        "spec.yaml:17:18: warning: 'payload/properties/voice' in message 'Said' must be a mapping or a boolean but is"
                                + " a sequence",
                        """
            spec.yaml:17:18: error: a schema must be a mapping, but this is a sequence
              for property voice (spec.yaml:17:11)
              in message Said (spec.yaml:13:7)
              in operation receiveEvent (spec.yaml:7:5)
              in channel /chat (spec.yaml:6:3)"""),
                SpecBuilder.document("""
            channels:
              /chat:
                subscribe:
                  operationId: receiveEvent
                  message: {$ref: '#/components/messages/Said'}
            components:
              messages:
                Said:
                  payload:
                    type: object
                    properties:
                      text: {type: string}
                      voice: [alloy]
            """).diagnostics());
    }

    @Test
    void aDiscriminatorThatIsNoPropertyNameIsIgnored() {
        assertEquals(
                List.of(
                        "spec.yaml:10:22: warning: 'discriminator' in schema 'Shape' must be a string but is a sequence",
                        """
            spec.yaml:10:22: warning: discriminator must be the name of a property (a string); ignoring it
              in schema Shape (spec.yaml:8:5)"""),
                SpecBuilder.document("""
            components:
              schemas:
                Shape:
                  type: object
                  discriminator: [kind]
                  properties:
                    kind: {type: string}
            """).diagnostics());
    }

    @Test
    void aDeclaredDiscriminatorOverMembersThatAreNotObjectsIsDroppedForDecodingByShape() {
        assertEquals(
                List.of(
                        """
            spec.yaml:9:7: warning: discriminator 'kind' needs every member to be an object schema; decoding this union\
             by shape instead
              in schema Value (spec.yaml:8:5)""",
                        "spec.yaml:9:22: warning: discriminator 'kind' is not in the required list of the schema or of every member"
                                + " of its union; every value must carry it: add it to required"),
                SpecBuilder.document("""
            components:
              schemas:
                Value:
                  discriminator: kind
                  oneOf:
                    - {type: string}
                    - {type: object, required: [kind], properties: {kind: {const: a}}}
            """).diagnostics());
    }

    @Test
    void aMemberThatDoesNotFixTheDiscriminatorOrRepeatsAValueIsDecodedAsUnknown() {
        assertEquals(List.of("""
            spec.yaml:15:13: warning: discriminator 'kind': member Square does not fix 'kind' with a const or\
             single-value enum; it can only be decoded as unknown
              in schema Shape (spec.yaml:8:5)""", """
            spec.yaml:16:12: warning: discriminator 'kind': member Round uses the value 'circle' of another member; it\
             can only be decoded as unknown
              in schema Shape (spec.yaml:8:5)"""), SpecBuilder.document("""
            components:
              schemas:
                Shape:
                  discriminator: kind
                  oneOf:
                    - $ref: '#/components/schemas/Circle'
                    - $ref: '#/components/schemas/Square'
                    - $ref: '#/components/schemas/Round'
                Circle: {type: object, required: [kind], properties: {kind: {const: circle}}}
                Square: {type: object, required: [kind], properties: {kind: {type: string}}}
                Round: {type: object, required: [kind], properties: {kind: {const: circle}}}
            """).diagnostics());
    }

    @Test
    void aThreeDotXChannelWithoutAddressIsGeneratedUnderItsKey() {
        assertEquals(List.of("""
            spec.yaml:7:5: warning: channel 'replies' has no address (it is known only at run time); its connection is\
             generated under the channel's key 'replies'; write the address if it is known
              in channel replies (spec.yaml:6:3)"""), SpecBuilder.document3("""
            channels:
              replies:
                messages:
                  done: {payload: {type: string}}
            operations:
              receiveDone:
                action: receive
                channel: {$ref: '#/channels/replies'}
            """).diagnostics());
    }

    @Test
    void aWsBindingQueryThatIsNoObjectSchema() {
        assertEquals(List.of("""
            spec.yaml:9:16: warning: a ws binding's query and headers must be object schemas
              in channel /chat (spec.yaml:6:3)"""), SpecBuilder.document("""
            channels:
              /chat:
                bindings:
                  ws:
                    query: {type: string}
                publish:
                  message: {payload: {type: string}}
            """).diagnostics());
    }

    @Test
    void anOperationMessageThatIsNoMapping() {
        assertEquals(
                List.of(
                        """
            spec.yaml:8:16: error: a message must be a mapping, but this is a string
              in the publish operation (spec.yaml:7:5)
              in channel /chat (spec.yaml:6:3)""",
                        "spec.yaml:8:16: warning: the message of the publish operation of channel '/chat' must be a mapping but is"
                                + " a string"),
                SpecBuilder.document("""
            channels:
              /chat:
                publish:
                  message: hello
            """).diagnostics());
    }

    @Test
    void aOneOfMessageThatIsNoMapping() {
        assertEquals(
                List.of(
                        "spec.yaml:10:13: warning: 'oneOf/0' in the message of the publish operation of channel '/chat' must be a"
                                + " mapping but is a string",
                        """
            spec.yaml:10:13: error: a message must be a mapping, but this is a string
              in the publish operation (spec.yaml:7:5)
              in channel /chat (spec.yaml:6:3)"""),
                SpecBuilder.document("""
            channels:
              /chat:
                publish:
                  message:
                    oneOf:
                      - hello
                      - {payload: {type: string}}
            """).diagnostics());
    }

    @Test
    void avroSchemasThatLackWhatTheirTypeNeedsNameTheFieldTheyAreIn() {
        String trail = "\n  in message Created (spec.yaml:10:9)\n  in operation receiveCreated (spec.yaml:21:3)";
        assertEquals(
                List.of(
                        "spec.yaml:16:37: warning: 'messages/created/payload/schema/fields/0/type' in channel 'events' must be a"
                                + " mapping but is an integer for type 'record'",
                        "spec.yaml:16:37: error: an Avro schema must be a type name, a union list or a mapping, but this is an"
                                + " integer\n  for field count (spec.yaml:16:17)" + trail,
                        "spec.yaml:17:36: error: this Avro array needs 'items'\n  for field tags (spec.yaml:17:17)"
                                + trail,
                        "spec.yaml:17:43: warning: 'messages/created/payload/schema/fields/1/type' in channel 'events': with type"
                                + " 'array', property 'items' is required; use type 'null', which accepts it as written",
                        "spec.yaml:18:36: warning: 'messages/created/payload/schema/fields/2/type' in channel 'events' is missing"
                                + " required property 'type' for type 'record'",
                        "spec.yaml:18:36: error: an Avro schema mapping needs 'type' (record, enum, array, map, fixed or a primitive"
                                + " type name)\n  for field meta (spec.yaml:18:17)" + trail,
                        "spec.yaml:19:17: warning: 'messages/created/payload/schema/fields/3' in channel 'events' is missing required"
                                + " property 'name' for type 'record'",
                        "spec.yaml:19:17: error: an Avro record field needs 'name' and 'type'" + trail),
                SpecBuilder.document3("""
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
                          - {name: count, type: 42}
                          - {name: tags, type: {type: array}}
                          - {name: meta, type: {values: string}}
                          - {type: string}
            operations:
              receiveCreated:
                action: receive
                channel: {$ref: '#/channels/events'}
            """).diagnostics());
    }
}
