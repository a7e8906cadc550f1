package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Channel;
import io.asyncgen.core.model.CorrelationId;
import io.asyncgen.core.model.Direction;
import io.asyncgen.core.model.Message;
import io.asyncgen.core.model.Operation;
import io.asyncgen.core.model.Property;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.model.Reply;
import io.asyncgen.core.model.Role;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.TypeRef;
import io.asyncgen.core.naming.MethodNames;
import io.asyncgen.core.naming.NameScope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * {@code request<Message>(request, timeout)}: for an operation with a {@code reply} (AsyncAPI 3.x)
 * whose request this side sends and whose reply comes back on the same connection, a method that
 * sends the request and completes with the typed reply. The reply is matched by the messages'
 * {@code correlationId} when both declare one in the payload ({@code $message.payload#/reqid}: a
 * request without a value there gets one), else it is the next reply message that arrives.
 */
final class RequestMethods {
    private static final String PAYLOAD = "$message.payload#";

    private final AsyncApi api;
    private final GeneratedNames names;
    private final TypeMapper types;
    private final HandlerGenerator handlers;

    RequestMethods(AsyncApi api, GeneratedNames names, TypeMapper types, HandlerGenerator handlers) {
        this.api = api;
        this.names = names;
        this.types = types;
        this.handlers = handlers;
    }

    /** A reply message and the Java type it is received as (its member of the inbound union). */
    private record ReplyType(Message message, TypeName type) {}

    void addTo(TypeSpec.Builder type, ConnectionSkeleton skeleton, Role role) {
        Optional<MessageUnion> inbound = skeleton.inbound(role);
        if (inbound.isEmpty() || skeleton.outbound(role).isEmpty()) {
            return;
        }
        NameScope methods = NameScope.forMembers();
        for (Operation operation : skeleton.connection().operations(Direction.OUTBOUND, role)) {
            Optional<Reply> reply = operation.reply();
            if (reply.isEmpty() || !onThisConnection(reply.get(), skeleton)) {
                continue;
            }
            List<ReplyType> replies = replyTypes(reply.get(), inbound.get());
            if (replies.isEmpty()) {
                continue;
            }
            for (Message request : operation.messages()) {
                Optional<RecordType> requestRecord = record(request);
                if (requestRecord.isPresent()) {
                    String name =
                            methods.allocate(MethodNames.request(request.name().orElse(request.key())));
                    type.addMethod(method(
                            name,
                            request,
                            requestRecord.get(),
                            replies,
                            names.type(inbound.get().shape().name())));
                }
            }
        }
    }

    /** Whether the reply comes back on the connection the request goes out on (not another channel or address). */
    private boolean onThisConnection(Reply reply, ConnectionSkeleton skeleton) {
        return api.channel(reply.channel())
                .filter(c -> c.address().isPresent())
                .map(Channel::connectionAddress)
                .filter(skeleton.connection().address()::equals)
                .isPresent();
    }

    /** The reply's messages that the inbound union receives, each with the type it arrives as. */
    private List<ReplyType> replyTypes(Reply reply, MessageUnion inbound) {
        List<HandlerGenerator.Route> routes = handlers.routes(inbound);
        List<Message> json =
                inbound.messages().stream().filter(m -> !m.isBinary()).toList();
        List<ReplyType> replies = new ArrayList<>();
        for (Message message : reply.messages()) {
            // a message whose payload another one already has shares that member of the union
            Optional<Message> kept = json.stream()
                    .filter(m -> m.equals(message) || m.payload().equals(message.payload()))
                    .findFirst();
            if (!message.isBinary() && kept.isPresent()) {
                replies.add(new ReplyType(
                        message, routes.get(json.indexOf(kept.get())).type()));
            }
        }
        return replies;
    }

    private Optional<RecordType> record(Message message) {
        return message.isBinary()
                        || !(message.payload() instanceof TypeRef ref)
                        || types.isMapped(ref)
                        || !(api.type(ref.name()) instanceof RecordType record)
                ? Optional.empty()
                : Optional.of(record);
    }

    private MethodSpec method(
            String name, Message request, RecordType requestRecord, List<ReplyType> replies, ClassName inbound) {
        TypeName requestType = types.javaType(request.payload());
        TypeName replyType = replies.size() == 1 ? replies.get(0).type() : inbound;
        Optional<String> pointer = pointer(request);
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), replyType))
                .addParameter(requestType, "request")
                .addParameter(Duration.class, "timeout");
        CodeBlock.Builder javadoc = CodeBlock.builder()
                .add(
                        "Sends {@code $L} and completes with its reply, ",
                        Javadocs.escape(request.name().orElse(request.key())).strip())
                .add(replies.stream()
                        .map(r -> CodeBlock.of("{@link $T}", r.type()))
                        .collect(CodeBlock.joining(" or ")));
        Optional<Property> assigned = pointer.flatMap(p -> assignable(requestRecord, p));
        String sent = "request";
        if (pointer.isPresent()
                && replies.stream().anyMatch(r -> pointer(r.message()).isPresent())) {
            javadoc.add(
                    ", matched by {@code $L}",
                    Javadocs.escape(request.correlationId().orElseThrow().location())
                            .strip());
            if (assigned.isPresent()) {
                Property property = assigned.get();
                javadoc.add(
                        " (a request without one gets $L)",
                        property.type() instanceof ScalarType s && s.kind() == ScalarType.Kind.INTEGER
                                ? "the next number of this session"
                                : "a random UUID");
                method.addStatement(
                        "$T sent = request.$N() != null ? request : request.toBuilder().$N($L).build()",
                        requestType,
                        property.javaName(),
                        property.javaName(),
                        property.type() instanceof ScalarType s && s.kind() == ScalarType.Kind.INTEGER
                                ? CodeBlock.of("nextRequestId()")
                                : CodeBlock.of("$T.randomUUID().toString()", UUID.class));
                sent = "sent";
            }
            method.addStatement(
                    "$T correlation = $T.at($N.toJson(), $S)",
                    names.json().jsonNode(),
                    names.jsonSupport(),
                    sent,
                    pointer.get());
            if (assigned.isEmpty()) {
                method.beginControlFlow("if (correlation == null || correlation.isNull())")
                        .addStatement(
                                "throw new $T($S)",
                                IllegalArgumentException.class,
                                name + ": set " + pointer.get().substring(1) + ": the reply is matched by it ("
                                        + request.correlationId().orElseThrow().location()
                                        + ")")
                        .endControlFlow();
            }
            method.addStatement(
                    "return sendAndAwait($N, $T.class, reply -> $L, timeout)",
                    sent,
                    rawClass(replyType),
                    matches(replies, replyType));
        } else {
            javadoc.add(": the next one that arrives (the messages declare no correlation id in their payload)");
            method.addStatement(
                    "return sendAndAwait(request, $T.class, $L, timeout)",
                    rawClass(replyType),
                    replies.size() == 1 ? "reply -> true" : CodeBlock.of("reply -> $L", isAnyOf(replies)));
        }
        return method.addJavadoc(javadoc.add(
                                ".\n\n@return completes with the reply; exceptionally with a"
                                        + " {@link java.util.concurrent.TimeoutException} after {@code timeout}, a"
                                        + " {@link io.asyncgen.runtime.ConnectionClosedException} when the connection ends first, or as"
                                        + " {@link #send} fails\n@throws IllegalArgumentException when the request is invalid\n")
                        .build())
                .build();
    }

    /** {@code (reply is A && same(A's id)) || (reply is B && ...)}: a reply of one of the types, correlated. */
    private CodeBlock matches(List<ReplyType> replies, TypeName replyType) {
        List<CodeBlock> cases = new ArrayList<>();
        for (ReplyType reply : replies) {
            TypeName type = reply.type();
            Optional<CodeBlock> correlated = pointer(reply.message())
                    .map(p -> CodeBlock.of(
                            "$T.sameValue(correlation, $T.at(reply.toJson(), $S))",
                            names.jsonSupport(),
                            names.jsonSupport(),
                            p));
            if (type.equals(replyType)) {
                cases.add(correlated.orElse(CodeBlock.of("true")));
            } else {
                cases.add(correlated
                        .map(c -> CodeBlock.of("(reply instanceof $T && $L)", type, c))
                        .orElse(CodeBlock.of("reply instanceof $T", type)));
            }
        }
        return CodeBlock.join(cases, " || ");
    }

    private CodeBlock isAnyOf(List<ReplyType> replies) {
        return replies.stream()
                .map(r -> CodeBlock.of("reply instanceof $T", r.type()))
                .collect(CodeBlock.joining(" || "));
    }

    /** The JSON pointer of a message's correlation id, when it is in the payload. */
    private static Optional<String> pointer(Message message) {
        return message.correlationId()
                .map(CorrelationId::location)
                .filter(l -> l.startsWith(PAYLOAD))
                .map(l -> l.substring(PAYLOAD.length()))
                .filter(p -> p.startsWith("/"));
    }

    /** The top-level integer or string property at {@code pointer}, which a request without a value gets one for. */
    private static Optional<Property> assignable(RecordType record, String pointer) {
        String wireName = pointer.substring(1);
        if (wireName.contains("/") || wireName.contains("~")) {
            return Optional.empty();
        }
        return record.property(wireName)
                .filter(p -> !RecordGenerator.isFixed(p)
                        && p.type() instanceof ScalarType s
                        && (s.kind() == ScalarType.Kind.INTEGER
                                || s.kind() == ScalarType.Kind.STRING
                                        && s.format().isEmpty()));
    }

    private static TypeName rawClass(TypeName type) {
        return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
    }
}
