package io.asyncgen.core.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import io.asyncgen.core.model.ListType;
import io.asyncgen.core.model.MapType;
import io.asyncgen.core.model.Property;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.TypeRef;
import io.asyncgen.core.naming.JavaNames;
import io.asyncgen.core.naming.NameScope;
import io.asyncgen.core.naming.RecordMemberNames;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.Modifier;

/**
 * A record per object schema: one component per property (in schema order) plus
 * {@code additionalProperties}, which keeps unknown members and values that did not fit their
 * type, so {@code toJson(fromJson(x))} equals {@code x}. Properties fixed by a required
 * {@code const} are not components: the record writes them itself.
 */
final class RecordGenerator {
    static final String EXTRA = "additionalProperties";

    private final GeneratedNames names;
    private final TypeMapper types;
    /** Whether a named type has a {@code validate()} to recurse into (records and unions). */
    private final Predicate<String> validates;

    private final BuilderShortcuts shortcuts;
    private final StreamReads reads;

    RecordGenerator(
            GeneratedNames names,
            TypeMapper types,
            Predicate<String> validates,
            BuilderShortcuts shortcuts,
            StreamReads reads) {
        this.names = names;
        this.types = types;
        this.validates = validates;
        this.shortcuts = shortcuts;
        this.reads = reads;
    }

    /** A property the record fixes instead of taking it as a component. */
    static boolean isFixed(Property property) {
        return property.constValue().isPresent() && property.required();
    }

    /** The constant holding a fixed property's value: unique in its record. */
    static String constantName(RecordType record, Property property) {
        NameScope constants = RecordMemberNames.constantScope();
        String name = null;
        for (Property p : record.properties()) {
            if (isFixed(p)) {
                String allocated = constants.allocate(JavaNames.constantName(p.wireName()));
                name = p.wireName().equals(property.wireName()) ? allocated : name;
            }
        }
        return name;
    }

    /**
     * The record for {@code record}; {@code carriedBy} are the union members of messages whose payload
     * it is, described in its Javadoc (what a listener of this type receives).
     */
    TypeSpec generate(RecordType record, List<ClassName> interfaces, List<UnionShape.Member> carriedBy) {
        ClassName self = names.type(record.name());
        TypeSpec.Builder type = TypeSpecs.boundToTheWire(names.json(), names.topLevel(TypeSpec.recordBuilder(self)))
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterfaces(interfaces);
        Optional<String> about = Javadocs.of(record.description(), record.title());
        TypeSpecs.describe(type, about);
        boolean first = about.isEmpty();
        for (UnionShape.Member member : carriedBy) {
            // the message's own name (or key), which other messages of its union do not change
            String message = member.message().map(m -> m.name().orElse(m.key())).orElse(member.label());
            type.addJavadoc(
                    "$LThe payload of message {@code $L}$L",
                    first ? "" : "\n<p>",
                    Javadocs.escape(message).strip(),
                    member.message().flatMap(Javadocs::about).map(a -> ": " + a).orElse(".\n"));
            first = false;
        }
        if (record.deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        for (Property property : record.properties()) {
            if (isFixed(property)) {
                type.addField(FieldSpec.builder(
                                JsonTypes.STRING,
                                constantName(record, property),
                                Modifier.PUBLIC,
                                Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("$S", property.constValue().get())
                        .build());
                type.addMethod(MethodSpec.methodBuilder(property.javaName())
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc(
                                "The value of {@code $L}: always {@value #$L}.\n",
                                Javadocs.escape(property.wireName()).strip(),
                                constantName(record, property))
                        .returns(JsonTypes.STRING)
                        .addStatement("return $L", constantName(record, property))
                        .build());
                continue;
            }
            ParameterSpec.Builder component = ParameterSpec.builder(
                            types.javaType(property.type()), property.javaName())
                    .addAnnotation(AnnotationSpec.builder(JsonTypes.JSON_PROPERTY)
                            .addMember("value", "$S", property.wireName())
                            .build());
            String deprecated = property.deprecated() ? "Deprecated by the document.\n" : "";
            property.description()
                    .map(Javadocs::markdown)
                    .or(() -> Optional.of(""))
                    .filter(d -> !(d + deprecated).isEmpty())
                    .ifPresent(d -> component.addJavadoc("$L$L", d, deprecated));
            constructor.addParameter(component.build());
            if (property.type() instanceof ListType) {
                constructor.addStatement(
                        "$N = $T.copyOfList($N)", property.javaName(), names.jsonSupport(), property.javaName());
            } else if (property.type() instanceof MapType) {
                constructor.addStatement(
                        "$N = $T.copyOfMap($N)", property.javaName(), names.jsonSupport(), property.javaName());
            }
        }
        constructor.addParameter(ParameterSpec.builder(names.json().extraMap(), EXTRA)
                .addJavadoc(
                        "Members not declared by the schema, and declared members whose value did not fit their type (such as an explicit null), as they came.\n")
                .build());
        constructor.addStatement("$N = $T.copyOfExtra($N)", EXTRA, names.jsonSupport(), EXTRA);
        type.recordConstructor(constructor.build());
        type.addMethod(fromJson(record, self));
        type.addMethod(reads.recordRead(record, self));
        type.addMethod(decode(self));
        type.addMethod(toJson(record));
        type.addMethod(validate(record));
        addBytesAccessors(type, record);
        new RecordBuilderGenerator(types, shortcuts).addTo(type, record, self);
        return type.build();
    }

    /** {@code audioBytes()} beside {@code audio()} for base64 text: decoded when asked, each time. */
    private void addBytesAccessors(TypeSpec.Builder type, RecordType record) {
        // no property can take a generated member's name (the linker numbers it), so only properties can clash
        Set<String> members = new HashSet<>();
        record.properties().forEach(p -> members.add(p.javaName()));
        for (Property property : record.properties()) {
            String accessor = property.javaName() + "Bytes";
            if (isFixed(property)
                    || !(property.type() instanceof ScalarType scalar)
                    || !scalar.isBase64()
                    || types.isMapped(property.type())
                    || !members.add(accessor)) {
                continue;
            }
            type.addMethod(MethodSpec.methodBuilder(accessor)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(byte[].class)
                    .addJavadoc(
                            "The bytes {@code $L} holds as base64 text, decoded now (null when it is absent).\n"
                                    + "@throws IllegalArgumentException when the text is not base64\n",
                            Javadocs.escape(property.wireName()).strip())
                    .addStatement(
                            "return $T.bytes($N, $S)",
                            BuilderShortcuts.SUPPORT,
                            property.javaName(),
                            property.wireName())
                    .build());
        }
    }

    /** Decodes a tree as its text would be decoded ({@link StreamReads#recordRead}). */
    private MethodSpec fromJson(RecordType record, ClassName self) {
        return MethodSpec.methodBuilder("fromJson")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc(
                        "Decodes a JSON object; never fails on unknown members or unexpected values, which are kept.\n")
                .addParameter(names.json().jsonNode(), "json")
                .returns(self)
                .beginControlFlow("if (!json.isObject())")
                .addStatement(
                        "throw new $T($S + json.getNodeType())",
                        IllegalArgumentException.class,
                        record.name() + ": expected a JSON object but got ")
                .endControlFlow()
                .addStatement("return $T.fromTree(json, $T::read)", StreamReads.JSON_READER, self)
                .build();
    }

    private MethodSpec decode(ClassName self) {
        return MethodSpec.methodBuilder("decode")
                .addModifiers(Modifier.STATIC)
                .addJavadoc("Decodes a value that is a JSON object; null for anything else.\n")
                .addParameter(names.json().jsonNode(), "json")
                .returns(self)
                .addStatement("return json.isObject() ? fromJson(json) : null")
                .build();
    }

    /** {@code ", a, b"}: the record's components (fixed properties are none), for {@link AsReceived}. */
    private static CodeBlock componentValues(RecordType record) {
        CodeBlock.Builder values = CodeBlock.builder();
        record.properties().stream().filter(p -> !isFixed(p)).forEach(p -> values.add(", $N", p.javaName()));
        return values.build();
    }

    private MethodSpec toJson(RecordType record) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("toJson")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                        "Encodes this record: as it was received when it was decoded from JSON and still holds what was"
                                + " decoded (numbers as written, members in their order); else declared members first, then"
                                + " {@link #$L}.\n",
                        EXTRA)
                .returns(names.json().objectNode())
                .beginControlFlow("if ($T.isUnchanged($N$L))", RuntimeTypes.AS_RECEIVED, EXTRA, componentValues(record))
                .addStatement("return $T.copy($N)", RuntimeTypes.AS_RECEIVED, EXTRA)
                .endControlFlow()
                .addStatement("$T json = $T.object()", names.json().objectNode(), names.jsonSupport());
        for (Property property : record.properties()) {
            if (isFixed(property)) {
                method.beginControlFlow("if (!$N.containsKey($S))", EXTRA, property.wireName())
                        .addStatement("json.put($S, $L)", property.wireName(), constantName(record, property))
                        .endControlFlow();
            } else {
                method.addStatement(
                        "$T.put(json, $S, $N, $L)",
                        names.jsonSupport(),
                        property.wireName(),
                        property.javaName(),
                        types.encoder(property.type()));
            }
        }
        return method.addStatement("$T.putRest(json, $N)", names.jsonSupport(), EXTRA)
                .addStatement("return json")
                .build();
    }

    /**
     * Required members that are missing, set to null without being nullable, or of the wrong type,
     * with their path; nested records and unions are checked too.
     * Members are read through {@code this.} so none can be hidden by the method's locals.
     */
    private MethodSpec validate(RecordType record) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("validate")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("What is missing or unexpected, one line per problem with its path; empty when complete.\n")
                .returns(JsonTypes.STRING_LIST)
                .addStatement("$T problems = new $T<>()", JsonTypes.STRING_LIST, JsonTypes.ARRAY_LIST);
        for (Property property : record.properties()) {
            if (isFixed(property)) {
                continue;
            }
            String name = property.javaName();
            if (property.required() && property.nullable()) {
                method.beginControlFlow(
                                "if (this.$N == null && !$T.isExplicitNull($N, $S))",
                                name,
                                names.jsonSupport(),
                                EXTRA,
                                property.wireName())
                        .addStatement(
                                "problems.add($T.requiredProblem($N, $S))",
                                names.jsonSupport(),
                                EXTRA,
                                property.wireName())
                        .endControlFlow();
            } else if (property.required()) {
                method.beginControlFlow("if (this.$N == null)", name)
                        .addStatement(
                                "problems.add($T.requiredProblem($N, $S))",
                                names.jsonSupport(),
                                EXTRA,
                                property.wireName())
                        .endControlFlow();
            }
            if (property.type() instanceof TypeRef ref && validates.test(ref.name())) {
                method.beginControlFlow("if (this.$N != null)", name)
                        .addStatement(
                                "this.$N.validate().forEach(p -> problems.add($S + p))",
                                name,
                                property.wireName() + ".")
                        .endControlFlow();
            } else if (property.type() instanceof ListType list
                    && list.items() instanceof TypeRef ref
                    && validates.test(ref.name())) {
                method.beginControlFlow("if (this.$N != null)", name)
                        .beginControlFlow("for (int i = 0; i < this.$N.size(); i++)", name)
                        .addStatement("String at = $S + i + $S", property.wireName() + "[", "].")
                        .beginControlFlow("if (this.$N.get(i) != null)", name)
                        .addStatement("this.$N.get(i).validate().forEach(p -> problems.add(at + p))", name)
                        .endControlFlow()
                        .endControlFlow()
                        .endControlFlow();
            }
        }
        return method.addStatement("return problems").build();
    }
}
