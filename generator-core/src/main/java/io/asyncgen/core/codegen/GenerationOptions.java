package io.asyncgen.core.codegen;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
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
 * @param json the JSON library the code is written for (Jackson 2 or 3; see {@link JsonTarget})
 */
public record GenerationOptions(
        String packageName, GeneratedRole role, Map<String, String> typeMappings, String sourceName, JsonTarget json) {

    public GenerationOptions {
        typeMappings = Collections.unmodifiableMap(new TreeMap<>(typeMappings));
        Objects.requireNonNull(json, "json");
    }

    /** Options for Jackson 2 code. */
    public GenerationOptions(
            String packageName, GeneratedRole role, Map<String, String> typeMappings, String sourceName) {
        this(packageName, role, typeMappings, sourceName, JsonTarget.JACKSON_2);
    }

    /** These options for code written for {@code target}. */
    public GenerationOptions withJson(JsonTarget target) {
        return new GenerationOptions(packageName, role, typeMappings, sourceName, target);
    }

    public static GenerationOptions of(String packageName, GeneratedRole role, String sourceName) {
        return new GenerationOptions(packageName, role, Map.of(), sourceName);
    }
}
