package io.asyncgen.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Message;
import io.asyncgen.core.model.Property;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.testing.SpecBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamingInModelTest {

    @Test
    void collidingTypeNamesAreNumberedWithAWarning() {
        SpecBuilder spec = SpecBuilder.document("""
        components:
          schemas:
            foo_bar: {type: object, properties: {a: {type: string}}}
            FooBar: {type: object, properties: {b: {type: string}}}
        """);

        AsyncApi api = spec.link();
        assertEquals(List.of("FooBar", "FooBar2"), List.copyOf(api.types().keySet()));
        assertEquals(
                List.of(
                        "spec.yaml:9:13: warning: type name 'FooBar' is already used by the schema at"
                                + " line 8; this one is named 'FooBar2' (set x-java-name to choose a name)",
                        "  in schema FooBar (spec.yaml:9:5)"),
                spec.diagnostics().stream().flatMap(String::lines).toList());
    }

    @Test
    void aMessageWhoseComponentKeyTheSpecificationRefusesIsNamedByItsName() {
        SpecBuilder spec = SpecBuilder.document("""
        channels:
          /talk:
            subscribe:
              message:
                oneOf:
                  - $ref: '#/components/messages/pkg~1v1-server-0-Hello'
                  - $ref: '#/components/messages/Bye'
                  - $ref: '#/components/messages/pkg~1v1-server-1-Unnamed'
        components:
          messages:
            pkg/v1-server-0-Hello:
              name: Hello
              payload: {type: object, properties: {type: {const: hello}}}
            Bye:
              name: good_bye
              payload: {type: object, properties: {type: {const: bye}}}
            pkg/v1-server-1-Unnamed:
              payload: {type: object, properties: {type: {const: unnamed}}}
        """);

        AsyncApi api = spec.link();
        assertEquals(
                List.of("Hello", "Bye", "PkgV1Server1Unnamed"),
                api.channel("/talk").orElseThrow().operations().get(0).messages().stream()
                        .map(Message::key)
                        .toList());
    }

    @Test
    void collidingMemberNamesAndKeywordsStayDistinct() {
        AsyncApi api = SpecBuilder.document("""
        components:
          schemas:
            Odd:
              type: object
              properties:
                foo_bar: {type: string}
                fooBar: {type: string}
                class: {type: string}
                2fa: {type: string}
        """).link();

        assertEquals(
                List.of("fooBar", "fooBar2", "class_", "_2fa"),
                ((RecordType) api.type("Odd"))
                        .properties().stream().map(Property::javaName).toList());
    }

    @Test
    void xJavaNameOverridesTypeAndPropertyNames() {
        AsyncApi api = SpecBuilder.document("""
        components:
          schemas:
            odd_name:
              x-java-name: Renamed
              type: object
              properties:
                weird: {type: string, x-java-name: nice}
        """).link();

        assertEquals(
                "nice", ((RecordType) api.type("Renamed")).properties().get(0).javaName());
    }
}
