package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Property;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.model.TypeRef;
import io.asyncgen.core.model.UnionType;
import io.asyncgen.core.naming.NameScope;
import io.asyncgen.core.naming.ReservedTypeNames;
import io.asyncgen.core.naming.ValueRecordNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * A sealed interface per union. Record members implement it; any other member (a string, a
 * number, an enum, a list, another union) is wrapped in a nested value record. An
 * {@code Unknown} member holds whatever matched no member, so decoding never fails and nothing is
 * lost. Discriminated unions pick the member by the discriminator's value ({@link StreamReads});
 * the others by the JSON shape of the value ({@link ShapeUnionDecoder}).
 */
final class UnionGenerator {
    static final String UNKNOWN = ReservedTypeNames.UNKNOWN;

    private final AsyncApi api;
    private final GeneratedNames names;
    private final TypeMapper types;

    UnionGenerator(AsyncApi api, GeneratedNames names, TypeMapper types) {
        this.api = api;
        this.names = names;
        this.types = types;
    }

    /** The union a schema {@code oneOf} describes. */
    static UnionShape shapeOf(UnionType union) {
        List<UnionShape.Member> members = new ArrayList<>();
        for (TypeDef member : union.members()) {
            // a member is named by its type, or (not being a named type) by the value record that wraps it
            String label = ValueRecordNames.label(member);
            members.add(new UnionShape.Member(
                    member, union.discriminator().map(d -> d.values().get(label)), label, Optional.empty()));
        }
        return new UnionShape(
                union.name(),
                union.description(),
                members,
                union.discriminator().map(d -> d.property()),
                union.source(),
                List.of());
    }

    /** The name of the nested value record wrapping each non-record member, by member index. */
    Map<Integer, String> valueRecordNames(UnionShape union) {
        NameScope scope = ValueRecordNames.scope();
        Map<Integer, String> names = new LinkedHashMap<>();
        for (int i = 0; i < union.members().size(); i++) {
            TypeDef type = union.members().get(i).type();
            if (!isRecord(type)) {
                names.put(i, scope.allocate(ValueRecordNames.wrapper(type)));
            }
        }
        return names;
    }

    TypeSpec generate(UnionShape union) {
        ClassName self = names.type(union.name());
        Map<Integer, String> valueRecords = valueRecordNames(union);
        TypeSpec.Builder type = TypeSpecs.boundToTheWire(names.json(), names.topLevel(TypeSpec.interfaceBuilder(self)))
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED);
        TypeSpecs.describe(type, Javadocs.of(union.description(), Optional.empty()));
        for (int i = 0; i < union.members().size(); i++) {
            TypeDef member = union.members().get(i).type();
            type.addPermittedSubclass(
                    valueRecords.containsKey(i) ? self.nestedClass(valueRecords.get(i)) : types.javaType(member));
        }
        for (UnionShape.BinaryMember binary : union.binaries()) {
            type.addPermittedSubclass(names.type(binary.recordName()));
        }
        type.addPermittedSubclass(self.nestedClass(UNKNOWN));
        List<Property> common = commonStringAccessors(union);
        for (Property property : common) {
            type.addMethod(MethodSpec.methodBuilder(property.javaName())
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .addJavadoc(
                            "The value of {@code $L}, shared by every member (null when absent).\n",
                            Javadocs.escape(property.wireName()).strip())
                    .returns(JsonTypes.STRING)
                    .build());
        }
        type.addMethod(MethodSpec.methodBuilder("toJson")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addJavadoc("Encodes this value as it would be sent.\n")
                .returns(names.json().jsonNode())
                .build());
        type.addMethod(MethodSpec.methodBuilder("validate")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addJavadoc(
                        "What is missing, with paths; empty when complete (always empty for values this code does not know).\n")
                .returns(JsonTypes.STRING_LIST)
                .build());
        type.addMethod(fromJson(union, self, valueRecords));
        if (union.discriminator().isPresent()) {
            type.addMethod(new StreamReads(api, names, types).unionRead(union, self, this::isRecord));
        }
        type.addMethod(MethodSpec.methodBuilder("decode")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Like {@link #fromJson}, but null for a JSON null.\n")
                .addParameter(names.json().jsonNode(), "json")
                .returns(self)
                .addStatement("return json.isNull() ? null : fromJson(json)")
                .build());
        valueRecords.forEach((index, name) ->
                type.addType(valueRecord(self, name, union.members().get(index).type(), common)));
        type.addType(unknown(union, self, common));
        return type.build();
    }

    private MethodSpec fromJson(UnionShape union, ClassName self, Map<Integer, String> valueRecords) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("fromJson")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc(
                        "Decodes any JSON value: a member when one matches, else {@link $L}. Never fails.\n", UNKNOWN)
                .addParameter(names.json().jsonNode(), "json")
                .returns(self);
        if (union.discriminator().isPresent()) {
            return method.addStatement("return $T.fromTree(json, $T::read)", StreamReads.JSON_READER, self)
                    .build();
        }
        new ShapeUnionDecoder(api, names, types, this::isRecord).addCases(method, union, self, valueRecords);
        return method.addStatement("return new $T(json)", self.nestedClass(UNKNOWN))
                .build();
    }

    /** The one string a member allows ({@code "inf"}), when it is such a constant. */
    static Optional<String> constant(TypeDef member) {
        return member instanceof ScalarType scalar && scalar.kind() == ScalarType.Kind.STRING
                ? scalar.constValue()
                : Optional.empty();
    }

    /** A member that is one fixed string: a record with no components that writes it. */
    private TypeSpec constantRecord(ClassName union, String name, String value, List<Property> common) {
        TypeSpec.Builder record = TypeSpecs.boundToTheWire(
                        names.json(), TypeSpec.recordBuilder(union.nestedClass(name)))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(union)
                .addJavadoc(
                        "The member that is always {@code $L}.\n",
                        Javadocs.escape(value).strip())
                .addMethod(MethodSpec.methodBuilder("toJson")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(names.json().jsonNode())
                        .addStatement("return $T.string($S)", names.jsonSupport(), value)
                        .build())
                .addMethod(validateNothing());
        for (Property property : common) {
            record.addMethod(MethodSpec.methodBuilder(property.javaName())
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(JsonTypes.STRING)
                    .addStatement("return null")
                    .build());
        }
        return record.build();
    }

    private TypeSpec valueRecord(ClassName union, String name, TypeDef member, List<Property> common) {
        if (constant(member).isPresent()) {
            return constantRecord(union, name, constant(member).get(), common);
        }
        TypeSpec.Builder record = TypeSpecs.boundToTheWire(
                        names.json(), TypeSpec.recordBuilder(union.nestedClass(name)))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(union)
                .addJavadoc("A member that is not an object: the value itself.\n")
                .recordConstructor(MethodSpec.compactConstructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(types.javaType(member), "value")
                        .addStatement("$T.requireNonNull(value, $S)", Objects.class, "value")
                        .build());
        record.addMethod(MethodSpec.methodBuilder("toJson")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(names.json().jsonNode())
                // a local gives the encoder its target type: overloaded method references and generic calls need one
                .addStatement(
                        "$T encoder = $L",
                        ParameterizedTypeName.get(
                                JsonTypes.FUNCTION,
                                types.javaType(member).box(),
                                names.json().jsonNode()),
                        types.encoder(member))
                .addStatement("return encoder.apply(value)")
                .build());
        record.addMethod(validateNothing());
        for (Property property : common) {
            record.addMethod(MethodSpec.methodBuilder(property.javaName())
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(JsonTypes.STRING)
                    .addStatement("return null")
                    .build());
        }
        return record.build();
    }

    private TypeSpec unknown(UnionShape shape, ClassName union, List<Property> common) {
        TypeSpec.Builder record = TypeSpecs.boundToTheWire(
                        names.json(), TypeSpec.recordBuilder(union.nestedClass(UNKNOWN)))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(union)
                .addJavadoc(
                        "A value no member matches (a newer event, a shape this code does not know), kept as it came.\n")
                .recordConstructor(MethodSpec.compactConstructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(names.json().jsonNode(), "json")
                        .addStatement("$T.requireNonNull(json, $S)", Objects.class, "json")
                        .build());
        if (shape.discriminator().isPresent()) {
            record.addField(StreamReads.tagsField(shape, this::isRecord));
        }
        record.addMethod(MethodSpec.methodBuilder("toJson")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(names.json().jsonNode())
                .addStatement("return json")
                .build());
        record.addMethod(validateNothing());
        for (Property property : common) {
            record.addMethod(MethodSpec.methodBuilder(property.javaName())
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(JsonTypes.STRING)
                    .addStatement("return $T.text(json, $S)", names.jsonSupport(), property.wireName())
                    .build());
        }
        return record.build();
    }

    private static MethodSpec validateNothing() {
        return MethodSpec.methodBuilder("validate")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(JsonTypes.STRING_LIST)
                .addStatement("return $T.of()", List.class)
                .build();
    }

    /** String properties every member declares under the same wire and Java name. */
    List<Property> commonStringAccessors(UnionShape union) {
        List<RecordType> records = new ArrayList<>();
        for (UnionShape.Member member : union.members()) {
            if (!isRecord(member.type())) {
                return List.of();
            }
            records.add((RecordType) api.type(((TypeRef) member.type()).name()));
        }
        if (records.isEmpty()) {
            return List.of();
        }
        List<Property> common = new ArrayList<>();
        for (Property candidate : records.get(0).properties()) {
            boolean everywhere = records.stream()
                    .allMatch(r -> r.property(candidate.wireName())
                            .filter(p -> p.javaName().equals(candidate.javaName()) && isString(p))
                            .isPresent());
            if (everywhere) {
                common.add(candidate);
            }
        }
        return common;
    }

    /** Whether the record's accessor returns a {@code String} (a string mapped to another class does not). */
    private boolean isString(Property property) {
        return RecordGenerator.isFixed(property)
                || property.type() instanceof ScalarType scalar
                        && scalar.kind() == ScalarType.Kind.STRING
                        && !types.isMapped(property.type());
    }

    boolean isRecord(TypeDef type) {
        return type instanceof TypeRef ref && api.type(ref.name()) instanceof RecordType && !types.isMapped(type);
    }
}
