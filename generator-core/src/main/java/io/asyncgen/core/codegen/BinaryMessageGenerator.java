package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.asyncgen.core.model.Property;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * A record per message that travels as a binary frame ({@code type: string, format: binary}, or
 * {@code application/octet-stream}): it holds the bytes, read-only, and is a member of its
 * direction's union like any JSON message, so handlers, listeners and {@code send} treat both alike.
 */
final class BinaryMessageGenerator {
    private final GeneratedNames names;

    BinaryMessageGenerator(GeneratedNames names) {
        this.names = names;
    }

    TypeSpec generate(UnionShape union, UnionShape.BinaryMember member, List<Property> common) {
        ClassName self = names.type(member.recordName());
        CodeBlock.Builder javadoc = CodeBlock.builder()
                .add("{@code $L}", Javadocs.escape(member.label()).strip());
        javadoc.add(
                "$L",
                Javadocs.about(member.message()).map(about -> ": " + about).orElse("\n"));
        javadoc.add("\n<p>Travels as a binary WebSocket frame: {@link #data()} is the frame's payload.\n")
                .add("\n@param data the bytes; the constructor copies the remaining bytes of the buffer it is given\n");
        TypeSpec.Builder record = TypeSpecs.boundToTheWire(names.json(), names.topLevel(TypeSpec.recordBuilder(self)))
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(names.type(union.name()))
                .addJavadoc(javadoc.build())
                .recordConstructor(MethodSpec.compactConstructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(ByteBuffer.class, "data")
                        .addStatement(
                                "data = $T.frozenCopy($T.requireNonNull(data, $S))",
                                names.jsonSupport(),
                                Objects.class,
                                "data")
                        .build());
        record.addMethod(MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addJavadoc("A message holding a copy of {@code data}.\n")
                .addParameter(byte[].class, "data")
                .addStatement("return new $T($T.wrap(data))", self, ByteBuffer.class)
                .build());
        record.addMethod(MethodSpec.methodBuilder("data")
                .addModifiers(Modifier.PUBLIC)
                .returns(ByteBuffer.class)
                .addJavadoc("The bytes, as a read-only buffer of its own (its position is yours to move).\n")
                .addStatement("return data.duplicate()")
                .build());
        record.addMethod(MethodSpec.methodBuilder("bytes")
                .addModifiers(Modifier.PUBLIC)
                .returns(byte[].class)
                .addJavadoc("A copy of the bytes.\n")
                .addStatement("return $T.bytesOf(data)", names.jsonSupport())
                .build());
        record.addMethod(MethodSpec.methodBuilder("toJson")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(names.json().jsonNode())
                .addJavadoc(
                        "The bytes as a JSON binary value (base64 in JSON text): how a log shows them. On the wire they"
                                + " are a binary frame.\n")
                .addStatement("return $T.binary(data)", names.jsonSupport())
                .build());
        record.addMethod(MethodSpec.methodBuilder("fromJson")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addJavadoc(
                        "The message {@link #toJson} printed: its bytes from base64 text (what a log or a store holds).\n"
                                + "@throws IllegalArgumentException for any other JSON value\n")
                .addParameter(names.json().jsonNode(), "json")
                .beginControlFlow("if (!$T.isString(json) && !json.isBinary())", names.jsonSupport())
                .addStatement(
                        "throw new $T($S + json.getNodeType())",
                        IllegalArgumentException.class,
                        member.recordName() + ": expected base64 text but got ")
                .endControlFlow()
                .addStatement("return new $T($T.bytesOf(json))", self, names.jsonSupport())
                .build());
        record.addMethod(MethodSpec.methodBuilder("validate")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(JsonTypes.STRING_LIST)
                .addStatement("return $T.of()", List.class)
                .build());
        for (Property property : common) {
            record.addMethod(MethodSpec.methodBuilder(property.javaName())
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(JsonTypes.STRING)
                    .addJavadoc(
                            "Always null: a binary frame has no {@code $L}.\n",
                            Javadocs.escape(property.wireName()).strip())
                    .addStatement("return null")
                    .build());
        }
        return record.build();
    }
}
