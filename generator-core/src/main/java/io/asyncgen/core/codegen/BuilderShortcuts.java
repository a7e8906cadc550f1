package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.JsonType;
import io.asyncgen.core.model.ListType;
import io.asyncgen.core.model.MapType;
import io.asyncgen.core.model.Property;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.model.TypeRef;
import io.asyncgen.core.model.UnionType;
import io.asyncgen.core.naming.MethodNames;
import io.asyncgen.core.naming.NameScope;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The builder methods beside each member's setter that save the caller a conversion: a number as
 * a primitive ({@code audioEndMs(1500)}), bytes for base64 text ({@code audio(byte[])}), one
 * overload per member of a union that is not a record ({@code toolChoice(ToolChoiceMode)},
 * {@code maxOutputTokens(long)}, and {@code maxOutputTokensInf()} for a constant), {@code addTool}
 * for a list, and a tree or JSON text for a free-form object ({@code parameters(ObjectNode)},
 * {@code parametersJson(String)}). Each ends in the setter, so the three states stay as it keeps them.
 */
final class BuilderShortcuts {
    static final ClassName SUPPORT = ClassName.get("io.asyncgen.runtime.internal", "BuilderSupport");

    private final AsyncApi api;
    private final TypeMapper types;
    private final UnionGenerator unions;

    BuilderShortcuts(AsyncApi api, TypeMapper types, UnionGenerator unions) {
        this.api = api;
        this.types = types;
        this.unions = unions;
    }

    /** The method names a record's builder has, so a shortcut never takes one ({@code addTool}, {@code metadataJson}). */
    static NameScope builderMethods(RecordType record) {
        return MethodNames.builderScope(
                record.properties().stream().map(Property::javaName).toList());
    }

    /** Adds the shortcuts of {@code property} to the builder {@code type}, right after its setter. */
    void addTo(TypeSpec.Builder type, ClassName builder, Property property, NameScope methods) {
        if (RecordGenerator.isFixed(property) || types.isMapped(property.type())) {
            return;
        }
        Set<TypeName> taken = new HashSet<>(Set.of(types.javaType(property.type())));
        new Member(type, builder, property, methods, taken).add();
    }

    /** The shortcuts of one member; {@code taken} holds the parameter types its setter overloads already use. */
    private final class Member {
        private final TypeSpec.Builder type;
        private final ClassName builder;
        private final Property property;
        private final String name;
        private final NameScope methods;
        private final Set<TypeName> taken;

        Member(TypeSpec.Builder type, ClassName builder, Property property, NameScope methods, Set<TypeName> taken) {
            this.type = type;
            this.builder = builder;
            this.property = property;
            this.name = property.javaName();
            this.methods = methods;
            this.taken = taken;
        }

        void add() {
            TypeDef model = property.type();
            if (model instanceof ScalarType scalar) {
                scalarShortcut(scalar);
            } else if (model instanceof ListType list) {
                adder(list);
            } else if (model instanceof MapType map && map.values() instanceof JsonType) {
                overload(
                        types.json().objectNode(),
                        "object",
                        "Sets {@code $L} to the members of a JSON object.\n",
                        "return $N($T.members(object))",
                        name,
                        SUPPORT);
                named(
                        name + "Json",
                        JsonTypes.STRING,
                        "json",
                        CodeBlock.of(
                                "Sets {@code $L} to the members of a JSON object"
                                        + " given as text.\n@throws IllegalArgumentException when the text is not a JSON object\n",
                                wire()),
                        CodeBlock.of("return $N($T.jsonObject(json, $S))", name, SUPPORT, property.wireName()));
            } else if (model instanceof JsonType) {
                named(
                        name + "Json",
                        JsonTypes.STRING,
                        "json",
                        CodeBlock.of(
                                "Sets {@code $L} to a JSON value given as text"
                                        + " (numbers as written).\n@throws IllegalArgumentException when the text is not JSON\n",
                                wire()),
                        CodeBlock.of("return $N($T.json(json, $S))", name, SUPPORT, property.wireName()));
            } else if (model instanceof TypeRef ref && api.type(ref.name()) instanceof UnionType union) {
                unionShortcuts(union);
            }
        }

        private void scalarShortcut(ScalarType scalar) {
            if (scalar.kind() == ScalarType.Kind.INTEGER) {
                overload(TypeName.LONG, "value", "Sets {@code $L}.\n", "return $N(($T) value)", name, Long.class);
            } else if (scalar.kind() == ScalarType.Kind.NUMBER) {
                overload(TypeName.DOUBLE, "value", "Sets {@code $L}.\n", "return $N(($T) value)", name, Double.class);
            } else if (scalar.isBase64()) {
                overload(
                        TypeName.get(byte[].class),
                        "bytes",
                        "Sets {@code $L} to the base64 text of {@code bytes}.\n",
                        "return $N($T.base64(bytes))",
                        name,
                        SUPPORT);
            }
        }

        private void adder(ListType list) {
            String adder = MethodNames.adder(name);
            if (!methods.isFree(adder)) {
                return;
            }
            methods.reserve(adder);
            type.addMethod(MethodSpec.methodBuilder(adder)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addJavadoc("Adds one item to {@code $L} (after those set so far).\n", wire())
                    .addParameter(types.javaType(list.items()), "item")
                    .addStatement("this.$N = $T.adding(this.$N, item)", name, SUPPORT, name)
                    .addStatement("extra.remove($S)", property.wireName())
                    .addStatement("return this")
                    .build());
        }

        /** One overload per member of the union that is wrapped in a value record. */
        private void unionShortcuts(UnionType union) {
            UnionShape shape = UnionGenerator.shapeOf(union);
            ClassName self = (ClassName) types.javaType(new TypeRef(union.name()));
            for (Map.Entry<Integer, String> value :
                    unions.valueRecordNames(shape).entrySet()) {
                TypeDef member = shape.members().get(value.getKey()).type();
                ClassName wrapper = self.nestedClass(value.getValue());
                Optional<String> constant = UnionGenerator.constant(member);
                if (constant.isPresent()) {
                    named(
                            MethodNames.constantSetter(name, constant.get()),
                            null,
                            null,
                            CodeBlock.of(
                                    "Sets {@code $L} to {@code $L}.\n",
                                    wire(),
                                    Javadocs.escape(constant.get()).strip()),
                            CodeBlock.of("return $N(new $T())", name, wrapper));
                    continue;
                }
                TypeName parameter = branchParameter(member);
                if (parameter == null) {
                    continue;
                }
                if (parameter.isPrimitive()) {
                    overload(
                            parameter,
                            "value",
                            "Sets {@code $L} to this value.\n",
                            "return $N(new $T(value))",
                            name,
                            wrapper);
                } else {
                    overload(
                            parameter,
                            "value",
                            "Sets {@code $L} to this value; {@code null} writes an explicit null.\n",
                            "return $N(value == null ? null : new $T(value))",
                            name,
                            wrapper);
                }
            }
        }

        /** The parameter type of a branch's overload: primitives for numbers and booleans; none for lists, maps, JSON. */
        private TypeName branchParameter(TypeDef member) {
            if (types.isMapped(member)) {
                return types.javaType(member);
            }
            if (member instanceof ScalarType scalar) {
                return switch (scalar.kind()) {
                    case INTEGER -> TypeName.LONG;
                    case NUMBER -> TypeName.DOUBLE;
                    case BOOLEAN -> TypeName.BOOLEAN;
                    case STRING -> JsonTypes.STRING;
                };
            }
            return member instanceof TypeRef && !unions.isRecord(member) ? types.javaType(member) : null;
        }

        /** An overload of the setter taking {@code parameter}, unless one already does. */
        private void overload(TypeName parameter, String parameterName, String javadoc, String body, Object... args) {
            if (!taken.add(parameter)) {
                return;
            }
            type.addMethod(MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addJavadoc(javadoc, wire())
                    .addParameter(parameter, parameterName)
                    .addStatement(body, args)
                    .build());
        }

        /** A method of its own name ({@code parametersJson}, {@code maxOutputTokensInf}), unless the name is taken. */
        private void named(String method, TypeName parameter, String parameterName, CodeBlock javadoc, CodeBlock body) {
            if (!methods.isFree(method)) {
                return;
            }
            methods.reserve(method);
            MethodSpec.Builder spec = MethodSpec.methodBuilder(method)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder);
            if (parameter != null) {
                spec.addParameter(parameter, parameterName);
            }
            type.addMethod(spec.addJavadoc(javadoc).addStatement(body).build());
        }

        private String wire() {
            return Javadocs.escape(property.wireName()).strip();
        }
    }
}
