package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.asyncgen.core.model.Role;
import io.asyncgen.core.naming.MethodNames;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * One side of a connection: {@code <Connection>Client} (role client) or {@code <Connection>Server}
 * (role server, one instance per accepted connection). Both extend the runtime's {@code Session},
 * which owns the connection (listeners, await, errors, closing, reconnecting); the generated class
 * adds the types: its {@code Protocol} (codecs), typed send methods, and for the client the
 * endpoint-aware {@code Builder} and {@code open}.
 */
final class SessionGenerator {
    private static final TypeName VOID_STAGE =
            ParameterizedTypeName.get(ClassName.get(CompletionStage.class), ClassName.get(Void.class));
    private static final ClassName VOID = ClassName.get(Void.class);

    private final GeneratedNames names;
    private final HandlerGenerator handlers;
    private final RequestMethods requests;
    private final SendShortcuts shortcuts;

    SessionGenerator(
            GeneratedNames names, HandlerGenerator handlers, RequestMethods requests, SendShortcuts shortcuts) {
        this.names = names;
        this.handlers = handlers;
        this.requests = requests;
        this.shortcuts = shortcuts;
    }

    TypeSpec generate(ConnectionSkeleton skeleton, Role role) {
        ClassName self = names.type(skeleton.sessionName(role).orElseThrow());
        Optional<MessageUnion> inbound = skeleton.inbound(role);
        Optional<MessageUnion> outbound = skeleton.outbound(role);
        TypeName in = inbound.<TypeName>map(u -> names.type(u.shape().name()))
                .orElse(names.json().jsonNode());
        TypeName out = outbound.<TypeName>map(u -> names.type(u.shape().name())).orElse(VOID);
        TypeSpec.Builder type = names.topLevel(TypeSpec.classBuilder(self))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.SESSION, in, out))
                .addJavadoc(describe(skeleton, role, inbound, outbound))
                .addField(FieldSpec.builder(
                                ParameterizedTypeName.get(RuntimeTypes.PROTOCOL, in, out),
                                "PROTOCOL",
                                Modifier.PRIVATE,
                                Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer(protocol(inbound, outbound, in))
                        .build());
        if (role == Role.CLIENT) {
            new ClientParts(names, self, names.type(skeleton.endpointName().orElseThrow()), inbound, in).addTo(type);
        } else {
            type.addMethod(serverConstructor(self, inbound, in));
        }
        inbound.ifPresent(union -> type.addMethod(dispatcher(union)));
        outbound.ifPresent(union -> addSendMethods(type, union));
        requests.addTo(type, skeleton, role);
        return type.build();
    }

    private CodeBlock describe(
            ConnectionSkeleton skeleton, Role role, Optional<MessageUnion> inbound, Optional<MessageUnion> outbound) {
        CodeBlock.Builder text = CodeBlock.builder();
        String address = Javadocs.escape(skeleton.connection().address()).strip();
        if (role == Role.CLIENT) {
            text.add("The client side of {@code $L}", address);
        } else {
            text.add("The server side of one accepted {@code $L} connection (one instance per connection)", address);
        }
        text.add(": ");
        outbound.ifPresent(union ->
                text.add("sends {@link $T} messages", names.type(union.shape().name())));
        if (outbound.isPresent() && inbound.isPresent()) {
            text.add(" and ");
        }
        inbound.ifPresent(union -> text.add(
                "hands every {@link $T} received to a {@link $T}, then to the listeners added"
                        + " with {@link #on}, one at a time, in order",
                names.type(union.shape().name()),
                handlerType(union)));
        if (inbound.isEmpty()) {
            text.add(
                    "; the document declares nothing it receives (what arrives anyway reaches {@link #onMessage} listeners"
                            + " as JSON)");
        }
        text.add(".\n\n<p>");
        if (role == Role.CLIENT) {
            text.add(
                    "Connect with {@link #connect}, or with {@link #builder()} for timeouts, reconnecting, keep-alive pings,"
                            + " an HTTP client or a transport of your own.");
        } else {
            text.add(
                    "Runs on any {@link $T}: wrap the socket the server library accepted in one and pass it"
                            + " {@link #listener()}.",
                    RuntimeTypes.TRANSPORT);
        }
        return text.add(
                        " Handler methods and listeners run on the transport's thread; sending is allowed from them and"
                                + " from any other thread. Errors, threading and reconnecting: see {@link $T}.\n",
                        RuntimeTypes.SESSION)
                .build();
    }

    /** {@code new Protocol<>(In.class, InCodec::decode, InCodec::decode, OutCodec::encodeFrame)}. */
    private CodeBlock protocol(Optional<MessageUnion> inbound, Optional<MessageUnion> outbound, TypeName in) {
        CodeBlock decoders = inbound.map(union -> CodeBlock.of(
                        "$T::decode, $T::decode", names.type(union.codecName()), names.type(union.codecName())))
                .orElse(CodeBlock.of("$T::parse, $T::binary", names.jsonSupport(), names.jsonSupport()));
        CodeBlock encoder = outbound.map(union -> CodeBlock.of("$T::encodeFrame", names.type(union.codecName())))
                .orElse(CodeBlock.of(
                        "nothing -> { throw new $T($S); }",
                        IllegalArgumentException.class,
                        "the document declares nothing this side sends"));
        return CodeBlock.of("new $T<>($T.class, $L, $L)", RuntimeTypes.PROTOCOL, rawClass(in), decoders, encoder);
    }

    private static TypeName rawClass(TypeName type) {
        return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
    }

    private MethodSpec serverConstructor(ClassName self, Optional<MessageUnion> inbound, TypeName in) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
        String notYet = "Not connected yet: hand {@link #listener()} to the transport of the accepted connection.";
        if (inbound.isPresent()) {
            return constructor
                    .addJavadoc("$L\n\n@param handler receives every message, one at a time, in order\n", notYet)
                    .addParameter(handlerType(inbound.get()), "handler")
                    .addStatement(
                            "super($S, PROTOCOL, $T.requireNonNull(handler, $S), dispatcher(handler))",
                            self.simpleName(),
                            Objects.class,
                            "handler")
                    .build();
        }
        return constructor
                .addJavadoc("$L\n", notYet)
                .addStatement(
                        "super($S, PROTOCOL, new $T<$T>() {}, message -> {})",
                        self.simpleName(),
                        RuntimeTypes.EVENT_HANDLER,
                        in)
                .build();
    }

    /** {@code dispatcher(handler)}: the handler method for each message, through the generated dispatcher. */
    private MethodSpec dispatcher(MessageUnion union) {
        ClassName event = names.type(union.shape().name());
        return MethodSpec.methodBuilder("dispatcher")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Consumer.class), event))
                .addParameter(handlerType(union), "handler")
                .addStatement("return event -> $T.deliver(event, handler)", names.type(union.dispatcherName()))
                .build();
    }

    private void addSendMethods(TypeSpec.Builder type, MessageUnion union) {
        for (HandlerGenerator.Route route : handlers.routes(union)) {
            String method = MethodNames.send(route.method());
            type.addMethod(MethodSpec.methodBuilder(method)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(VOID_STAGE)
                    .addJavadoc(sendJavadoc(route, ""))
                    .addParameter(route.type(), "event")
                    .addStatement("return send(event)")
                    .build());
            shortcuts
                    .of(route, method, VOID_STAGE, sendJavadoc(route, "made of its required members"))
                    .ifPresent(type::addMethod);
        }
        for (UnionShape.BinaryMember binary : union.shape().binaries()) {
            ClassName record = names.type(binary.recordName());
            HandlerGenerator.Route route = handlers.routes(union).stream()
                    .filter(r -> r.type().equals(record))
                    .findFirst()
                    .orElseThrow();
            String method = MethodNames.send(route.method());
            type.addMethod(MethodSpec.methodBuilder(method)
                            .addModifiers(Modifier.PUBLIC)
                            .returns(VOID_STAGE)
                            .addJavadoc(sendJavadoc(route, "as a binary frame: a copy of {@code data}"))
                            .addParameter(byte[].class, "data")
                            .addStatement("return send($T.of(data))", record)
                            .build())
                    .addMethod(MethodSpec.methodBuilder(method)
                            .addModifiers(Modifier.PUBLIC)
                            .returns(VOID_STAGE)
                            .addJavadoc(sendJavadoc(
                                    route, "as a binary frame: a copy of the remaining bytes of {@code data}"))
                            .addParameter(ByteBuffer.class, "data")
                            .addStatement("return send(new $T(data))", record)
                            .build());
        }
    }

    /**
     * {@code Sends {@code x}: summary}, the description, then {@code how}; or, when the message says
     * nothing, {@code Sends {@code x} how; see send}.
     */
    private static CodeBlock sendJavadoc(HandlerGenerator.Route route, String how) {
        String label = "{@code " + Javadocs.escape(route.label()).strip() + "}";
        Optional<String> about = Javadocs.about(route.message());
        if (about.isEmpty()) {
            return CodeBlock.of("Sends $L$L; see {@link #send}.\n", label, how.isEmpty() ? "" : " " + how);
        }
        String then = how.isEmpty() ? "See" : Character.toUpperCase(how.charAt(0)) + how.substring(1) + "; see";
        return CodeBlock.of("Sends $L: $L\n<p>$L {@link #send}.\n", label, about.get(), then);
    }

    private ClassName handlerType(MessageUnion union) {
        return names.type(union.handlerName());
    }
}
