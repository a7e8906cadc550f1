package io.asyncgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AsyncgenCommandTest {
  @TempDir
  Path folder;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine command = new CommandLine(new AsyncgenCommand());
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));
    return command.execute(args);
  }

  @Test
  void validateOfACleanDocumentExitsZero() throws Exception {
    Path spec = write("ok.yaml", "asyncapi: 2.6.0\ninfo: {title: t, version: '1'}\nchannels: {}\n");
    assertEquals(0, run("validate", "--strict", spec.toString()));
    assertEquals(spec + ": 0 errors, 0 warnings\n", out.toString());
  }

  @Test
  void validateOfABrokenDocumentPrintsLocationsAndExitsOne() throws Exception {
    Path spec = write("bad.yaml", "asyncapi: 2.6.0\ninfo: {title: t, version: '1'}\nchannels:\n  a:\n"
        + "    publish:\n      message: {$ref: '#/nowhere'}\n");
    assertEquals(1, run("validate", spec.toString()));
    assertEquals(spec + ":6:23: error: $ref '#/nowhere' points to nothing: 'nowhere' not found in #\n"
        + spec + ": 1 error, 0 warnings\n", out.toString());
  }

  @Test
  void unknownOptionIsAUsageErrorWithExitTwo() {
    assertEquals(2, run("validate", "--frobnicate", "x.yaml"));
  }

  @Test
  void describePrintsTheModelSummaryAsJson() throws Exception {
    Path spec = write("events.yaml", """
        asyncapi: 2.6.0
        info: {title: Events, version: '1'}
        channels:
          /socket:
            publish:
              operationId: sendEvent
              message:
                oneOf:
                  - payload: {type: object, required: [type], properties: {type: {const: ping}}}
                  - payload: {type: object, required: [type], properties: {type: {const: pong}}}
        """);
    assertEquals(0, run("describe", spec.toString()));
    JsonNode summary = new ObjectMapper().readTree(out.toString());
    assertEquals(2, summary.at("/counts/messages").asInt());
    assertEquals("outbound", summary.at("/connections/0/operations/0/clientDirection").asText());
    assertEquals("type", summary.at("/connections/0/operations/0/discriminator").asText());
    assertEquals("[\"SendEventMessage1\",\"SendEventMessage2\"]",
        summary.at("/connections/0/client/outbound").toString());
  }

  @Test
  void describeOfAThreeDotXDocumentShowsItsActionsAndTheReply() throws Exception {
    Path spec = write("rpc.yaml", """
        asyncapi: 3.1.0
        info: {title: Rpc, version: '1'}
        channels:
          rpc:
            address: /rpc
            messages:
              sum: {payload: {type: object, properties: {numbers: {type: array, items: {type: number}}}}}
              result: {payload: {type: object, properties: {value: {type: number}}}}
        operations:
          requestSum:
            action: send
            channel: {$ref: '#/channels/rpc'}
            messages: [{$ref: '#/channels/rpc/messages/sum'}]
            reply:
              messages: [{$ref: '#/channels/rpc/messages/result'}]
        """);
    assertEquals(0, run("describe", "--strict", spec.toString()));
    JsonNode operations = new ObjectMapper().readTree(out.toString()).at("/connections/0/operations");
    assertEquals("[{\"action\":\"send\",\"operationId\":\"requestSum\",\"clientDirection\":\"inbound\","
        + "\"messages\":1,\"reply\":{\"channel\":\"rpc\",\"messages\":[\"Result\"]}},{\"action\":\"receive\",\"operationId\":null,\"clientDirection\":"
        + "\"outbound\",\"messages\":1,\"answers\":\"requestSum\"}]", operations.toString());
    assertEquals("", err.toString());
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(folder.resolve(name), text);
  }
}
