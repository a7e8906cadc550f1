package io.asyncgen.core.naming;

import java.util.Collection;
import java.util.List;

/**
 * The names of the methods generated code adds per message, member or parameter: handler methods
 * ({@code onResponseOutputTextDelta}), the send methods beside them ({@code sendResponseCreate}),
 * request methods ({@code requestSessionUpdate}), builder shortcuts ({@code addTool},
 * {@code turnDetectionNone}); and the method names generated code has anyway, which none of them
 * may take. Each scope is one type's: names are handed out in the order they are asked for.
 */
public final class MethodNames {
    /** The prefix of a handler method; its send method swaps it for {@code send}. */
    private static final String HANDLER_PREFIX = "on";

    /**
     * The handler methods every generated handler has: {@code onUnknown} and {@code onDecodeError}
     * of its own, the rest inherited from the runtime's {@code EventHandler}.
     */
    public static final List<String> HANDLER_FIXED =
            List.of("onUnknown", "onDecodeError", "onHandlerError", "onConnectionClosed", "onConnectionFailed");

    /** The methods every record builder has besides one setter per member. */
    public static final List<String> BUILDER_FIXED = List.of("additionalProperty", "build");

    /**
     * The methods and fields every endpoint builder has (its own, and {@code Object}'s): a setter for
     * a query parameter, header, server variable or credential never takes one.
     */
    public static final List<String> ENDPOINT_BUILDER_FIXED = List.of(
            "server",
            "serverUrl",
            "queryParameter",
            "header",
            "build",
            "set",
            "setQuery",
            "credential",
            "serverTemplate",
            "variableDefault",
            "checkVariables",
            "toString",
            "hashCode",
            "equals",
            "getClass",
            "notify",
            "notifyAll",
            "wait",
            "clone",
            "finalize");

    private MethodNames() {}

    /** A scope for the message methods of one handler, without {@link #HANDLER_FIXED}. */
    public static NameScope handlerScope() {
        NameScope methods = NameScope.forMembers();
        HANDLER_FIXED.forEach(methods::reserve);
        return methods;
    }

    /** The handler method of a message, by its label (name, discriminator value or key): {@code onError}. */
    public static String handler(String label) {
        return JavaNames.methodName(HANDLER_PREFIX, label);
    }

    /** The send method beside a handler method: {@code onSessionUpdate} -> {@code sendSessionUpdate}. */
    public static String send(String handlerMethod) {
        return "send" + handlerMethod.substring(HANDLER_PREFIX.length());
    }

    /** The method that sends a request and awaits its reply, by the request message's name or key. */
    public static String request(String label) {
        return JavaNames.methodName("request", label);
    }

    /** A scope for the methods of a record's builder: {@link #BUILDER_FIXED} and the members' setters are taken. */
    public static NameScope builderScope(Collection<String> memberNames) {
        NameScope methods = NameScope.forMembers();
        BUILDER_FIXED.forEach(methods::reserve);
        memberNames.forEach(methods::reserve);
        return methods;
    }

    /** A scope for the setters of an endpoint builder, without {@link #ENDPOINT_BUILDER_FIXED}. */
    public static NameScope endpointBuilderScope() {
        NameScope members = NameScope.forMembers();
        ENDPOINT_BUILDER_FIXED.forEach(members::reserve);
        return members;
    }

    /** The builder method adding one item to a list member: {@code tools} -> {@code addTool}. */
    public static String adder(String memberName) {
        String singular = JavaNames.singular(memberName);
        return "add" + Character.toUpperCase(singular.charAt(0)) + singular.substring(1);
    }

    /** The builder method setting a union member to one constant: ({@code toolChoice}, {@code auto}) -> {@code toolChoiceAuto}. */
    public static String constantSetter(String memberName, String constant) {
        return memberName + JavaNames.typeName(constant);
    }

    /** {@code preferred} when still free in {@code scope}, else {@code fallback} (numbered when taken too). */
    public static String preferredOr(NameScope scope, String preferred, String fallback) {
        return scope.isFree(preferred) ? scope.allocate(preferred) : scope.allocate(fallback);
    }
}
