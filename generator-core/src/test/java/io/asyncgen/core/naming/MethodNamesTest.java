package io.asyncgen.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MethodNamesTest {

    @Test
    void aMessageGetsAHandlerMethodAndASendMethodFromItsLabel() {
        String handler = MethodNames.handler("response.output_text.delta");
        assertEquals("onResponseOutputTextDelta", handler);
        assertEquals("sendResponseOutputTextDelta", MethodNames.send(handler));
        assertEquals("requestSessionUpdate", MethodNames.request("session.update"));
    }

    @Test
    void aMessageLabelledLikeAFixedHandlerMethodGetsANumberedOne() {
        NameScope methods = MethodNames.handlerScope();
        assertEquals(
                List.of("onUnknown2", "onDecodeError2", "onConnectionClosed2", "onError"),
                List.of("unknown", "decode_error", "connection.closed", "error").stream()
                        .map(label -> methods.allocate(MethodNames.handler(label)))
                        .toList());
    }

    @Test
    void builderShortcutsAreNamedFromTheMemberAndAvoidTheBuildersOwnMethods() {
        assertEquals("addTool", MethodNames.adder("tools"));
        assertEquals("addOutputModality", MethodNames.adder("outputModalities"));
        assertEquals("toolChoiceAuto", MethodNames.constantSetter("toolChoice", "auto"));
        NameScope builder = MethodNames.builderScope(List.of("tools"));
        assertEquals(
                List.of(false, false, false, true),
                List.of("build", "additionalProperty", "tools", "addTool").stream()
                        .map(builder::isFree)
                        .toList());
    }

    @Test
    void anEndpointSetterNeverTakesAMethodTheEndpointBuilderHas() {
        NameScope setters = MethodNames.endpointBuilderScope();
        assertEquals(
                List.of("server2", "header2", "model"),
                List.of("server", "header", "model").stream()
                        .map(wire -> setters.allocate(JavaNames.memberName(wire)))
                        .toList());
    }

    @Test
    void aPreferredNameIsTakenWhenFreeElseTheFallback() {
        NameScope members = NameScope.forMembers();
        assertEquals("bearerToken", MethodNames.preferredOr(members, "bearerToken", "openAiKey"));
        assertEquals("openAiKey", MethodNames.preferredOr(members, "bearerToken", "openAiKey"));
        assertEquals("openAiKey2", MethodNames.preferredOr(members, "bearerToken", "openAiKey"));
    }
}
