package io.asyncgen.core.codegen;

import java.util.Map;
import java.util.TreeMap;

/**
 * What to generate.
 *
 * @param packageName the Java package of every generated file
 * @param role which side the client/server skeleton plays
 * @param typeMappings {@code format} (e.g. {@code date-time}) or type name to a Java class name
 *     ({@code java.time.OffsetDateTime}); the codec converts such members on decode and encode, keeping
 *     a value as written when it does not convert back to the same JSON (see docs/type-mapping.md)
 * @param sourceName how generated headers name the document ({@code spec/azure.yaml})
 */
public record GenerationOptions(String packageName, GeneratedRole role, Map<String, String> typeMappings,
    String sourceName) {

  public GenerationOptions {
    typeMappings = java.util.Collections.unmodifiableMap(new TreeMap<>(typeMappings));
  }

  public static GenerationOptions of(String packageName, GeneratedRole role, String sourceName) {
    return new GenerationOptions(packageName, role, Map.of(), sourceName);
  }
}
