package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.testing.GeneratedCode;
import io.asyncgen.core.testing.SpecBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypeMappingsTest {
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

  @Test
  void formatsAndSchemasMapToExistingClassesAndTheCodeCompiles() {
    List<GeneratedFile> files = new JavaGenerator(new GenerationOptions("mapped", GeneratedRole.CLIENT,
        Map.of("date-time", "java.time.OffsetDateTime", "uuid", "java.util.UUID"), "spec.yaml")).generate(API);
    String item = files.stream().filter(f -> f.relativePath().equals("mapped/Item.java")).findFirst().orElseThrow().content();
    assertTrue(item.contains("OffsetDateTime createdAt"), item);
    assertTrue(item.contains("UUID id"), item);
    assertTrue(item.contains("ObjectNode blob"), item);
    assertFalse(files.stream().anyMatch(f -> f.relativePath().equals("mapped/Blob.java")), "a mapped schema is not generated");
    GeneratedCode.compile(files);
  }
}
