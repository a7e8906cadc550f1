package io.asyncgen.core.naming;

import io.asyncgen.core.model.ListType;
import io.asyncgen.core.model.MapType;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.model.TypeRef;

/**
 * The names of the records a sealed union nests to wrap members that are not records of their
 * own: {@code <Constant>Value} for a fixed string ({@code AutoValue}), {@code <Type>Value} for a
 * named enum or union, else by the member's shape ({@code StringValue}, {@code ListValue}).
 */
public final class ValueRecordNames {
    private ValueRecordNames() {}

    /** A scope for one union's value records: its {@link ReservedTypeNames#UNKNOWN} record is taken. */
    public static NameScope scope() {
        NameScope scope = NameScope.forMembers();
        scope.reserve(ReservedTypeNames.UNKNOWN);
        return scope;
    }

    /** How a member is told apart (in discriminator mappings, handler names): its type's name, else its value record's. */
    public static String label(TypeDef member) {
        return member instanceof TypeRef ref ? ref.name() : wrapper(member);
    }

    /** The name of the value record that wraps {@code member}, before the union's scope makes it unique. */
    public static String wrapper(TypeDef member) {
        if (member instanceof TypeRef ref) {
            return ref.name() + "Value";
        }
        if (member instanceof ScalarType scalar
                && scalar.kind() == ScalarType.Kind.STRING
                && scalar.constValue().isPresent()) {
            return JavaNames.typeName(scalar.constValue().get()) + "Value";
        }
        return shapeName(member);
    }

    private static String shapeName(TypeDef type) {
        if (type instanceof ScalarType scalar) {
            return switch (scalar.kind()) {
                case STRING -> "StringValue";
                case INTEGER -> "IntegerValue";
                case NUMBER -> "NumberValue";
                case BOOLEAN -> "BooleanValue";
            };
        }
        if (type instanceof ListType) {
            return "ListValue";
        }
        if (type instanceof MapType) {
            return "MapValue";
        }
        return "JsonValue";
    }
}
