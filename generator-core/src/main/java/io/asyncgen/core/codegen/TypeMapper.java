package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.asyncgen.core.model.JsonType;
import io.asyncgen.core.model.ListType;
import io.asyncgen.core.model.MapType;
import io.asyncgen.core.model.NamedType;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.model.TypeRef;

/**
 * The Java type of every model type, and the expressions that decode and encode it: a
 * {@code Function<JsonNode, T>} that answers null for a value that does not fit, and a
 * {@code Function<T, JsonNode>}. Named types bring their own {@code decode} and {@code toJson}.
 */
final class TypeMapper {
    private final GeneratedNames names;
    private final TypeMappings mappings;

    TypeMapper(GeneratedNames names, TypeMappings mappings) {
        this.names = names;
        this.mappings = mappings;
    }

    /** The JSON library the code is generated for. */
    JsonTarget json() {
        return names.json();
    }

    /** Whether the type is mapped to an existing class (then nothing is generated for it). */
    boolean isMapped(TypeDef type) {
        return mappings.mapped(type).isPresent();
    }

    TypeName javaType(TypeDef type) {
        if (mappings.mapped(type).isPresent()) {
            return TypeMappings.javaType(mappings.mapped(type).get());
        }
        if (named(type) != null) {
            return named(type);
        }
        if (type instanceof ListType list) {
            return ParameterizedTypeName.get(JsonTypes.LIST, javaType(list.items()));
        }
        if (type instanceof MapType map) {
            return ParameterizedTypeName.get(JsonTypes.MAP, JsonTypes.STRING, javaType(map.values()));
        }
        if (type instanceof ScalarType scalar) {
            return switch (scalar.kind()) {
                case STRING -> JsonTypes.STRING;
                case INTEGER -> ClassName.get(Long.class);
                case NUMBER -> ClassName.get(Double.class);
                case BOOLEAN -> ClassName.get(Boolean.class);
            };
        }
        return names.json().jsonNode();
    }

    /** An expression of type {@code Function<JsonNode, T>}. */
    CodeBlock decoder(TypeDef type) {
        ClassName support = names.jsonSupport();
        if (mappings.mapped(type).isPresent()) {
            return TypeMappings.decoder(mappings.mapped(type).get(), support);
        }
        if (named(type) != null) {
            return CodeBlock.of("$T::decode", named(type));
        }
        if (type instanceof ListType list) {
            return CodeBlock.of("$T.listOf($L, $L)", support, decoder(list.items()), list.itemsNullable());
        }
        if (type instanceof MapType map) {
            return CodeBlock.of("$T.mapOf($L, $L)", support, decoder(map.values()), map.valuesNullable());
        }
        if (type instanceof ScalarType scalar) {
            return CodeBlock.of("$T::$L", support, scalarMethod(scalar.kind()));
        }
        return CodeBlock.of("$T::asJson", support);
    }

    /**
     * An expression decoding the {@code JsonNode} local {@code node} (never null) to {@code T}, null
     * when the value does not fit: a direct call, so decoding a member allocates no decoder.
     */
    CodeBlock decode(TypeDef type, String node) {
        ClassName support = names.jsonSupport();
        if (mappings.mapped(type).isPresent()) {
            return TypeMappings.decode(mappings.mapped(type).get(), support, node);
        }
        if (named(type) != null) {
            return CodeBlock.of("$T.decode($N)", named(type), node);
        }
        if (type instanceof ListType list) {
            return CodeBlock.of("$T.asList($N, $L, $L)", support, node, decoder(list.items()), list.itemsNullable());
        }
        if (type instanceof MapType map) {
            return CodeBlock.of("$T.asMap($N, $L, $L)", support, node, decoder(map.values()), map.valuesNullable());
        }
        if (type instanceof ScalarType scalar) {
            return CodeBlock.of("$T.$L($N)", support, scalarMethod(scalar.kind()), node);
        }
        return CodeBlock.of("$N", node);
    }

    /** The JsonSupport method decoding a scalar of {@code kind}. */
    private static String scalarMethod(ScalarType.Kind kind) {
        return switch (kind) {
            case STRING -> "asString";
            case INTEGER -> "asLong";
            case NUMBER -> "asDouble";
            case BOOLEAN -> "asBoolean";
        };
    }

    /** Whether every JSON value decodes to this type (an unmapped {@code JsonNode}): nothing to keep aside. */
    boolean alwaysFits(TypeDef type) {
        return type instanceof JsonType && mappings.mapped(type).isEmpty();
    }

    /** An expression of type {@code Function<T, JsonNode>}. */
    CodeBlock encoder(TypeDef type) {
        ClassName support = names.jsonSupport();
        if (mappings.mapped(type).isPresent()) {
            return TypeMappings.encoder(mappings.mapped(type).get(), support);
        }
        if (named(type) != null) {
            return CodeBlock.of("$T::toJson", named(type));
        }
        if (type instanceof ListType list) {
            return CodeBlock.of("$T.listEncoder($L)", support, encoder(list.items()));
        }
        if (type instanceof MapType map) {
            return CodeBlock.of("$T.mapEncoder($L)", support, encoder(map.values()));
        }
        if (type instanceof ScalarType scalar) {
            return CodeBlock.of(
                    "$T::$L",
                    support,
                    switch (scalar.kind()) {
                        case STRING -> "string";
                        case INTEGER, NUMBER -> "number";
                        case BOOLEAN -> "bool";
                    });
        }
        return CodeBlock.of("$T::json", support);
    }

    private ClassName named(TypeDef type) {
        if (type instanceof TypeRef ref) {
            return names.type(ref.name());
        }
        if (type instanceof NamedType named) {
            return names.type(named.name());
        }
        return null;
    }
}
