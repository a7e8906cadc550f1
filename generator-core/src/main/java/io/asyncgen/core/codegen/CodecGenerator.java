package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * {@code <Union>Codec}: a frame in, a typed event out, and back. Decoding fails only on text that
 * is not JSON; encoding fails only when a required member is missing, naming every one with its
 * path. Messages whose payload is binary travel as binary frames.
 */
final class CodecGenerator {
    private final GeneratedNames names;

    CodecGenerator(GeneratedNames names) {
        this.names = names;
    }

    TypeSpec generate(MessageUnion union) {
        ClassName event = names.type(union.shape().name());
        List<UnionShape.BinaryMember> binaries = union.shape().binaries();
        return names.topLevel(TypeSpec.classBuilder(names.type(union.codecName())))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(
                        "Decodes and encodes {@link $T} messages: JSON text$L.\n",
                        event,
                        binaries.isEmpty() ? "" : ", and binary frames for " + links(binaries))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethod(MethodSpec.methodBuilder("decode")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc(
                                "Decodes one text message: a typed member, or {@link $T.$L} for anything this code does not"
                                        + " know.\n@throws $T when the text is not JSON\n",
                                event,
                                UnionGenerator.UNKNOWN,
                                names.decodeException())
                        .addParameter(JsonTypes.STRING, "json")
                        .returns(event)
                        .addException(names.decodeException())
                        .addStatement(
                                "return $T.decode(json, $L)",
                                StreamReads.JSON_READER,
                                union.shape().discriminator().isPresent()
                                        ? CodeBlock.of("$T::read", event)
                                        : CodeBlock.of("$T.treeOf($T::fromJson)", StreamReads.JSON_READER, event))
                        .build())
                .addMethod(decodeBinary(event, binaries))
                .addMethod(MethodSpec.methodBuilder("encode")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc(
                                "Encodes one message as JSON text. A message decoded from the wire (and not changed since) is"
                                        + " written back as the text it came as, byte for byte and unchecked (a relay passes on what the peer"
                                        + " sent, mistakes included); any other is checked first and written as compact JSON text.\n"
                                        + "@throws IllegalArgumentException naming every required member that is missing, null or of the"
                                        + " wrong type, or for a message that travels as a binary frame (see {@link #encodeFrame})\n")
                        .addParameter(event, "event")
                        .returns(JsonTypes.STRING)
                        .beginControlFlow("if ($L)", travelsAsBinary(event, binaries))
                        .addStatement(
                                "throw new $T(event.getClass().getSimpleName() + $S)",
                                IllegalArgumentException.class,
                                " travels as a binary frame, not as JSON text: use encodeFrame")
                        .endControlFlow()
                        .addStatement("$T json = event.toJson()", names.json().jsonNode())
                        .beginControlFlow("if (!$T.isCopy(json))", RuntimeTypes.AS_RECEIVED)
                        .addStatement("$T problems = event.validate()", JsonTypes.STRING_LIST)
                        .beginControlFlow("if (!problems.isEmpty())")
                        .addStatement(
                                "throw new $T($S + event.getClass().getSimpleName() + $S + $T.join($S, problems))",
                                IllegalArgumentException.class,
                                "cannot encode ",
                                ": ",
                                String.class,
                                "; ")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("return $T.print(json)", names.jsonSupport())
                        .build())
                .addMethod(encodeFrame(event, binaries))
                .build();
    }

    private MethodSpec decodeBinary(ClassName event, List<UnionShape.BinaryMember> binaries) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("decode")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(ByteBuffer.class, "data")
                .returns(event);
        if (binaries.isEmpty()) {
            return method.addJavadoc(
                            "Decodes one binary frame: this direction declares no binary message, so it is kept"
                                    + " whole as {@link $T.$L} holding a JSON binary value. Never fails.\n",
                            event,
                            UnionGenerator.UNKNOWN)
                    .addStatement(
                            "return new $T($T.binary(data))",
                            event.nestedClass(UnionGenerator.UNKNOWN),
                            names.jsonSupport())
                    .build();
        }
        String others = binaries.size() == 1
                ? ""
                : " (the first binary message the document lists for this direction;"
                        + " a binary frame cannot say which of " + links(binaries) + " it is)";
        return method.addJavadoc(
                        "Decodes one binary frame as {@link $T}$L. Never fails.\n",
                        names.type(binaries.get(0).recordName()),
                        others)
                .addStatement("return new $T(data)", names.type(binaries.get(0).recordName()))
                .build();
    }

    private MethodSpec encodeFrame(ClassName event, List<UnionShape.BinaryMember> binaries) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("encodeFrame")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc(
                        "Encodes one message as the frame it travels in: a binary frame for a binary message (and for an"
                                + " {@link $T.$L} that holds one), else JSON text as {@link #encode}.\n"
                                + "@throws IllegalArgumentException naming every required member that is missing\n",
                        event,
                        UnionGenerator.UNKNOWN)
                .addParameter(event, "event")
                .returns(RuntimeTypes.FRAME);
        for (UnionShape.BinaryMember binary : binaries) {
            method.beginControlFlow("if (event instanceof $T binary)", names.type(binary.recordName()))
                    .addStatement("return $T.binary(binary.data())", RuntimeTypes.FRAME)
                    .endControlFlow();
        }
        return method.beginControlFlow(
                        "if (event instanceof $T.$L unknown && unknown.json().isBinary())",
                        event,
                        UnionGenerator.UNKNOWN)
                .addStatement("return $T.binary($T.bytesOf(unknown.json()))", RuntimeTypes.FRAME, names.jsonSupport())
                .endControlFlow()
                .addStatement("return $T.text(encode(event))", RuntimeTypes.FRAME)
                .build();
    }

    /** A condition: whether {@code event} is a binary message, or an unknown one holding bytes. */
    private CodeBlock travelsAsBinary(ClassName event, List<UnionShape.BinaryMember> binaries) {
        CodeBlock.Builder test = CodeBlock.builder();
        for (UnionShape.BinaryMember binary : binaries) {
            test.add("event instanceof $T || ", names.type(binary.recordName()));
        }
        return test.add("event instanceof $T.$L unknown && unknown.json().isBinary()", event, UnionGenerator.UNKNOWN)
                .build();
    }

    private String links(List<UnionShape.BinaryMember> binaries) {
        return binaries.stream().map(b -> "{@link " + b.recordName() + "}").collect(Collectors.joining(", "));
    }
}
