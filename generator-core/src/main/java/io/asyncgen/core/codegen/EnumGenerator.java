package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.asyncgen.core.model.EnumType;
import io.asyncgen.core.naming.ReservedTypeNames;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * An open enum: a record holding the wire value, a constant per known value and a nested
 * {@code Known} enum for {@code switch}. A value this code does not know decodes without error
 * and encodes unchanged.
 */
final class EnumGenerator {
    private final GeneratedNames names;

    EnumGenerator(GeneratedNames names) {
        this.names = names;
    }

    TypeSpec generate(EnumType enumType, List<ClassName> interfaces) {
        ClassName self = names.type(enumType.name());
        ClassName known = self.nestedClass(ReservedTypeNames.KNOWN);
        TypeSpec.Builder type = TypeSpecs.boundToTheWire(names.json(), names.topLevel(TypeSpec.recordBuilder(self)))
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterfaces(interfaces);
        TypeSpecs.describe(type, Javadocs.of(enumType.description(), Optional.empty()));
        if (enumType.deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        type.recordConstructor(MethodSpec.compactConstructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(ParameterSpec.builder(JsonTypes.STRING, "value")
                        .addJavadoc("The value as on the wire.\n")
                        .build())
                .addStatement("$T.requireNonNull(value, $S)", Objects.class, "value")
                .build());
        TypeSpec.Builder knownEnum = TypeSpec.enumBuilder(known)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The values this code was generated with, for {@code switch}.\n");
        MethodSpec.Builder of = MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The constant for a known value, else a new instance holding it.\n")
                .addParameter(JsonTypes.STRING, "value")
                .returns(self)
                .beginControlFlow("switch (value)");
        MethodSpec.Builder knownMethod = MethodSpec.methodBuilder("known")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The known value, or empty for a value this code does not know.\n")
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), known))
                .beginControlFlow("switch (value)");
        for (EnumType.EnumValue value : enumType.values()) {
            type.addField(FieldSpec.builder(self, value.javaName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("{@code $L}\n", Javadocs.escape(value.wire()).strip())
                    .initializer("new $T($S)", self, value.wire())
                    .build());
            knownEnum.addEnumConstant(value.javaName());
            of.addStatement("case $S: return $N", value.wire(), value.javaName());
            knownMethod.addStatement(
                    "case $S: return $T.of($T.$N)", value.wire(), Optional.class, known, value.javaName());
        }
        of.addStatement("default: return new $T(value)", self).endControlFlow();
        knownMethod.addStatement("default: return $T.empty()", Optional.class).endControlFlow();
        type.addType(knownEnum.build());
        type.addMethod(of.build());
        type.addMethod(knownMethod.build());
        type.addMethod(MethodSpec.methodBuilder("isKnown")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addStatement("return known().isPresent()")
                .build());
        type.addMethod(MethodSpec.methodBuilder("fromJson")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Decodes a JSON string: the constant for a known value, else a new instance holding it.\n"
                        + "@throws IllegalArgumentException for any other JSON value\n")
                .addParameter(names.json().jsonNode(), "json")
                .returns(self)
                .beginControlFlow("if (!$T.isString(json))", names.jsonSupport())
                .addStatement(
                        "throw new $T($S + json.getNodeType())",
                        IllegalArgumentException.class,
                        enumType.name() + ": expected a JSON string but got ")
                .endControlFlow()
                .addStatement("return of($T.asString(json))", names.jsonSupport())
                .build());
        type.addMethod(MethodSpec.methodBuilder("decode")
                .addModifiers(Modifier.STATIC)
                .addJavadoc("Decodes a JSON string; null for anything else.\n")
                .addParameter(names.json().jsonNode(), "json")
                .returns(self)
                .addStatement(
                        "return $T.isString(json) ? of($T.asString(json)) : null",
                        names.jsonSupport(),
                        names.jsonSupport())
                .build());
        type.addMethod(MethodSpec.methodBuilder("toJson")
                .addModifiers(Modifier.PUBLIC)
                .returns(names.json().jsonNode())
                .addStatement("return $T.string(value)", names.jsonSupport())
                .build());
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(JsonTypes.STRING)
                .addStatement("return value")
                .build());
        return type.build();
    }
}
