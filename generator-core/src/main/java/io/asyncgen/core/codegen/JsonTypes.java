package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Map;

/**
 * Class names of the Jackson and JDK types generated code uses: with the runtime's binding classes
 * ({@link RuntimeTypes}), the one place a Jackson 3 variant changes.
 */
final class JsonTypes {
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  static final ClassName OBJECT_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "ObjectNode");
  static final ClassName NODE_FACTORY = ClassName.get("com.fasterxml.jackson.databind.node", "JsonNodeFactory");
  static final ClassName NULL_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "NullNode");
  static final ClassName OBJECT_MAPPER = ClassName.get("com.fasterxml.jackson.databind", "ObjectMapper");
  static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
  static final ClassName JSON_SERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonSerialize");
  static final ClassName JSON_DESERIALIZE =
      ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName LIST = ClassName.get(List.class);
  static final ClassName MAP = ClassName.get(Map.class);
  static final ClassName LINKED_HASH_MAP = ClassName.get(java.util.LinkedHashMap.class);
  static final ClassName ARRAY_LIST = ClassName.get(java.util.ArrayList.class);
  static final ClassName SET = ClassName.get(java.util.Set.class);
  static final ClassName FUNCTION = ClassName.get(java.util.function.Function.class);
  static final TypeName STRING_LIST = ParameterizedTypeName.get(LIST, STRING);
  static final TypeName EXTRA_MAP = ParameterizedTypeName.get(MAP, STRING, JSON_NODE);

  private JsonTypes() {}
}
