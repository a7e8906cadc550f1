package io.asyncgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {
    private static final String EVENTS = """
      asyncapi: 2.6.0
      info: {title: Events, version: '1'}
      servers:
        main: {url: events.example.com, protocol: wss}
      channels:
        /socket:
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
              name: pong
              payload: {type: object, title: Pong, required: [type], properties: {type: {const: pong}}}
      """;

    /** {@link #EVENTS} in AsyncAPI 3.0 form: the application receives commands and sends events. */
    private static final String EVENTS_3 = """
      asyncapi: 3.0.0
      info: {title: Events, version: '1'}
      servers:
        main: {host: events.example.com, protocol: wss}
      channels:
        socket:
          address: /socket
          messages:
            ping:
              name: ping
              payload: {type: object, title: Ping, required: [type], properties: {type: {const: ping}}}
            stop:
              name: stop
              payload: {type: object, title: Stop, required: [type], properties: {type: {const: stop}}}
            pong:
              name: pong
              payload: {type: object, title: Pong, required: [type], properties: {type: {const: pong}}}
      operations:
        sendCommand:
          action: receive
          channel: {$ref: '#/channels/socket'}
          messages: [{$ref: '#/channels/socket/messages/ping'}, {$ref: '#/channels/socket/messages/stop'}]
        receiveEvent:
          action: send
          channel: {$ref: '#/channels/socket'}
          messages: [{$ref: '#/channels/socket/messages/pong'}]
      """;

    /** What every usage error prints after its own line: the synopsis and where the help is, not the whole help. */
    private static final String SYNOPSIS = """
      usage: asyncgen generate [OPTIONS] SPEC --output DIR
      run 'asyncgen generate --help' for what each option does
      """;

    @TempDir
    Path folder;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine command = AsyncgenCommand.commandLine(new AsyncgenCommand(folder), args);
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    @Test
    void generateWritesEveryFileAndPrintsOneSummaryLine() throws Exception {
        Files.writeString(folder.resolve("events.yaml"), EVENTS);
        Path output = folder.resolve("out");

        assertEquals(
                0,
                run("generate", "events.yaml", "--package", "com.example.events", "--output", "out", "--role", "both"));

        assertTrue(
                out.toString().matches("events\\.yaml: 3 messages, 3 types, 14 files \\(14 written\\) in \\d+ ms\n"),
                out.toString());
        assertEquals("", err.toString());
        assertEquals(
                List.of(
                        "Command.java",
                        "CommandCodec.java",
                        "CommandDispatcher.java",
                        "CommandHandler.java",
                        "Event.java",
                        "EventCodec.java",
                        "EventDispatcher.java",
                        "EventHandler.java",
                        "EventsClient.java",
                        "EventsEndpoint.java",
                        "EventsServer.java",
                        "Ping.java",
                        "Pong.java",
                        "Stop.java"),
                files(output));
    }

    @Test
    void useJackson3WritesTheSameFilesWithJackson3Imports() throws Exception {
        Files.writeString(folder.resolve("events.yaml"), EVENTS);
        assertEquals(0, run("generate", "events.yaml", "--package", "com.example.events", "--output", "out2"));
        assertEquals(
                0,
                run(
                        "generate",
                        "events.yaml",
                        "--package",
                        "com.example.events",
                        "--output",
                        "out3",
                        "--use-jackson3"));

        Path jackson2 = folder.resolve("out2/com/example/events");
        Path jackson3 = folder.resolve("out3/com/example/events");
        assertEquals(files(folder.resolve("out2")), files(folder.resolve("out3")));
        String ping = Files.readString(jackson3.resolve("Ping.java"));
        assertTrue(ping.contains("import tools.jackson.databind.JsonNode;\n"), ping);
        assertFalse(ping.contains("com.fasterxml.jackson.databind"), ping);
        String renamed = Files.readString(jackson2.resolve("Ping.java"))
                .replace("com.fasterxml.jackson.databind", "tools.jackson.databind");
        assertEquals(renamed.lines().sorted().toList(), ping.lines().sorted().toList(), "only the imports differ");
    }

    @Test
    void aThreeDotZeroDocumentNeedsNoSwitchAndGivesTheSameFiles() throws Exception {
        Path output2 = folder.resolve("out2");
        Path output3 = folder.resolve("out3");
        assertEquals(
                0,
                run(
                        "generate",
                        "--spec",
                        Files.writeString(folder.resolve("events.yaml"), EVENTS).toString(),
                        "--package",
                        "com.example.events",
                        "--output",
                        output2.toString()));
        assertEquals(
                0,
                run(
                        "generate",
                        "--spec",
                        Files.writeString(folder.resolve("events3.yaml"), EVENTS_3)
                                .toString(),
                        "--package",
                        "com.example.events",
                        "--output",
                        output3.toString()));

        assertTrue(
                out.toString().matches("events3\\.yaml: 3 messages, 3 types, 13 files \\(13 written\\) in \\d+ ms\n"),
                out.toString());
        assertEquals("", err.toString());
        assertEquals(files(output2), files(output3));
    }

    @Test
    void generateShowsThreeWarningsOfAKindAndCountsTheRestWhileValidateListsEveryOne() throws Exception {
        Files.writeString(folder.resolve("keys.yaml"), """
        asyncapi: 2.6.0
        info: {title: Keys, version: 1.0.0}
        channels: {}
        components:
          schemas:
            a/one: {type: string}
            a/two: {type: string}
            a/three: {type: string}
            a/four: {type: string}
            a/five: {type: string}
        """);
        String rule =
                " in components/schemas must match ^[a-zA-Z0-9.\\-_]+$ (letters, digits, '.', '-', '_'); rename it, e.g. ";

        assertEquals(0, run("generate", "keys.yaml", "--package", "p", "--output", "out"));
        assertEquals(
                List.of(
                        "keys.yaml:6:5: warning: component key 'a/one'" + rule + "'a_one'",
                        "keys.yaml:7:5: warning: component key 'a/two'" + rule + "'a_two'",
                        "keys.yaml:8:5: warning: component key 'a/three'" + rule + "'a_three'",
                        "keys.yaml:9:5: warning: 2 more warnings like the one at line 6, the last at line 10; the validate goal"
                                + " (asyncgen validate) lists every one"),
                err.toString().lines().toList());

        assertEquals(0, run("validate", "keys.yaml"));
        assertEquals(
                5,
                out.toString()
                        .lines()
                        .filter(line -> line.contains("component key"))
                        .count(),
                out.toString());
    }

    @Test
    void aSecondRunWritesNothing() throws Exception {
        Path spec = Files.writeString(folder.resolve("events.yaml"), EVENTS);
        Path output = folder.resolve("out");
        String[] args = {"generate", "--spec", spec.toString(), "--package", "p", "--output", output.toString()};
        assertEquals(0, run(args));
        Path client = output.resolve("p/EventsClient.java");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(client, old);

        assertEquals(0, run(args));

        assertTrue(
                out.toString().matches("events\\.yaml: 3 messages, 3 types, \\d+ files \\(0 written\\) in \\d+ ms\n"),
                out.toString());
        assertEquals(old, Files.getLastModifiedTime(client));
    }

    @Test
    void theDocumentMayStillBeGivenWithSpec() throws Exception {
        Files.writeString(folder.resolve("events.yaml"), EVENTS);
        assertEquals(0, run("generate", "--spec", "events.yaml", "--package", "p", "--output", "out"));
        assertTrue(Files.exists(folder.resolve("out/p/EventsClient.java")));
        assertEquals(
                0,
                run("generate", "events.yaml", "--spec", "events.yaml", "--package", "p", "--output", "out"),
                "the same document twice is one document");
    }

    @Test
    void twoDocumentsOrNoneAreAUsageErrorWithAShortHint() throws Exception {
        Files.writeString(folder.resolve("events.yaml"), EVENTS);
        assertEquals(2, run("generate", "events.yaml", "--spec", "other.yaml", "--output", "out"));
        assertEquals(
                "asyncgen generate: two documents given (events.yaml and --spec other.yaml); generate takes one\n"
                        + SYNOPSIS,
                err.toString());
        assertEquals(2, run("generate", "--output", "out"));
        assertEquals(
                "asyncgen generate: name the document: asyncgen generate SPEC --output DIR\n" + SYNOPSIS,
                err.toString());
    }

    @Test
    void aMissingOutputIsOneLineAndTheSynopsisNotTheWholeHelp() throws Exception {
        Files.writeString(folder.resolve("events.yaml"), EVENTS);
        assertEquals(2, run("generate", "events.yaml"));
        assertEquals("asyncgen generate: Missing required option: '--output=DIR'\n" + SYNOPSIS, err.toString());
    }

    @Test
    void roleClientLeavesTheServerOut() throws Exception {
        Path spec = Files.writeString(folder.resolve("events.yaml"), EVENTS);
        Path output = folder.resolve("out");
        assertEquals(
                0,
                run(
                        "generate",
                        "--spec",
                        spec.toString(),
                        "--package",
                        "p",
                        "--output",
                        output.toString(),
                        "--role",
                        "CLIENT"));
        assertTrue(Files.exists(output.resolve("p/EventsClient.java")));
        assertTrue(Files.notExists(output.resolve("p/EventsServer.java")));
    }

    @Test
    void aBrokenDocumentExitsOneWithItsDiagnosticsAndWritesNothing() throws Exception {
        Path spec = Files.writeString(
                folder.resolve("bad.yaml"),
                "asyncapi: 2.6.0\ninfo: {title: t, version: '1'}\n"
                        + "channels:\n  a:\n    publish:\n      message: {$ref: '#/nowhere'}\n");
        Path output = folder.resolve("out");
        assertEquals(1, run("generate", "--spec", spec.toString(), "--package", "p", "--output", output.toString()));
        assertEquals(
                "bad.yaml:6:23: error: $ref '#/nowhere' points to nothing: 'nowhere' not found in #\n", err.toString());
        assertTrue(Files.notExists(output));
    }

    @Test
    void anUnknownRoleOrAnInvalidPackageIsAUsageError() throws Exception {
        Path spec = Files.writeString(folder.resolve("events.yaml"), EVENTS);
        String output = folder.resolve("out").toString();
        assertEquals(
                2, run("generate", "--spec", spec.toString(), "--package", "p", "--output", output, "--role", "peer"));
        assertEquals(
                "asyncgen generate: Invalid value for option '--role': expected client, server or both, not 'peer'\n"
                        + SYNOPSIS,
                err.toString());
        assertEquals(2, run("generate", "--spec", spec.toString(), "--package", "com.class", "--output", output));
        assertEquals(
                "asyncgen generate: --package: 'com.class' is not a Java package name\n" + SYNOPSIS, err.toString());
    }

    @Test
    void withoutPackageTheDocumentsXJavaPackageIsUsed() throws Exception {
        Path spec = Files.writeString(folder.resolve("events.yaml"), "x-java-package: com.acme.events\n" + EVENTS);
        Path output = folder.resolve("out");
        assertEquals(0, run("generate", "--spec", spec.toString(), "--output", output.toString()));
        assertTrue(Files.exists(output.resolve("com/acme/events/EventsClient.java")));

        assertEquals(
                0, run("generate", "--spec", spec.toString(), "--package", "org.mine", "--output", output.toString()));
        assertTrue(Files.exists(output.resolve("org/mine/EventsClient.java")), "--package wins over x-java-package");
    }

    @Test
    void withoutPackageOrXJavaPackageNothingIsWritten() throws Exception {
        Path spec = Files.writeString(folder.resolve("events.yaml"), EVENTS);
        Path output = folder.resolve("out");
        assertEquals(2, run("generate", "--spec", spec.toString(), "--output", output.toString()));
        assertEquals(
                "events.yaml: no Java package: give --package, or set x-java-package at the top of the document\n",
                err.toString());
        assertTrue(Files.notExists(output));
    }

    private static List<String> files(Path output) throws Exception {
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }
}
