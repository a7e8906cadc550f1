package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.testing.LoadedCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message whose payload is itself a union (Deepgram's {@code History}: a conversation text or
 * function calls) is one member of its direction's union: it takes what one of its own members
 * matches, and a message neither it nor any other member knows stays the outer union's
 * {@code Unknown}, so it reaches {@code onUnknown} and not the union member's handler method.
 */
class UnionMemberUnionTest {
    private static final String SPEC = """
      asyncapi: 2.6.0
      info: {title: Agent, version: '1'}
      channels:
        /agent:
          subscribe:
            operationId: receiveAgentEvent
            message:
              oneOf:
                - name: Welcome
                  payload:
                    type: object
                    title: Welcome
                    required: [type, request_id]
                    properties:
                      type: {type: string, enum: [Welcome]}
                      request_id: {type: string}
                - name: History
                  payload:
                    title: History
                    oneOf:
                      - type: object
                        title: HistoryText
                        required: [type, content]
                        properties:
                          type: {type: string, enum: [History]}
                          content: {type: string}
                      - type: object
                        title: HistoryCalls
                        required: [type, function_calls]
                        properties:
                          type: {type: string, enum: [History]}
                          function_calls: {type: array, items: {type: object}}
      """;

    @TempDir
    Path folder;

    @Test
    void aMessageNoMemberKnowsIsTheOuterUnionsUnknown() throws Exception {
        LoadedCode code = LoadedCode.generate(Files.writeString(folder.resolve("agent.yaml"), SPEC));
        List<String> decoded = List.of(
                        "{\"type\":\"Welcome\",\"request_id\":\"r1\"}",
                        "{\"type\":\"History\",\"content\":\"hi\"}",
                        "{\"type\":\"History\",\"function_calls\":[]}",
                        "{\"type\":\"AgentThinking\",\"content\":\"hm\"}")
                .stream()
                .map(json -> code.call("AgentEventCodec", "decode", json))
                .map(event -> event.getClass()
                                .getName()
                                .substring(event.getClass().getPackageName().length() + 1)
                        + (event.getClass().getSimpleName().equals("HistoryValue")
                                ? " of "
                                        + LoadedCode.invoke(event, "value")
                                                .getClass()
                                                .getSimpleName()
                                : ""))
                .toList();
        assertEquals(
                List.of(
                        "Welcome",
                        "AgentEvent$HistoryValue of HistoryText",
                        "AgentEvent$HistoryValue of HistoryCalls",
                        "AgentEvent$Unknown"),
                decoded);
    }
}
