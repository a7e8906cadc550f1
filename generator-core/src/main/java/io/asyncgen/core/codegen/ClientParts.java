package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.asyncgen.core.naming.ReservedTypeNames;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * What a generated client adds to its session: the {@code Builder} (endpoint, handler, reconnect
 * callback, and the runtime's connection settings), the constructor it calls, {@code open} and
 * the {@code connect} shortcut.
 */
final class ClientParts {
    private static final ClassName CONNECT_SETTINGS = ClassName.get("io.asyncgen.runtime.internal", "ConnectSettings");

    private final ClassName self;
    private final ClassName endpoint;
    private final ClassName builder;
    private final Optional<ClassName> handler;
    private final TypeName in;

    ClientParts(GeneratedNames names, ClassName self, ClassName endpoint, Optional<MessageUnion> inbound, TypeName in) {
        this.self = self;
        this.endpoint = endpoint;
        this.builder = self.nestedClass(ReservedTypeNames.BUILDER);
        this.handler = inbound.map(union -> names.type(union.handlerName()));
        this.in = in;
    }

    void addTo(TypeSpec.Builder type) {
        type.addField(FieldSpec.builder(CONNECT_SETTINGS, "settings", Modifier.PRIVATE, Modifier.FINAL)
                        .build())
                .addMethod(constructor())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addJavadoc(
                                "A builder: set the endpoint$L, and what else you need.\n",
                                handler.isPresent() ? " and the handler" : "")
                        .addStatement("return new $T()", builder)
                        .build())
                .addMethod(connect())
                .addMethod(open())
                .addType(builderType());
    }

    private MethodSpec constructor() {
        MethodSpec.Builder constructor =
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(builder, "builder");
        if (handler.isPresent()) {
            constructor.addStatement(
                    "super($S, PROTOCOL, builder.handler, dispatcher(builder.handler))", self.simpleName());
        } else {
            constructor.addStatement(
                    "super($S, PROTOCOL, new $T<$T>() {}, message -> {})",
                    self.simpleName(),
                    RuntimeTypes.EVENT_HANDLER,
                    in);
        }
        return constructor
                .addStatement("this.settings = builder.connectSettings(this)")
                .build();
    }

    private MethodSpec connect() {
        MethodSpec.Builder connect = MethodSpec.methodBuilder("connect")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(CompletionStage.class), self))
                .addJavadoc(
                        "Connects with the default settings; completes when the connection is open, exceptionally with a"
                                + " {@link $T} naming the URL and, for a refused upgrade, the HTTP status and what it usually means.\n",
                        ClassName.get("io.asyncgen.runtime", "ConnectFailedException"))
                .addParameter(endpoint, "endpoint");
        if (handler.isPresent()) {
            return connect.addParameter(handler.get(), "handler")
                    .addStatement("return builder().endpoint(endpoint).handler(handler).connect()")
                    .build();
        }
        return connect.addStatement("return builder().endpoint(endpoint).connect()")
                .build();
    }

    private MethodSpec open() {
        return MethodSpec.methodBuilder("open")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(CompletionStage.class), self))
                .addJavadoc(
                        "Connects to the builder's endpoint; completes when the connection is open (messages may arrive,"
                                + " and be sent from the handler, before), exceptionally as {@link #connect} says, and then so does"
                                + " {@link #closed()}. Listeners added before this call see every message.\n"
                                + "@throws IllegalStateException when this client has no endpoint, or was opened or closed before\n")
                .beginControlFlow("if (settings == null)")
                .addStatement(
                        "throw new $T($S)",
                        IllegalStateException.class,
                        self.simpleName() + " has no endpoint: build it"
                                + " with builder().endpoint(...), or hand listener() to a transport of your own")
                .endControlFlow()
                .addStatement("return openSession(settings).thenApply(opened -> this)")
                .build();
    }

    private TypeSpec builderType() {
        TypeName callback =
                ParameterizedTypeName.get(ClassName.get(Consumer.class), WildcardTypeName.supertypeOf(self));
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.CLIENT_BUILDER, builder))
                .addJavadoc(
                        "Builds a {@link $T}: the endpoint$L, a reconnect callback, and the connection settings every"
                                + " client shares (timeouts, reconnecting, pings, an HTTP client or a transport of your own).\n",
                        self,
                        handler.isPresent() ? ", the handler" : "")
                .addField(endpoint, "endpoint", Modifier.PRIVATE);
        handler.ifPresent(h -> type.addField(FieldSpec.builder(h, "handler", Modifier.PRIVATE)
                .initializer("new $T() {}", h)
                .build()));
        type.addField(FieldSpec.builder(callback, "onReconnect", Modifier.PRIVATE)
                        .initializer("client -> {}")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethod(MethodSpec.methodBuilder("endpoint")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addJavadoc("Where to connect, with which credentials (fetched again for every connection).\n")
                        .addParameter(endpoint, "endpoint")
                        .addStatement("this.endpoint = $T.requireNonNull(endpoint, $S)", Objects.class, "endpoint")
                        .addStatement("return this")
                        .build());
        handler.ifPresent(h -> type.addMethod(MethodSpec.methodBuilder("handler")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc(
                        "Receives every message, then the connection's closes and failures. Default: one that ignores"
                                + " everything (listeners added with {@code on} are enough for many uses).\n")
                .addParameter(h, "handler")
                .addStatement("this.handler = $T.requireNonNull(handler, $S)", Objects.class, "handler")
                .addStatement("return this")
                .build()));
        return type.addMethod(MethodSpec.methodBuilder("onReconnect")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addJavadoc(
                                "Runs when a new connection is up after a drop, before it delivers anything: restore the"
                                        + " state the service forgot (send the session configuration again). Runs on the transport's thread;"
                                        + " it may send, it must not block.\n")
                        .addParameter(callback, "callback")
                        .addStatement("this.onReconnect = $T.requireNonNull(callback, $S)", Objects.class, "callback")
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("build")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(self)
                        .addJavadoc("A client, not connected yet: add listeners, then {@link $T#open()}.\n", self)
                        .addStatement("return new $T(this)", self)
                        .build())
                .addMethod(MethodSpec.methodBuilder("connect")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(CompletionStage.class), self))
                        .addJavadoc("Builds the client and opens it: {@code build().open()}.\n")
                        .addStatement("return build().open()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("self")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PROTECTED)
                        .returns(builder)
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("connectSettings")
                        .addModifiers(Modifier.PRIVATE)
                        .returns(CONNECT_SETTINGS)
                        .addParameter(self, "client")
                        .addStatement("$T<? super $T> callback = onReconnect", Consumer.class, self)
                        .addStatement(
                                "return endpoint == null ? null : settings(endpoint::handshake, () -> callback.accept(client))")
                        .build())
                .build();
    }
}
