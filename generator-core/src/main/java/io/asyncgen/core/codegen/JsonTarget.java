package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.Map;

/**
 * The JSON library generated code is written for, and the one place the two differ: the package of
 * Jackson's databind classes. Generated code for either names the same runtime classes (in the
 * same packages: {@code io.asyncgen:asyncgen-runtime} or {@code io.asyncgen:asyncgen-runtime-jackson3})
 * and the same {@code com.fasterxml.jackson.annotation} annotations, and calls the same methods, so
 * the two differ only in their imports. Generators ask {@link GeneratedNames#json()} for these names.
 */
public enum JsonTarget {
    /** Jackson 2.18 or newer ({@code com.fasterxml.jackson.databind}) and {@code io.asyncgen:asyncgen-runtime}. */
    JACKSON_2("com.fasterxml.jackson.databind", "io.asyncgen:asyncgen-runtime"),
    /** Jackson 3 ({@code tools.jackson.databind}) and {@code io.asyncgen:asyncgen-runtime-jackson3}. */
    JACKSON_3("tools.jackson.databind", "io.asyncgen:asyncgen-runtime-jackson3");

    private final String databind;
    private final String runtimeArtifact;

    JsonTarget(String databind, String runtimeArtifact) {
        this.databind = databind;
        this.runtimeArtifact = runtimeArtifact;
    }

    /** The asyncgen runtime generated code for this target needs ({@code groupId:artifactId}). */
    public String runtimeArtifact() {
        return runtimeArtifact;
    }

    ClassName jsonNode() {
        return ClassName.get(databind, "JsonNode");
    }

    ClassName objectNode() {
        return ClassName.get(databind + ".node", "ObjectNode");
    }

    ClassName nullNode() {
        return ClassName.get(databind + ".node", "NullNode");
    }

    /** {@code @JsonSerialize}: Jackson 3 reads only its own databind annotations, and Jackson 2 only its. */
    ClassName jsonSerialize() {
        return ClassName.get(databind + ".annotation", "JsonSerialize");
    }

    ClassName jsonDeserialize() {
        return ClassName.get(databind + ".annotation", "JsonDeserialize");
    }

    /** {@code Map<String, JsonNode>}: the members a record keeps beside its components. */
    TypeName extraMap() {
        return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), jsonNode());
    }
}
