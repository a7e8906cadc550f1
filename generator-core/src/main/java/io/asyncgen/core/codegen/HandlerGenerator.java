package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.asyncgen.core.model.Message;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.naming.MethodNames;
import io.asyncgen.core.naming.NameScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * {@code <Union>Handler}: one default, do-nothing method per message
 * ({@code onResponseOutputTextDelta}), plus {@code onUnknown}; the runtime's {@code EventHandler}
 * adds {@code onDecodeError}, {@code onHandlerError}, {@code onConnectionClosed} and
 * {@code onConnectionFailed}. Implement only what you need.
 */
final class HandlerGenerator {
    private final GeneratedNames names;
    private final TypeMapper types;
    private final UnionGenerator unions;

    HandlerGenerator(GeneratedNames names, TypeMapper types, UnionGenerator unions) {
        this.names = names;
        this.types = types;
        this.unions = unions;
    }

    /**
     * A member of the union with its handler method name, the type the method takes, and the
     * message it carries.
     */
    record Route(String method, TypeName type, String label, TypeDef payload, Message message) {}

    List<Route> routes(MessageUnion union) {
        ClassName event = names.type(union.shape().name());
        NameScope methods = MethodNames.handlerScope();
        Map<Integer, String> valueRecords = unions.valueRecordNames(union.shape());
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < union.shape().members().size(); i++) {
            UnionShape.Member member = union.shape().members().get(i);
            TypeName type = valueRecords.containsKey(i)
                    ? event.nestedClass(valueRecords.get(i))
                    : types.javaType(member.type());
            routes.add(new Route(
                    methods.allocate(MethodNames.handler(member.label())),
                    type,
                    member.label(),
                    member.type(),
                    member.message().orElseThrow()));
        }
        for (UnionShape.BinaryMember binary : union.shape().binaries()) {
            routes.add(new Route(
                    methods.allocate(MethodNames.handler(binary.label())),
                    names.type(binary.recordName()),
                    binary.label(),
                    binary.message().payload(),
                    binary.message()));
        }
        return routes;
    }

    /** {@code {@code label}: summary}, then the description: what the spec says about a route's message. */
    static String labelled(Route route) {
        return "{@code " + Javadocs.escape(route.label()).strip() + "}"
                + Javadocs.about(route.message()).map(about -> ": " + about).orElse("\n");
    }

    TypeSpec generate(MessageUnion union) {
        ClassName event = names.type(union.shape().name());
        TypeSpec.Builder handler = names.topLevel(TypeSpec.interfaceBuilder(names.type(union.handlerName())))
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.EVENT_HANDLER, event))
                .addJavadoc(
                        "Receives decoded {@link $T} messages from {@link $T} or a session; every method does nothing"
                                + " unless overridden. What happens besides messages (decode errors, a failing handler, the connection"
                                + " closing or failing) comes from {@link $T}.\n",
                        event,
                        names.type(union.dispatcherName()),
                        RuntimeTypes.EVENT_HANDLER);
        for (Route route : routes(union)) {
            handler.addMethod(MethodSpec.methodBuilder(route.method())
                    .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                    .addJavadoc("$L", labelled(route))
                    .addParameter(route.type(), "event")
                    .build());
        }
        handler.addMethod(MethodSpec.methodBuilder("onUnknown")
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .addJavadoc("A message this code does not know (a newer event type), kept whole.\n")
                .addParameter(event.nestedClass(UnionGenerator.UNKNOWN), "event")
                .build());
        return handler.build();
    }
}
