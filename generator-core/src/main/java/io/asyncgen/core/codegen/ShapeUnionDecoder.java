package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.JsonType;
import io.asyncgen.core.model.Property;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.model.TypeRef;
import io.asyncgen.core.model.UnionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The body of {@code fromJson} for a union without a discriminator: each member is tried by the
 * JSON shape of the value (and, for an object, by the members it requires or fixes), the most
 * specific first; the caller returns {@code Unknown} when none fits.
 */
final class ShapeUnionDecoder {
    private final AsyncApi api;
    private final GeneratedNames names;
    private final TypeMapper types;
    /** Whether a member is one of the document's records (not mapped to a class of the user's). */
    private final Predicate<TypeDef> isRecord;

    ShapeUnionDecoder(AsyncApi api, GeneratedNames names, TypeMapper types, Predicate<TypeDef> isRecord) {
        this.api = api;
        this.names = names;
        this.types = types;
        this.isRecord = isRecord;
    }

    /** One test-and-return per member of {@code union} (of type {@code self}), in {@link #shapeTestOrder} order. */
    void addCases(MethodSpec.Builder method, UnionShape union, ClassName self, Map<Integer, String> valueRecords) {
        for (int i : shapeTestOrder(union)) {
            TypeDef member = union.members().get(i).type();
            addShapeCase(method, member, valueRecords.containsKey(i) ? self.nestedClass(valueRecords.get(i)) : null, i);
        }
    }

    /**
     * Members in the order their shape is tested: records that pin a value first, then records by
     * how many members they require (so a catch-all object never hides a more specific one), then
     * everything else; ties keep the document's order.
     */
    private List<Integer> shapeTestOrder(UnionShape union) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < union.members().size(); i++) {
            order.add(i);
        }
        order.sort(
                Comparator.comparingInt(i -> -specificity(union.members().get(i).type())));
        return order;
    }

    private int specificity(TypeDef member) {
        if (UnionGenerator.constant(member).isPresent()) {
            return 0;
        }
        if (!isRecord.test(member)) {
            return -1;
        }
        int score = 0;
        for (Property property : ((RecordType) api.type(((TypeRef) member).name())).properties()) {
            score += RecordGenerator.isFixed(property) ? 1000 : property.required() ? 1 : 0;
        }
        return score;
    }

    private void addShapeCase(MethodSpec.Builder method, TypeDef member, ClassName wrapper, int index) {
        if (wrapper == null) {
            RecordType record = (RecordType) api.type(((TypeRef) member).name());
            CodeBlock.Builder test = CodeBlock.builder().add("json.isObject()");
            for (Property property : record.properties()) {
                if (RecordGenerator.isFixed(property)) {
                    test.add(
                            " && $S.equals($T.text(json, $S))",
                            property.constValue().get(),
                            names.jsonSupport(),
                            property.wireName());
                } else if (property.required()) {
                    test.add(" && json.has($S)", property.wireName());
                } else if (property.constValue().isPresent()) {
                    // an optional constant still says what the object is, when it is there
                    test.add(
                            " && (!json.has($S) || $S.equals($T.text(json, $S)))",
                            property.wireName(),
                            property.constValue().get(),
                            names.jsonSupport(),
                            property.wireName());
                }
            }
            method.beginControlFlow("if ($L)", test.build())
                    .addStatement("return $T.fromJson(json)", types.javaType(member))
                    .endControlFlow();
            return;
        }
        Optional<String> constant = UnionGenerator.constant(member);
        if (constant.isPresent()) {
            method.beginControlFlow("if ($S.equals($T.asString(json)))", constant.get(), names.jsonSupport())
                    .addStatement("return new $T()", wrapper)
                    .endControlFlow();
            return;
        }
        String value = "value" + index;
        // a union member never answers null: what none of its own members matches is its Unknown, not this member
        boolean union =
                !types.isMapped(member) && member instanceof TypeRef ref && api.type(ref.name()) instanceof UnionType;
        method.addStatement("$T $N = $L", types.javaType(member), value, shapeDecode(member));
        if (union) {
            method.beginControlFlow(
                    "if (!($N instanceof $T))",
                    value,
                    ((ClassName) types.javaType(member)).nestedClass(UnionGenerator.UNKNOWN));
        } else {
            method.beginControlFlow("if ($N != null)", value);
        }
        method.addStatement("return new $T($N)", wrapper, value).endControlFlow();
    }

    /** An expression decoding {@code json} as {@code member}, null when it does not fit. */
    private CodeBlock shapeDecode(TypeDef member) {
        if (types.isMapped(member)) {
            return types.decode(member, "json");
        }
        if (member instanceof TypeRef ref && api.type(ref.name()) instanceof UnionType) {
            return CodeBlock.of("$T.fromJson(json)", types.javaType(member));
        }
        if (member instanceof TypeRef) {
            return CodeBlock.of("$T.decode(json)", types.javaType(member));
        }
        if (member instanceof JsonType) {
            return CodeBlock.of("json");
        }
        if (member instanceof ScalarType scalar) {
            String method = switch (scalar.kind()) {
                case STRING -> "asString";
                case INTEGER -> "asLong";
                case NUMBER -> "asDouble";
                case BOOLEAN -> "asBoolean";
            };
            return CodeBlock.of("$T.$L(json)", names.jsonSupport(), method);
        }
        return types.decode(member, "json");
    }
}
