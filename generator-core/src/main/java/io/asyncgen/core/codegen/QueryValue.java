package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.EnumType;
import io.asyncgen.core.model.ListType;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.model.TypeRef;
import io.asyncgen.core.model.UnionType;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What an endpoint builder's setter for one query parameter takes, decided by the parameter's
 * schema; the value always travels as text in the handshake's URL.
 */
sealed interface QueryValue {

    /** A string, or a schema that says nothing more precise ({@code description: Any type}). */
    record Text() implements QueryValue {}

    /** {@code true} or {@code false}: a boolean, or a string enum of exactly {@code 'true'} and {@code 'false'}. */
    record Flag() implements QueryValue {}

    /** An integer, written in decimal. */
    record WholeNumber() implements QueryValue {}

    /** A number, written without exponent or trailing zeros. */
    record Decimal() implements QueryValue {}

    /** A value of a generated open enum; any text is taken too (a value newer than the document). */
    record Choice(ClassName type) implements QueryValue {}

    /** One or more values, the parameter repeated for each: an array, or a value or an array of them. */
    record Repeated(QueryValue item) implements QueryValue {}

    /**
     * The value of a parameter of {@code type}; {@code generated} tells whether a named type is
     * generated (a type mapped to an existing class is not, and is taken as text).
     */
    static QueryValue of(
            TypeDef type, AsyncApi api, Predicate<TypeRef> generated, Function<String, ClassName> className) {
        TypeDef resolved = api.resolve(type);
        if (resolved instanceof ScalarType scalar) {
            return switch (scalar.kind()) {
                case BOOLEAN -> new Flag();
                case INTEGER -> new WholeNumber();
                case NUMBER -> new Decimal();
                case STRING -> new Text();
            };
        }
        if (resolved instanceof EnumType enumType) {
            Set<String> values =
                    enumType.values().stream().map(EnumType.EnumValue::wire).collect(Collectors.toSet());
            if (values.equals(Set.of("true", "false"))) {
                return new Flag();
            }
            return generated.test(enumType.ref()) ? new Choice(className.apply(enumType.name())) : new Text();
        }
        if (resolved instanceof ListType list) {
            return repeated(of(list.items(), api, generated, className));
        }
        if (resolved instanceof UnionType union && union.members().size() == 2) {
            // a value or an array of such values, in either order
            List<TypeDef> members = union.members().stream().map(api::resolve).toList();
            for (int single = 0; single < 2; single++) {
                if (members.get(1 - single) instanceof ListType list
                        && api.resolve(list.items()).equals(members.get(single))) {
                    return repeated(of(members.get(single), api, generated, className));
                }
            }
        }
        return new Text();
    }

    /** Repeated values are text or enum values; other items are taken as text. */
    private static QueryValue repeated(QueryValue item) {
        return new Repeated(item instanceof Choice ? item : new Text());
    }
}
