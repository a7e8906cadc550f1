package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Property;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.TypeRef;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * A session's send method that takes a message's required members instead of the message, for
 * messages that require three or fewer ({@code sendInputAudioBufferAppend(byte[] audio)},
 * {@code sendResponseCreate()}): base64 text as bytes, numbers and booleans that may not be null as
 * primitives. It builds the message with its builder and sends it like {@code send}.
 */
final class SendShortcuts {
    static final int MOST_REQUIRED = 3;

    private final AsyncApi api;
    private final TypeMapper types;

    SendShortcuts(AsyncApi api, TypeMapper types) {
        this.api = api;
        this.types = types;
    }

    /** The shortcut for {@code route}, when its message is a record needing few enough members. */
    Optional<MethodSpec> of(HandlerGenerator.Route route, String method, TypeName returns, CodeBlock javadoc) {
        if (!(route.payload() instanceof TypeRef ref)
                || !(api.type(ref.name()) instanceof RecordType record)
                || types.isMapped(ref)) {
            return Optional.empty();
        }
        List<Property> required = record.properties().stream()
                .filter(p -> p.required() && !RecordGenerator.isFixed(p))
                .toList();
        if (required.size() > MOST_REQUIRED || required.stream().anyMatch(p -> types.isMapped(p.type()))) {
            return Optional.empty();
        }
        ClassName event = (ClassName) types.javaType(ref);
        MethodSpec.Builder spec = MethodSpec.methodBuilder(method)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addJavadoc(javadoc);
        CodeBlock.Builder build = CodeBlock.builder().add("$T.builder()", event);
        if (!required.isEmpty()) {
            spec.addJavadoc("\n");
        }
        for (Property property : required) {
            TypeName parameter = parameterType(property);
            if (required.size() == 1 && parameter.equals(event)) {
                return Optional.empty();
            }
            spec.addParameter(parameter, property.javaName());
            spec.addJavadoc(
                    "@param $L {@code $L}$L\n",
                    property.javaName(),
                    Javadocs.escape(property.wireName()).strip(),
                    property.description().map(d -> ": " + Javadocs.inline(d)).orElse(""));
            build.add(".$N($N)", property.javaName(), property.javaName());
        }
        return Optional.of(
                spec.addStatement("return send($L.build())", build.build()).build());
    }

    /** Bytes for base64 text; a primitive for a number or boolean that may not be null; else the member's type. */
    private TypeName parameterType(Property property) {
        TypeName type = types.javaType(property.type());
        if (property.type() instanceof ScalarType scalar) {
            if (scalar.isBase64()) {
                return TypeName.get(byte[].class);
            }
            if (!property.nullable() && scalar.kind() != ScalarType.Kind.STRING) {
                return type.unbox();
            }
        }
        return type;
    }
}
