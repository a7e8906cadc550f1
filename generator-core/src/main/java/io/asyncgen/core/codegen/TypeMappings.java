package io.asyncgen.core.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.NamedType;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.model.TypeRef;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Types the user maps to existing classes: a {@code format} ({@code date-time=java.time.OffsetDateTime})
 * or a schema ({@code Metadata=com.acme.Metadata}, or {@code x-java-type} on the schema). Known
 * value types convert from and to their JSON text; any other class goes through Jackson data
 * binding. Either way a value converts only when converting back gives the same JSON, otherwise
 * it is kept as it came (lossless), like any value that does not fit its declared type.
 */
final class TypeMappings {
    /** Classes with a text form: how to parse and print them. */
    private static final Map<String, String[]> TEXT_FORMS = Map.of(
            "java.time.OffsetDateTime", new String[] {"$T::parse", "$T::toString"},
            "java.time.Instant", new String[] {"$T::parse", "$T::toString"},
            "java.time.LocalDate", new String[] {"$T::parse", "$T::toString"},
            "java.time.LocalTime", new String[] {"$T::parse", "$T::toString"},
            "java.time.Duration", new String[] {"$T::parse", "$T::toString"},
            "java.util.UUID", new String[] {"$T::fromString", "$T::toString"},
            "java.net.URI", new String[] {"$T::create", "$T::toString"});

    private final Map<String, String> byFormat = new LinkedHashMap<>();
    private final Map<String, String> byTypeName = new LinkedHashMap<>();

    TypeMappings(AsyncApi api, Map<String, String> configured) {
        configured.forEach((key, value) -> {
            if (api.types().containsKey(key)) {
                byTypeName.put(key, value);
            } else {
                byFormat.put(key, value);
            }
        });
        for (NamedType type : api.types().values()) {
            type.extensions().text("x-java-type").ifPresent(javaType -> byTypeName.putIfAbsent(type.name(), javaType));
        }
    }

    /** The class a type is mapped to, if it is. */
    Optional<String> mapped(TypeDef type) {
        if (type instanceof TypeRef ref) {
            return Optional.ofNullable(byTypeName.get(ref.name()));
        }
        if (type instanceof NamedType named) {
            return Optional.ofNullable(byTypeName.get(named.name()));
        }
        if (type instanceof ScalarType scalar && scalar.format().isPresent()) {
            return Optional.ofNullable(byFormat.get(scalar.format().get()));
        }
        return Optional.empty();
    }

    static TypeName javaType(String className) {
        return className.equals("byte[]") ? ArrayTypeName.of(TypeName.BYTE) : ClassName.bestGuess(className);
    }

    /** A {@code Function<JsonNode, T>} converting only when it converts back to the same JSON. */
    static CodeBlock decoder(String className, ClassName support) {
        return conversion(className, support, "textMapped", "bound", CodeBlock.of(""));
    }

    /** An expression converting the {@code JsonNode} local {@code node}, null when it does not convert back the same. */
    static CodeBlock decode(String className, ClassName support, String node) {
        return conversion(className, support, "asTextMapped", "asBound", CodeBlock.of("$N, ", node));
    }

    /** A call of JsonSupport's {@code textMethod} or {@code boundMethod}, {@code value} (if any) first. */
    private static CodeBlock conversion(
            String className, ClassName support, String textMethod, String boundMethod, CodeBlock value) {
        if (className.equals("byte[]")) {
            return CodeBlock.of(
                    "$T.$L($Ls -> $T.getDecoder().decode(s), b -> $T.getEncoder().encodeToString(b))",
                    support,
                    textMethod,
                    value,
                    Base64.class,
                    Base64.class);
        }
        String[] form = TEXT_FORMS.get(className);
        ClassName type = ClassName.bestGuess(className);
        if (form != null) {
            return CodeBlock.of("$T.$L($L" + form[0] + ", " + form[1] + ")", support, textMethod, value, type, type);
        }
        return CodeBlock.of("$T.$L($L$T.class)", support, boundMethod, value, type);
    }

    /** A {@code Function<T, JsonNode>}. */
    static CodeBlock encoder(String className, ClassName support) {
        if (className.equals("byte[]")) {
            return CodeBlock.of("b -> $T.string($T.getEncoder().encodeToString(b))", support, Base64.class);
        }
        String[] form = TEXT_FORMS.get(className);
        if (form != null) {
            return CodeBlock.of("v -> $T.string(v.toString())", support);
        }
        return CodeBlock.of("$T::unbound", support);
    }
}
