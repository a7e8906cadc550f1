package io.asyncgen.core.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.Optional;

/** What every generated top-level type carries: {@code @Generated} (no date) and its Javadoc. */
final class TypeSpecs {
    private TypeSpecs() {}

    static AnnotationSpec generated() {
        return AnnotationSpec.builder(JsonTypes.GENERATED)
                .addMember("value", "$S", GeneratedNames.GENERATOR)
                .build();
    }

    /** Generated code may use types the document deprecates without warnings of its own. */
    static AnnotationSpec suppressDeprecation() {
        return AnnotationSpec.builder(SuppressWarnings.class)
                .addMember("value", "$S", "deprecation")
                .build();
    }

    /**
     * {@code @JsonSerialize}/{@code @JsonDeserialize} naming the runtime's binding, so any
     * {@code ObjectMapper} reads and writes the type as its codec does (decision 0023).
     */
    static TypeSpec.Builder boundToTheWire(JsonTarget json, TypeSpec.Builder type) {
        return type.addAnnotation(AnnotationSpec.builder(json.jsonSerialize())
                        .addMember("using", "$T.class", RuntimeTypes.WIRE_SERIALIZER)
                        .build())
                .addAnnotation(AnnotationSpec.builder(json.jsonDeserialize())
                        .addMember("using", "$T.class", RuntimeTypes.WIRE_DESERIALIZER)
                        .build());
    }

    static void describe(TypeSpec.Builder type, Optional<String> javadoc) {
        javadoc.ifPresent(text -> type.addJavadoc("$L", text));
    }
}
