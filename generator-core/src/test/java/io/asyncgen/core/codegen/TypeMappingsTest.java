package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.testing.GeneratedCode;
import io.asyncgen.core.testing.LoadedCode;
import io.asyncgen.core.testing.SpecBuilder;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A format or a schema mapped to an existing class: the member has that class, and values convert both ways. */
class TypeMappingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AsyncApi API = SpecBuilder.document("""
      components:
        schemas:
          Item:
            type: object
            properties:
              created_at: {type: string, format: date-time}
              id: {type: string, format: uuid}
              blob: {$ref: '#/components/schemas/Blob'}
          Blob:
            x-java-type: com.fasterxml.jackson.databind.node.ObjectNode
            type: object
            properties:
              a: {type: string}
      """).link();
    private static final List<GeneratedFile> FILES = new JavaGenerator(new GenerationOptions(
                    "mapped",
                    GeneratedRole.CLIENT,
                    Map.of("date-time", "java.time.OffsetDateTime", "uuid", "java.util.UUID"),
                    "spec.yaml"))
            .generate(API);
    private static final Class<?> ITEM = item();

    @Test
    void mappedFormatsAndSchemasAreTheMembersTypesAndAMappedSchemaIsNotGenerated() {
        assertEquals(
                List.of("mapped/Item.java"),
                FILES.stream().map(GeneratedFile::relativePath).toList());
        assertEquals(
                List.of(
                        "createdAt java.time.OffsetDateTime",
                        "id java.util.UUID",
                        "blob com.fasterxml.jackson.databind.node.ObjectNode",
                        "additionalProperties java.util.Map<java.lang.String, com.fasterxml.jackson.databind.JsonNode>"),
                Arrays.stream(ITEM.getRecordComponents())
                        .map(c -> c.getName() + " " + c.getGenericType().getTypeName())
                        .toList());
    }

    @Test
    void valuesDecodeToTheMappedClassesAndEncodeBackToTheSameJson() throws Exception {
        JsonNode json = JSON.readTree("""
        {"created_at": "2025-01-02T03:04:05Z", "id": "0f8fad5b-d9cb-469f-a165-70867728950e", "blob": {"a": "x", "b": 1}}
        """);
        Object item = ITEM.getMethod("fromJson", JsonNode.class).invoke(null, json);

        assertEquals(OffsetDateTime.parse("2025-01-02T03:04:05Z"), component(item, "createdAt"));
        assertEquals(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"), component(item, "id"));
        assertEquals(json.get("blob"), component(item, "blob"));
        assertEquals(json, LoadedCode.invoke(item, "toJson"));
    }

    @Test
    void aValueThatDoesNotConvertBackTheSameIsKeptAsItCame() throws Exception {
        JsonNode json =
                JSON.readTree("{\"created_at\": \"yesterday\", \"id\": \"0F8FAD5B-D9CB-469F-A165-70867728950E\"}");
        Object item = ITEM.getMethod("fromJson", JsonNode.class).invoke(null, json);

        assertNull(component(item, "createdAt"));
        assertNull(component(item, "id"), "an upper-case UUID prints back in lower case: not the same text");
        assertEquals(
                Map.of("created_at", json.get("created_at"), "id", json.get("id")),
                component(item, "additionalProperties"));
        assertEquals(json, LoadedCode.invoke(item, "toJson"));
    }

    private static Object component(Object record, String name) throws ReflectiveOperationException {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component.getAccessor().invoke(record);
            }
        }
        throw new AssertionError("no component " + name);
    }

    private static Class<?> item() {
        try {
            return Class.forName("mapped.Item", true, GeneratedCode.load(GeneratedCode.compile(FILES)));
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
