package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.nio.ByteBuffer;
import javax.lang.model.element.Modifier;

/**
 * {@code <Union>Dispatcher}: decodes a message once and calls exactly one handler method. It
 * never throws: malformed JSON goes to {@code onDecodeError}, a handler's exception to
 * {@code onHandlerError}, so a read loop built on it never dies.
 */
final class DispatcherGenerator {
    private final GeneratedNames names;
    private final HandlerGenerator handlers;

    DispatcherGenerator(GeneratedNames names, HandlerGenerator handlers) {
        this.names = names;
        this.handlers = handlers;
    }

    TypeSpec generate(MessageUnion union) {
        ClassName event = names.type(union.shape().name());
        ClassName handler = names.type(union.handlerName());
        ClassName codec = names.type(union.codecName());
        MethodSpec.Builder route = MethodSpec.methodBuilder("route")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(event, "event")
                .addParameter(handler, "handler");
        for (HandlerGenerator.Route r : handlers.routes(union)) {
            route.beginControlFlow("if (event instanceof $T)", r.type())
                    .addStatement("handler.$N(($T) event)", r.method(), r.type())
                    .addStatement("return")
                    .endControlFlow();
        }
        route.addStatement("handler.onUnknown(($T) event)", event.nestedClass(UnionGenerator.UNKNOWN));
        return names.topLevel(TypeSpec.classBuilder(names.type(union.dispatcherName())))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Routes {@link $T} messages to a {@link $T}.\n", event, handler)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethod(MethodSpec.methodBuilder("dispatch")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc(
                                "Decodes {@code json} and calls exactly one method of {@code handler}; never throws.\n")
                        .addParameter(JsonTypes.STRING, "json")
                        .addParameter(handler, "handler")
                        .addStatement("$T event", event)
                        .beginControlFlow("try")
                        .addStatement("event = $T.decode(json)", codec)
                        .nextControlFlow("catch ($T e)", names.decodeException())
                        .beginControlFlow("try")
                        .addStatement("handler.onDecodeError(e)")
                        .nextControlFlow("catch ($T ignored)", RuntimeException.class)
                        .addComment("a failing error handler must not stop the read loop")
                        .endControlFlow()
                        .addStatement("return")
                        .endControlFlow()
                        .addStatement("deliver(event, handler)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("dispatch")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc(
                                "Decodes a binary frame and calls exactly one method of {@code handler}; never throws.\n")
                        .addParameter(ByteBuffer.class, "data")
                        .addParameter(handler, "handler")
                        .addStatement("deliver($T.decode(data), handler)", codec)
                        .build())
                .addMethod(MethodSpec.methodBuilder("deliver")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc(
                                "Calls exactly one method of {@code handler} for an already decoded message; never throws.\n")
                        .addParameter(event, "event")
                        .addParameter(handler, "handler")
                        .beginControlFlow("try")
                        .addStatement("route(event, handler)")
                        .nextControlFlow("catch ($T e)", RuntimeException.class)
                        .beginControlFlow("try")
                        .addStatement("handler.onHandlerError(event, e)")
                        .nextControlFlow("catch ($T ignored)", RuntimeException.class)
                        .addComment("a failing error handler must not stop the read loop")
                        .endControlFlow()
                        .endControlFlow()
                        .build())
                .addMethod(route.build())
                .build();
    }
}
