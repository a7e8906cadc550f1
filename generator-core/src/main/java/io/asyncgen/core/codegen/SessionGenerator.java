package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.asyncgen.core.model.Role;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.lang.model.element.Modifier;

/**
 * One side of a connection over a {@code Transport}: {@code <Connection>Client} (role client) or
 * {@code <Connection>Server} (role server, one instance per accepted connection). Both send their
 * outbound union with a typed {@code send} and one convenience method per message, and hand every
 * received message, reassembled from its fragments, to the inbound dispatcher.
 */
final class SessionGenerator {
  private static final TypeName VOID_STAGE = ParameterizedTypeName.get(ClassName.get(CompletionStage.class),
      ClassName.get(Void.class));

  private final GeneratedNames names;
  private final HandlerGenerator handlers;
  private final ClassName transport;
  private final ClassName listener;
  private final ClassName closeStatus;
  private final ClassName jdkTransport;

  SessionGenerator(GeneratedNames names, HandlerGenerator handlers, String transportName, String jdkTransportName) {
    this.names = names;
    this.handlers = handlers;
    this.transport = names.type(transportName);
    this.listener = transport.nestedClass("Listener");
    this.closeStatus = transport.nestedClass("CloseStatus");
    this.jdkTransport = names.type(jdkTransportName);
  }

  TypeSpec generate(ConnectionSkeleton skeleton, Role role) {
    ClassName self = names.type(skeleton.sessionName(role).orElseThrow());
    Optional<MessageUnion> inbound = skeleton.inbound(role);
    Optional<MessageUnion> outbound = skeleton.outbound(role);
    TypeSpec.Builder type = names.topLevel(TypeSpec.classBuilder(self)).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(AutoCloseable.class)
        .addJavadoc(describe(skeleton, role, inbound, outbound));
    inbound.ifPresent(union -> type.addField(handlerType(union), "handler", Modifier.PRIVATE, Modifier.FINAL));
    type.addField(FieldSpec.builder(listener, "listener", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new Receiver()").build())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), closeStatus),
            "closed", Modifier.PRIVATE, Modifier.FINAL).initializer("new $T<>()", CompletableFuture.class).build())
        .addField(transport, "transport", Modifier.PRIVATE, Modifier.VOLATILE)
        .addField(boolean.class, "closing", Modifier.PRIVATE, Modifier.VOLATILE);
    if (role == Role.CLIENT) {
      type.addField(FieldSpec.builder(AtomicBoolean.class, "opened", Modifier.PRIVATE, Modifier.FINAL)
          .initializer("new $T()", AtomicBoolean.class).build());
    }
    type
        .addMethod(constructor(inbound, role));
    if (role == Role.CLIENT) {
      ClassName endpoint = names.type(skeleton.endpointName().orElseThrow());
      type.addMethod(connect(self, endpoint, inbound)).addMethod(open(self, endpoint));
    }
    if (role == Role.CLIENT) {
      type.addMethod(MethodSpec.methodBuilder("failed").addModifiers(Modifier.PRIVATE)
          .addParameter(Throwable.class, "failure")
          .beginControlFlow("if (failure != null)")
          .addComment("the handshake failed: nothing will be received")
          .addStatement("closed.completeExceptionally(failure)")
          .endControlFlow().build());
    }
    type.addMethod(MethodSpec.methodBuilder("listener").addModifiers(Modifier.PUBLIC).returns(listener)
        .addJavadoc("What a {@link $T} of your own reports to: {@code onOpen} with itself first, then every text message"
            + " or fragment in order, from one thread at a time.\n", transport)
        .addStatement("return listener").build());
    type.addMethod(MethodSpec.methodBuilder("isOpen").addModifiers(Modifier.PUBLIC).returns(boolean.class)
        .addJavadoc("Whether messages can be sent: opened, and neither side closed.\n")
        .addStatement("return transport != null && !closing && !closed.isDone()").build());
    outbound.ifPresent(union -> addSendMethods(type, self, union));
    type.addMethod(MethodSpec.methodBuilder("closed").addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(CompletionStage.class), closeStatus))
            .addJavadoc("Completes with the peer's close code and reason when the connection closed, or exceptionally"
                + " when it failed.\n")
            .addStatement("return closed").build())
        .addMethod(MethodSpec.methodBuilder("close").addModifiers(Modifier.PUBLIC).returns(VOID_STAGE)
            .addParameter(int.class, "code").addParameter(String.class, "reason")
            .addJavadoc("Starts the closing handshake; sending fails from now on. {@link #closed()} completes when the"
                + " peer answered.\n")
            .addStatement("closing = true")
            .addStatement("$T current = transport", transport)
            .addStatement("return current == null ? $T.completedFuture(null) : current.close(code, reason)",
                CompletableFuture.class).build())
        .addMethod(MethodSpec.methodBuilder("close").addModifiers(Modifier.PUBLIC).addAnnotation(Override.class)
            .addJavadoc("Closes normally ({@code 1000}) without waiting.\n")
            .addStatement("close($T.NORMAL_CLOSURE, $S)", transport, "").build())
        .addType(receiver(inbound));
    return type.build();
  }

  private CodeBlock describe(ConnectionSkeleton skeleton, Role role, Optional<MessageUnion> inbound,
      Optional<MessageUnion> outbound) {
    CodeBlock.Builder text = CodeBlock.builder();
    String address = Javadocs.escape(skeleton.connection().address()).strip();
    if (role == Role.CLIENT) {
      text.add("The client side of {@code $L}", address);
    } else {
      text.add("The server side of one accepted {@code $L} connection (one instance per connection)", address);
    }
    text.add(": ");
    outbound.ifPresent(union -> text.add("sends {@link $T} messages", names.type(union.shape().name())));
    if (outbound.isPresent() && inbound.isPresent()) {
      text.add(" and ");
    }
    inbound.ifPresent(union -> text.add("hands every {@link $T} received to a {@link $T}, one at a time, in order",
        names.type(union.shape().name()), handlerType(union)));
    text.add(".\n\n<p>Runs on any {@link $T}", transport);
    if (role == Role.CLIENT) {
      text.add(": {@link #connect} uses {@link $T}; for another, pass {@link #listener()} to it", jdkTransport);
    } else {
      text.add(": wrap the socket the server library accepted in one and pass it {@link #listener()}");
    }
    return text.add(". Handler methods run on the transport's thread; sending is allowed from them and from any other"
        + " thread.\n").build();
  }

  private MethodSpec constructor(Optional<MessageUnion> inbound, Role role) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
    String notYet = role == Role.CLIENT
        ? "Not connected yet: call {@link #open}, or hand {@link #listener()} to a transport of your own."
        : "Not connected yet: hand {@link #listener()} to the transport of the accepted connection.";
    if (inbound.isPresent()) {
      constructor.addJavadoc("$L\n\n@param handler receives every message, one at a time, in order\n", notYet)
          .addParameter(handlerType(inbound.get()), "handler")
          .addStatement("this.handler = $T.requireNonNull(handler, $S)", Objects.class, "handler");
    } else {
      constructor.addJavadoc("$L The document declares nothing this side receives: received text is ignored.\n",
          notYet);
    }
    return constructor.build();
  }

  private MethodSpec connect(ClassName self, ClassName endpoint, Optional<MessageUnion> inbound) {
    MethodSpec.Builder connect = MethodSpec.methodBuilder("connect").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(CompletionStage.class), self))
        .addJavadoc("Connects with {@link $T}; completes when the handshake succeeded.\n", jdkTransport)
        .addParameter(endpoint, "endpoint");
    if (inbound.isPresent()) {
      connect.addParameter(handlerType(inbound.get()), "handler")
          .addStatement("return new $T(handler).open(endpoint)", self);
    } else {
      connect.addStatement("return new $T().open(endpoint)", self);
    }
    return connect.build();
  }

  private MethodSpec open(ClassName self, ClassName endpoint) {
    return MethodSpec.methodBuilder("open").addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(CompletionStage.class), self))
        .addJavadoc("Connects this client with {@link $T}; completes when the handshake succeeded. Messages may"
            + " arrive, and be sent from the handler, before it completes; when it fails, so does {@link #closed()}.\n"
            + "@throws IllegalStateException when this client was opened or closed before\n", jdkTransport)
        .addParameter(endpoint, "endpoint")
        .beginControlFlow("if (!opened.compareAndSet(false, true) || closing)")
        .addStatement("throw new $T($S)", IllegalStateException.class,
            self.simpleName() + " was opened or closed before; create a new one")
        .endControlFlow()
        .addStatement("$T<$T> connecting = $T.connect(endpoint.uri(), endpoint.headers(), listener)",
            CompletionStage.class, transport, jdkTransport)
        .addStatement("connecting.whenComplete((connected, failure) -> failed(failure))")
        .addStatement("return connecting.thenApply(connected -> this)")
        .build();
  }

  private void addSendMethods(TypeSpec.Builder type, ClassName self, MessageUnion union) {
    ClassName event = names.type(union.shape().name());
    type.addMethod(MethodSpec.methodBuilder("send").addModifiers(Modifier.PUBLIC).returns(VOID_STAGE)
        .addParameter(event, "event")
        .addJavadoc("Encodes and sends one message; messages go out in call order, from any thread.\n"
            + "@return completes when the message was handed to the network\n"
            + "@throws IllegalArgumentException when a required member is missing (named with its path)\n"
            + "@throws IllegalStateException when not open yet, or closed\n")
        .addStatement("$T current = transport", transport)
        .beginControlFlow("if (current == null)")
        .addStatement("throw new $T($S)", IllegalStateException.class,
            "cannot send: " + self.simpleName() + " is not open yet")
        .endControlFlow()
        .beginControlFlow("if (closing || closed.isDone())")
        .addStatement("throw new $T($S + event.getClass().getSimpleName() + $S)", IllegalStateException.class,
            "cannot send ", ": " + self.simpleName() + " is closed")
        .endControlFlow()
        .addStatement("return current.sendText($T.encode(event))", names.type(union.codecName()))
        .build());
    for (HandlerGenerator.Route route : handlers.routes(union)) {
      type.addMethod(MethodSpec.methodBuilder("send" + route.method().substring("on".length()))
          .addModifiers(Modifier.PUBLIC).returns(VOID_STAGE)
          .addJavadoc("Sends {@code $L}; see {@link #send($T)}.\n", Javadocs.escape(route.label()).strip(), event)
          .addParameter(route.type(), "event")
          .addStatement("return send(event)").build());
    }
  }

  private TypeSpec receiver(Optional<MessageUnion> inbound) {
    MethodSpec.Builder onText = MethodSpec.methodBuilder("onText").addModifiers(Modifier.PUBLIC)
        .addAnnotation(Override.class)
        .addParameter(CharSequence.class, "data").addParameter(boolean.class, "last");
    if (inbound.isPresent()) {
      onText.beginControlFlow("if (!last)")
          .addStatement("fragments.append(data)")
          .addStatement("return")
          .endControlFlow()
          .addStatement("$T message", String.class)
          .beginControlFlow("if (fragments.length() == 0)")
          .addStatement("message = data.toString()")
          .nextControlFlow("else")
          .addStatement("message = fragments.append(data).toString()")
          .addStatement("fragments.setLength(0)")
          .endControlFlow()
          .addStatement("$T.dispatch(message, handler)", names.type(inbound.get().dispatcherName()));
    } else {
      onText.addComment("the document declares no message this side receives");
    }
    TypeSpec.Builder receiver = TypeSpec.classBuilder("Receiver").addModifiers(Modifier.PRIVATE, Modifier.FINAL)
        .addSuperinterface(listener)
        .addJavadoc("Reassembles fragments and dispatches each whole message once, in order.\n");
    if (inbound.isPresent()) {
      receiver.addField(FieldSpec.builder(StringBuilder.class, "fragments", Modifier.PRIVATE, Modifier.FINAL)
          .initializer("new $T()", StringBuilder.class).build());
    }
    return receiver
        .addMethod(MethodSpec.methodBuilder("onOpen").addModifiers(Modifier.PUBLIC).addAnnotation(Override.class)
            .addParameter(transport, "connected")
            .addStatement("transport = connected")
            .beginControlFlow("if (closing)")
            .addComment("closed before the connection was up")
            .addStatement("connected.close($T.NORMAL_CLOSURE, $S)", transport, "")
            .endControlFlow().build())
        .addMethod(onText.build())
        .addMethod(MethodSpec.methodBuilder("onClose").addModifiers(Modifier.PUBLIC).addAnnotation(Override.class)
            .addParameter(int.class, "code").addParameter(String.class, "reason")
            .addStatement("closed.complete(new $T(code, reason))", closeStatus).build())
        .addMethod(MethodSpec.methodBuilder("onError").addModifiers(Modifier.PUBLIC).addAnnotation(Override.class)
            .addParameter(Throwable.class, "error")
            .addStatement("closed.completeExceptionally(error)").build())
        .build();
  }

  private ClassName handlerType(MessageUnion union) {
    return names.type(union.handlerName());
  }
}
