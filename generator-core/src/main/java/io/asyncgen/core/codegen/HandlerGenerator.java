package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.asyncgen.core.naming.JavaNames;
import io.asyncgen.core.naming.NameScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * {@code <Union>Handler}: one default, do-nothing method per message
 * ({@code onResponseOutputTextDelta}), plus {@code onUnknown}, {@code onDecodeError} and
 * {@code onHandlerError}. Implement only what you need.
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

  /** A member of the union with its handler method name and the type the method takes. */
  record Route(String method, TypeName type, String label) {}

  List<Route> routes(MessageUnion union) {
    ClassName event = names.type(union.shape().name());
    NameScope methods = NameScope.forMembers();
    List.of("onUnknown", "onDecodeError", "onHandlerError").forEach(methods::reserve);
    Map<Integer, String> valueRecords = unions.valueRecordNames(union.shape());
    List<Route> routes = new ArrayList<>();
    for (int i = 0; i < union.shape().members().size(); i++) {
      UnionShape.Member member = union.shape().members().get(i);
      TypeName type = valueRecords.containsKey(i) ? event.nestedClass(valueRecords.get(i)) : types.javaType(member.type());
      routes.add(new Route(methods.allocate(JavaNames.methodName("on", member.label())), type, member.label()));
    }
    return routes;
  }

  TypeSpec generate(MessageUnion union) {
    ClassName event = names.type(union.shape().name());
    TypeSpec.Builder handler = names.topLevel(TypeSpec.interfaceBuilder(names.type(union.handlerName()))).addModifiers(Modifier.PUBLIC)
        
        .addJavadoc("Receives decoded {@link $T} messages from {@link $T}; every method does nothing unless overridden.\n",
            event, names.type(union.dispatcherName()));
    for (Route route : routes(union)) {
      handler.addMethod(MethodSpec.methodBuilder(route.method()).addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
          .addJavadoc("{@code $L}\n", Javadocs.escape(route.label()).strip())
          .addParameter(route.type(), "event").build());
    }
    handler.addMethod(MethodSpec.methodBuilder("onUnknown").addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .addJavadoc("A message this code does not know (a newer event type), kept whole.\n")
        .addParameter(event.nestedClass(UnionGenerator.UNKNOWN), "event").build());
    handler.addMethod(MethodSpec.methodBuilder("onDecodeError").addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .addJavadoc("A message that is not JSON; the next message is dispatched as usual.\n")
        .addParameter(names.decodeException(), "error").build());
    handler.addMethod(MethodSpec.methodBuilder("onHandlerError").addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .addJavadoc("A handler method threw; by default it is logged and the next message dispatched as usual.\n")
        .addParameter(event, "event").addParameter(RuntimeException.class, "error")
        .addStatement("$T.getLogger($S).log($T.Level.WARNING, $S + event.getClass().getSimpleName(), error)",
            System.class, names.packageName(), System.Logger.class, "handler failed for ")
        .build());
    return handler.build();
  }
}
