package io.asyncgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.asyncgen.core.testing.Corpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** validate and describe, run in a folder as a user would, with their exact output. */
class AsyncgenCommandTest {
    private static final String EVENTS = """
      asyncapi: 2.6.0
      info: {title: Events, version: '1'}
      servers:
        main:
          url: '{region}.events.example.com'
          protocol: wss
          variables:
            region: {default: eu, enum: [eu, us], description: Where the service runs.}
          security: [{key: []}]
      channels:
        /socket:
          bindings:
            ws:
              query:
                type: object
                required: [room]
                properties:
                  room: {type: string, description: The room to join.}
              headers:
                type: object
                properties:
                  X-Trace: {type: string}
          publish:
            operationId: sendCommand
            message:
              oneOf:
                - name: ping
                  payload: {type: object, title: Ping, required: [type], properties: {type: {const: ping}}}
                - name: stop
                  payload: {type: object, title: Stop, required: [type], properties: {type: {const: stop}}}
          subscribe:
            operationId: receiveEvent
            message:
              oneOf:
                - name: pong
                  payload: {type: object, title: Pong, required: [type], properties: {type: {const: pong}}}
                - name: note
                  payload: {type: string}
      components:
        securitySchemes:
          key: {type: httpApiKey, in: header, name: X-Key}
        schemas:
          Shape:
            oneOf:
              - {type: object, title: Circle, required: [kind], properties: {kind: {const: circle}}}
              - {type: object, title: Square, required: [kind], properties: {kind: {const: square}}}
      """;

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Path workingDirectory, String... args) {
        CommandLine command = AsyncgenCommand.commandLine(new AsyncgenCommand(workingDirectory), args);
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    private int run(String... args) {
        return run(folder, args);
    }

    @Test
    void validateOfACleanDocumentExitsZero() throws Exception {
        write("ok.yaml", "asyncapi: 2.6.0\ninfo: {title: t, version: '1'}\nchannels: {}\n");
        assertEquals(0, run("validate", "--strict", "ok.yaml"));
        assertEquals("ok.yaml: 0 errors, 0 warnings\n", out.toString());
    }

    @Test
    void validateOfABrokenDocumentPrintsLocationsAndExitsOne() throws Exception {
        write(
                "bad.yaml",
                "asyncapi: 2.6.0\ninfo: {title: t, version: '1'}\nchannels:\n  a:\n"
                        + "    publish:\n      message: {$ref: '#/nowhere'}\n");
        assertEquals(1, run("validate", "bad.yaml"));
        assertEquals(
                "bad.yaml:6:23: error: $ref '#/nowhere' points to nothing: 'nowhere' not found in #\n"
                        + "bad.yaml: 1 error, 0 warnings\n",
                out.toString());
    }

    @Test
    void aMissingFileHasNoPosition() {
        assertEquals(1, run("validate", "nothere.yaml"));
        assertEquals(
                "nothere.yaml: error: the file does not exist\nnothere.yaml: 1 error, 0 warnings\n", out.toString());
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitTwo() {
        assertEquals(2, run("validate", "--frobnicate", "x.yaml"));
        assertEquals(
                "asyncgen validate: Unknown option: '--frobnicate'\n"
                        + "usage: asyncgen validate [OPTIONS] SPEC...\n"
                        + "run 'asyncgen validate --help' for what each option does\n",
                err.toString());
    }

    @Test
    void withoutACommandTheUsageErrorNamesEveryCommand() {
        assertEquals(2, run());
        assertEquals(
                "asyncgen: name a command: validate, describe or generate\n"
                        + "usage: asyncgen [OPTIONS] [COMMAND]\n"
                        + "run 'asyncgen --help' for what each option does\n",
                err.toString());
    }

    @Test
    void theHelpListsEveryCommandWhicheverIsSetUp() {
        assertEquals(0, run("--help"));
        assertEquals(
                List.of("validate", "describe", "generate"),
                out.toString()
                        .lines()
                        .dropWhile(line -> !line.equals("Commands:"))
                        .filter(line -> line.matches("  \\w.*"))
                        .map(line -> line.strip().split(" ")[0])
                        .toList());
    }

    @Test
    void theCommandNamedFirstIsTheOnlyOneSetUp() {
        CommandLine command = AsyncgenCommand.commandLine(new AsyncgenCommand(folder), "describe", "x.yaml");
        assertEquals(List.of("describe"), List.copyOf(command.getSubcommands().keySet()));
        assertEquals(
                List.of("validate", "describe", "generate"),
                List.copyOf(AsyncgenCommand.commandLine(new AsyncgenCommand(folder), "--version")
                        .getSubcommands()
                        .keySet()));
    }

    @Test
    void refsMayReachAnyFileBelowTheWorkingDirectory() throws Exception {
        write("specs/common/schemas.yaml", "Ping: {type: object, properties: {type: {const: ping}}}\n");
        write(
                "specs/service-a/asyncapi.yaml",
                "asyncapi: 2.6.0\ninfo: {title: a, version: '1'}\nchannels:\n"
                        + "  /a:\n    publish:\n      message:\n        payload: {$ref: '../common/schemas.yaml#/Ping'}\n");

        assertEquals(0, run("validate", "specs/service-a/asyncapi.yaml"));
        assertEquals("specs/service-a/asyncapi.yaml: 0 errors, 0 warnings\n", out.toString());
    }

    @Test
    void describeOfAThreeDotXDocumentShowsItsActionsAndTheReply() throws Exception {
        write("rpc.yaml", """
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
        assertEquals(
                0,
                run(
                        "describe",
                        "--strict",
                        "--format",
                        "json",
                        folder.resolve("rpc.yaml").toString()));
        JsonNode operations = new ObjectMapper().readTree(out.toString()).at("/connections/0/operations");
        assertEquals(
                "[{\"action\":\"send\",\"operationId\":\"requestSum\",\"clientDirection\":\"inbound\","
                        + "\"messages\":1,\"reply\":{\"channel\":\"rpc\",\"messages\":[\"Result\"]}},{\"action\":\"receive\",\"operationId\":null,\"clientDirection\":"
                        + "\"outbound\",\"messages\":1,\"answers\":\"requestSum\"}]",
                operations.toString());
        assertEquals("", err.toString());
    }

    @Test
    void aRefOutsideTheWorkingDirectoryAndTheSpecsFolderIsStillRefused() throws Exception {
        write("specs/common/schemas.yaml", "Ping: {type: object}\n");
        write(
                "specs/service-a/asyncapi.yaml",
                "asyncapi: 2.6.0\ninfo: {title: a, version: '1'}\nchannels:\n"
                        + "  /a:\n    publish:\n      message:\n        payload: {$ref: '../common/schemas.yaml#/Ping'}\n");
        Path serviceA = folder.resolve("specs/service-a");

        assertEquals(1, run(serviceA, "validate", "asyncapi.yaml"));
        assertEquals(
                "asyncapi.yaml:7:25: error: $ref '../common/schemas.yaml#/Ping' points outside the spec's folder "
                        + serviceA
                        + "; move the file below it, or allow it with --allow-refs-outside-root or a wider --spec-root"
                        + " (command line), or <allowRefsOutsideRoot>true</allowRefsOutsideRoot> or <specRoot> (Maven plugin)\n"
                        + "asyncapi.yaml: 1 error, 0 warnings\n",
                out.toString());
    }

    @Test
    void theOfficialSocialMediaExampleValidatesFromItsOwnFolder() {
        Path socialMedia = Corpus.file("asyncapi-2.6/examples/social-media");
        assertEquals(0, run(socialMedia, "validate", "--strict", "backend/asyncapi.yaml", "frontend/asyncapi.yaml"));
        assertEquals(
                "backend/asyncapi.yaml: 0 errors, 0 warnings\nfrontend/asyncapi.yaml: 0 errors, 0 warnings\n",
                out.toString());
    }

    @Test
    void describeShowsConnectionsSettingsMessagesAndDiscriminators() throws Exception {
        write("events.yaml", EVENTS);
        assertEquals(0, run("describe", "events.yaml"));
        assertEquals("""
        Events 1 (AsyncAPI 2.6.0): 1 connection, 4 messages, 6 types

        connection /socket
          client EventsClient, endpoint EventsEndpoint
            server    main     wss://{region}.events.example.com
            variable  region   default eu, one of eu, us: Where the service runs.
            query     room     required: The room to join.
            header    X-Trace  optional
            security  key      API key in header X-Key

          client sends 2 messages: Command, told apart by 'type' (CommandCodec, CommandHandler, CommandDispatcher)
            type  class  message
            ping  Ping   Ping
            stop  Stop   Stop

          client receives 2 messages: Event, told apart by the shape of their JSON (EventCodec, EventHandler, EventDispatcher)
            name  class              message
            pong  Pong               Pong
            note  Event.StringValue  Note

        discriminators
          Command  'type'  2 messages, detected
          Shape    'kind'  2 members, detected
        """, out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void describeNamesTheServerSessionForRoleBoth() throws Exception {
        write("events.yaml", EVENTS);
        assertEquals(0, run("describe", "--role", "both", "events.yaml"));
        assertEquals(
                "  client EventsClient, endpoint EventsEndpoint, server EventsServer",
                out.toString()
                        .lines()
                        .filter(l -> l.startsWith("  client "))
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void describeAsJsonHasTheSameFactsForTools() throws Exception {
        write("events.yaml", EVENTS);
        assertEquals(0, run("describe", "--format", "json", "events.yaml"));
        JsonNode summary = new ObjectMapper().readTree(out.toString());
        JsonNode connection = summary.at("/connections/0");
        assertEquals(json("{'client': 'EventsClient', 'endpoint': 'EventsEndpoint'}"), connection.get("classes"));
        assertEquals(json("""
        {'servers': [{'name': 'main', 'url': 'wss://{region}.events.example.com'}],
         'variables': [{'name': 'region', 'default': 'eu', 'enum': ['eu', 'us'], 'description': 'Where the service runs.'}],
         'pathParameters': [],
         'query': [{'name': 'room', 'required': true, 'default': null, 'description': 'The room to join.'}],
         'headers': [{'name': 'X-Trace', 'required': false, 'default': null, 'description': null}],
         'security': [{'scheme': 'key', 'sends': 'API key in header X-Key'}]}"""), connection.get("endpoint"));
        assertEquals(json("""
        {'union': 'Event', 'codec': 'EventCodec', 'handler': 'EventHandler', 'dispatcher': 'EventDispatcher',
         'discriminator': null,
         'messages': [
           {'message': 'Pong', 'name': 'pong', 'discriminatorValue': null, 'class': 'Pong'},
           {'message': 'Note', 'name': 'note', 'discriminatorValue': null, 'class': 'Event.StringValue'}]}"""), connection.at("/messages/inbound"));
        assertEquals(json("""
        [{'union': 'Command', 'of': 'messages', 'property': 'type', 'declared': false, 'members': 2},
         {'union': 'Shape', 'of': 'schemas', 'property': 'kind', 'declared': false, 'members': 2}]"""), summary.get("discriminators"));
        assertEquals(4, summary.at("/counts/messages").asInt());
    }

    private static JsonNode json(String singleQuoted) throws Exception {
        return new ObjectMapper().readTree(singleQuoted.replace('\'', '"'));
    }

    private void write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
