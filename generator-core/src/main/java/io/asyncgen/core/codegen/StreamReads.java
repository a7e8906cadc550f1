package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.EnumType;
import io.asyncgen.core.model.JsonType;
import io.asyncgen.core.model.ListType;
import io.asyncgen.core.model.MapType;
import io.asyncgen.core.model.NamedType;
import io.asyncgen.core.model.Property;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.model.TypeRef;
import io.asyncgen.core.model.UnionType;
import io.asyncgen.core.naming.RecordMemberNames;
import java.util.List;
import java.util.function.Predicate;
import javax.lang.model.element.Modifier;

/**
 * The decoders that read JSON text from the streaming parser ({@code JsonReader}) without a tree:
 * a {@code read} method per record and per discriminated union, and the expressions that read a
 * member of any type. What has no reader of its own (a union told apart by shape, a mapped class)
 * is read through a tree of that value only.
 */
final class StreamReads {
    static final ClassName JSON_READER = ClassName.get("io.asyncgen.runtime.internal", "JsonReader");
    /** The lambda parameter of a reader written inline; no local of a {@code read} method has this name. */
    private static final String ELEMENT = "element";

    private final AsyncApi api;
    private final GeneratedNames names;
    private final TypeMapper types;

    StreamReads(AsyncApi api, GeneratedNames names, TypeMapper types) {
        this.api = api;
        this.names = names;
        this.types = types;
    }

    /** Whether values of the named type {@code name} are read by its own {@code read} method. */
    boolean hasRead(String name) {
        NamedType type = api.type(name);
        return type instanceof RecordType
                || type instanceof UnionType union && union.discriminator().isPresent();
    }

    /** An expression reading the value {@code in} is on as {@code type}; null when it does not fit. */
    CodeBlock read(TypeDef type, String in) {
        if (types.isMapped(type)) {
            return CodeBlock.of("$N.viaTree($L)", in, types.decoder(type));
        }
        if (type instanceof TypeRef ref) {
            ClassName named = names.type(ref.name());
            NamedType target = api.type(ref.name());
            if (target instanceof RecordType) {
                return CodeBlock.of("$T.read($N)", named, in);
            }
            if (hasRead(ref.name())) {
                // a union reads anything (Unknown); a JSON null is no member
                return CodeBlock.of("$N.isNull() ? null : $T.read($N)", in, named, in);
            }
            if (target instanceof EnumType) {
                return CodeBlock.of("$N.stringAs($T::of)", in, named);
            }
            return CodeBlock.of("$N.viaTree($T::decode)", in, named);
        }
        if (type instanceof ListType list) {
            return CodeBlock.of("$N.list($L, $L)", in, reader(list.items()), list.itemsNullable());
        }
        if (type instanceof MapType map) {
            return CodeBlock.of("$N.map($L, $L)", in, reader(map.values()), map.valuesNullable());
        }
        if (type instanceof ScalarType scalar) {
            return CodeBlock.of("$N.$L()", in, scalarMethod(scalar.kind()));
        }
        return CodeBlock.of("$N.tree()", in);
    }

    /** An expression of type {@code JsonReader.Read<T>} (a JSON null is handled by the list or map around it). */
    CodeBlock reader(TypeDef type) {
        if (types.isMapped(type)) {
            return CodeBlock.of("$T.treeOf($L)", JSON_READER, types.decoder(type));
        }
        if (type instanceof TypeRef ref && hasRead(ref.name())) {
            return CodeBlock.of("$T::read", names.type(ref.name()));
        }
        if (type instanceof ListType list) {
            return CodeBlock.of("$T.listOf($L, $L)", JSON_READER, reader(list.items()), list.itemsNullable());
        }
        if (type instanceof MapType map) {
            return CodeBlock.of("$T.mapOf($L, $L)", JSON_READER, reader(map.values()), map.valuesNullable());
        }
        if (type instanceof ScalarType scalar) {
            return CodeBlock.of("$T::$L", JSON_READER, scalarMethod(scalar.kind()));
        }
        if (type instanceof JsonType) {
            return CodeBlock.of("$T::tree", JSON_READER);
        }
        return CodeBlock.of("$N -> $L", ELEMENT, read(type, ELEMENT));
    }

    private static String scalarMethod(ScalarType.Kind kind) {
        return switch (kind) {
            case STRING -> "string";
            case INTEGER -> "integer";
            case NUMBER -> "number";
            case BOOLEAN -> "bool";
        };
    }

    /** A {@code read} method: its Javadoc and parameter (malformed text surfaces where the reading started). */
    private MethodSpec.Builder readMethod(ClassName self, String javadoc) {
        return MethodSpec.methodBuilder("read")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc(javadoc)
                .addParameter(JSON_READER, "in")
                .returns(self);
    }

    /**
     * A record's {@code read}: one pass over the object's members, each declared member read with
     * its own reader and kept as it came when it does not fit, every other member kept; the record
     * keeps where its text is, to write it back as received.
     */
    MethodSpec recordRead(RecordType record, ClassName self) {
        MethodSpec.Builder method = readMethod(
                        self,
                        "Reads the JSON object {@code in} is on; null (the value left"
                                + " unread) for any other value. Never fails on unknown members or unexpected values, which are kept.\n")
                .beginControlFlow("if (!in.isObject())")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("int start = in.startObject()")
                .addStatement("$T extra = null", names.json().extraMap());
        List<Property> components = record.properties().stream()
                .filter(p -> !RecordGenerator.isFixed(p))
                .toList();
        for (Property property : components) {
            method.addStatement("$T $N = null", types.javaType(property.type()), local(property));
        }
        method.beginControlFlow(
                        "for ($T name = in.nextMember(); name != null; name = in.nextMember())", JsonTypes.STRING)
                .beginControlFlow("switch (name)");
        for (Property property : record.properties()) {
            if (RecordGenerator.isFixed(property)) {
                method.addStatement(
                        "case $S -> extra = in.fixed(extra, name, $L)",
                        property.wireName(),
                        RecordGenerator.constantName(record, property));
            } else if (types.alwaysFits(property.type())) {
                method.addStatement("case $S -> $N = in.tree()", property.wireName(), local(property));
            } else {
                method.beginControlFlow("case $S ->", property.wireName())
                        .addStatement("$N = $L", local(property), read(property.type(), "in"))
                        .addStatement("extra = in.member(extra, name, $N)", local(property))
                        .endControlFlow();
            }
        }
        method.addStatement("default -> extra = in.keep(extra, name)")
                .endControlFlow()
                .endControlFlow();
        CodeBlock arguments = CodeBlock.join(
                components.stream().map(p -> CodeBlock.of("$N, ", local(p))).toList(), "");
        CodeBlock values = CodeBlock.join(
                components.stream().map(p -> CodeBlock.of(", $N", local(p))).toList(), "");
        return method.addStatement(
                        "return new $T($L$T.of(extra, in, start$L))", self, arguments, RuntimeTypes.AS_RECEIVED, values)
                .build();
    }

    /** The name of the table of the values that pick a member, a constant of the union's {@code Unknown}. */
    static final String TAGS = "TAGS";

    /** The members a discriminator value picks, in order: the cases of {@link #unionRead}. */
    static List<UnionShape.Member> pickedByTag(UnionShape union, Predicate<TypeDef> isRecord) {
        return union.members().stream()
                .filter(member -> member.value().isPresent() && isRecord.test(member.type()))
                .toList();
    }

    /**
     * The table of the values that pick a member, kept by the union's {@code Unknown} (an interface has
     * no private fields), so that reading the discriminator makes no string.
     */
    static FieldSpec tagsField(UnionShape union, Predicate<TypeDef> isRecord) {
        CodeBlock values = CodeBlock.join(
                pickedByTag(union, isRecord).stream()
                        .map(member -> CodeBlock.of("$S", member.value().get()))
                        .toList(),
                ",\n");
        return FieldSpec.builder(RuntimeTypes.TAGS, TAGS, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(
                        "The values of {@code $L} that pick a member; any other value (or none) is read as {@link $L}.\n",
                        Javadocs.escape(union.discriminator().get()).strip(),
                        UnionGenerator.UNKNOWN)
                .initializer("$T.of(\n$>$>$L$<$<)", RuntimeTypes.TAGS, values)
                .build();
    }

    /** Locals get a suffix so no property can shadow {@code in}, {@code start}, {@code extra} or {@code name}. */
    private static String local(Property property) {
        return RecordMemberNames.decodedLocal(property.javaName());
    }

    /**
     * A discriminated union's {@code read}: reads ahead to the discriminator (the members before it
     * are replayed to the member it picks), else reads the whole value as {@code Unknown}.
     */
    MethodSpec unionRead(UnionShape union, ClassName self, Predicate<TypeDef> isRecord) {
        MethodSpec.Builder method = readMethod(
                        self,
                        "Reads any JSON value: a member when one matches, else {@link " + UnionGenerator.UNKNOWN
                                + "}. Never fails on what it does not know.\n")
                .addStatement(
                        "$T tag = in.discriminator($S, $T.$N)",
                        JsonTypes.STRING,
                        union.discriminator().get(),
                        self.nestedClass(UnionGenerator.UNKNOWN),
                        TAGS)
                .beginControlFlow("if (tag != null)")
                .beginControlFlow("switch (tag)");
        for (UnionShape.Member member : pickedByTag(union, isRecord)) {
            method.addStatement("case $S: return $T.read(in)", member.value().get(), types.javaType(member.type()));
        }
        return method.addStatement("default: break")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return new $T(in.rest())", self.nestedClass(UnionGenerator.UNKNOWN))
                .build();
    }
}
