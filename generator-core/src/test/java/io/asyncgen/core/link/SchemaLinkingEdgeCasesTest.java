package io.asyncgen.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.JsonType;
import io.asyncgen.core.model.ListType;
import io.asyncgen.core.model.Property;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.model.TypeRef;
import io.asyncgen.core.testing.SpecBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schemas the random-document test once broke the linker with, pinned one by one. */
class SchemaLinkingEdgeCasesTest {

    @Test
    void aTupleHasNoElementTypeSoItsElementsStayJsonValues() {
        AsyncApi api = SpecBuilder.document("""
        components:
          schemas:
            Point:
              type: object
              properties:
                xy:
                  type: array
                  items: [{type: number}, {type: number}]
        """).link();

        assertEquals(
                new ListType(new JsonType(), true), member(api, "Point", "xy").type());
    }

    @Test
    void aSelfRecursiveSchemaRefersToItself() {
        AsyncApi api = SpecBuilder.document("""
        components:
          schemas:
            Node:
              type: object
              properties:
                children: {type: array, items: {$ref: '#/components/schemas/Node'}}
                parent: {$ref: '#/components/schemas/Node'}
        """).link();

        assertEquals(
                new ListType(new TypeRef("Node"), false),
                member(api, "Node", "children").type());
        assertEquals(new TypeRef("Node"), member(api, "Node", "parent").type());
    }

    @Test
    void aMemberNamedLikeACaselessTypeIsRenamed() {
        // Java reads 名前::decode as the member, not the type: the member gives way
        AsyncApi api = SpecBuilder.document("""
        components:
          schemas:
            名前: {type: object, properties: {a: {type: string}}}
            Holder:
              type: object
              properties:
                名前: {$ref: '#/components/schemas/名前'}
        """).link();

        Property member = ((RecordType) api.type("Holder")).properties().get(0);
        assertEquals("名前", member.wireName());
        assertEquals("名前2", member.javaName());
        assertEquals(new TypeRef("名前"), member.type());
    }

    @Test
    void xJavaNameOnAReferencedSchemaNamesTheTypeNotTheMembersThatUseIt() {
        AsyncApi api = SpecBuilder.document("""
        components:
          schemas:
            audio_format: {x-java-name: AudioFormat, type: object, properties: {rate: {type: integer}}}
            Session:
              type: object
              properties:
                input_format: {$ref: '#/components/schemas/audio_format'}
                output_format: {x-java-name: speakerFormat, $ref: '#/components/schemas/audio_format'}
                voice: {x-java-name: speaker, type: string}
        """).link();

        assertEquals(
                List.of("inputFormat", "outputFormat", "speaker"),
                ((RecordType) api.type("Session"))
                        .properties().stream().map(Property::javaName).toList());
        assertEquals(
                new TypeRef("AudioFormat"),
                member(api, "Session", "input_format").type());
    }

    private static Property member(AsyncApi api, String type, String wireName) {
        return ((RecordType) api.type(type))
                .properties().stream()
                        .filter(p -> p.wireName().equals(wireName))
                        .findFirst()
                        .orElseThrow();
    }
}
