package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.asyncgen.core.model.Property;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.naming.NameScope;
import io.asyncgen.core.naming.ReservedTypeNames;
import javax.lang.model.element.Modifier;

/**
 * A {@code Builder} for a record, so callers never write positional nulls. A member never set is
 * absent (not written); set to {@code null} it is written as an explicit {@code null}.
 */
final class RecordBuilderGenerator {
    private final TypeMapper types;
    private final BuilderShortcuts shortcuts;

    RecordBuilderGenerator(TypeMapper types, BuilderShortcuts shortcuts) {
        this.types = types;
        this.shortcuts = shortcuts;
    }

    void addTo(TypeSpec.Builder type, RecordType record, ClassName self) {
        ClassName builder = self.nestedClass(ReservedTypeNames.BUILDER);
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("A builder with every member absent.\n")
                .returns(builder)
                .addStatement("return new $T()", builder)
                .build());
        CodeBlock.Builder copy = CodeBlock.builder().addStatement("$T copy = new $T()", builder, builder);
        TypeSpec.Builder nested = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(
                        "Builds a {@link $T}; a member never set stays absent, one set to null is written as null.\n",
                        self);
        CodeBlock.Builder arguments = CodeBlock.builder();
        nested.addField(FieldSpec.builder(types.json().extraMap(), "extra", Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T<>()", JsonTypes.LINKED_HASH_MAP)
                .build());
        nested.addMethod(
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        NameScope methods = BuilderShortcuts.builderMethods(record);
        for (Property property : record.properties()) {
            if (RecordGenerator.isFixed(property)) {
                continue;
            }
            String name = property.javaName();
            nested.addField(types.javaType(property.type()), name, Modifier.PRIVATE);
            nested.addMethod(MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addJavadoc(
                            "Sets {@code $L}; {@code null} writes an explicit null.\n",
                            Javadocs.escape(property.wireName()).strip())
                    .addParameter(types.javaType(property.type()), name)
                    .addStatement("this.$N = $N", name, name)
                    .beginControlFlow("if ($N == null)", name)
                    .addStatement(
                            "extra.put($S, $T.getInstance())",
                            property.wireName(),
                            types.json().nullNode())
                    .nextControlFlow("else")
                    .addStatement("extra.remove($S)", property.wireName())
                    .endControlFlow()
                    .addStatement("return this")
                    .build());
            shortcuts.addTo(nested, builder, property, methods);
            arguments.add("$N, ", name);
            copy.addStatement("copy.$N = this.$N", name, name); // a member named copy must not read the local
        }
        nested.addMethod(MethodSpec.methodBuilder("additionalProperty")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc("Adds a member the schema does not declare (or replaces one).\n")
                .addParameter(JsonTypes.STRING, "name")
                .addParameter(types.json().jsonNode(), "value")
                .addStatement("extra.put(name, value)")
                .addStatement("return this")
                .build());
        nested.addMethod(MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addStatement("return new $T($Lextra)", self, arguments.build())
                .build());
        type.addType(nested.build());
        type.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("A builder holding this record's members.\n")
                .returns(builder)
                .addCode(copy.build())
                .addStatement("copy.extra.putAll($N)", RecordGenerator.EXTRA)
                .addStatement("return copy")
                .build());
    }
}
