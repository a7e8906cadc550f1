package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * {@code <Union>Codec}: text in, typed event out, and back. Decoding fails only on malformed
 * JSON; encoding fails only when a required member is missing, naming every one with its path.
 */
final class CodecGenerator {
  private final GeneratedNames names;

  CodecGenerator(GeneratedNames names) {
    this.names = names;
  }

  TypeSpec generate(MessageUnion union) {
    ClassName event = names.type(union.shape().name());
    return names.topLevel(TypeSpec.classBuilder(names.type(union.codecName()))).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        
        .addJavadoc("Decodes and encodes {@link $T} messages as JSON text.\n", event)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("decode").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("Decodes one message: a typed member, or {@link $T.$L} for anything this code does not know.\n"
                + "@throws $T when the text is not JSON\n", event, UnionGenerator.UNKNOWN, names.decodeException())
            .addParameter(JsonTypes.STRING, "json").returns(event).addException(names.decodeException())
            .addStatement("return $T.fromJson($T.parse(json))", event, names.jsonSupport()).build())
        .addMethod(MethodSpec.methodBuilder("encode").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("Encodes one message as compact JSON text.\n"
                + "@throws IllegalArgumentException naming every required member that is missing\n")
            .addParameter(event, "event").returns(JsonTypes.STRING)
            .addStatement("$T problems = event.validate()", JsonTypes.STRING_LIST)
            .beginControlFlow("if (!problems.isEmpty())")
            .addStatement("throw new $T($S + event.getClass().getSimpleName() + $S + $T.join($S, problems))",
                IllegalArgumentException.class, "cannot encode ", ": ", String.class, "; ")
            .endControlFlow()
            .addStatement("return $T.print(event.toJson())", names.jsonSupport()).build())
        .build();
  }
}
