package io.asyncgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --perspective client}: the document describes a client, so its publish is what the service sends. */
class PerspectiveOptionTest {
    private static final String CLIENT_SIDE = """
      asyncapi: 2.6.0
      info: {title: Listen, version: '1'}
      servers:
        main: {url: listen.example.com, protocol: wss}
      channels:
        /listen:
          publish:
            operationId: receiveResult
            message: {name: result, payload: {type: object, title: Transcript, properties: {text: {type: string}}}}
          subscribe:
            operationId: sendControl
            message: {name: finalize, payload: {type: object, title: FinalizeRequest, properties: {type: {const: Finalize}}}}
      """;

    @TempDir
    Path folder;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = AsyncgenCommand.commandLine(new AsyncgenCommand(), args);
        command.setOut(new PrintWriter(new StringWriter()));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    @Test
    void theClientSendsWhatAClientSideDocumentPublishes() throws Exception {
        Path spec = Files.writeString(folder.resolve("listen.yaml"), CLIENT_SIDE);
        assertEquals(
                0,
                run(
                        "generate",
                        "--spec",
                        spec.toString(),
                        "--package",
                        "p",
                        "--output",
                        folder.resolve("as-written").toString()));
        assertEquals(
                0,
                run(
                        "generate",
                        "--spec",
                        spec.toString(),
                        "--package",
                        "p",
                        "--output",
                        folder.resolve("client-side").toString(),
                        "--perspective",
                        "client"));
        // Session<received, sent>
        assertTrue(client("as-written").contains("extends Session<Control, Result>"), client("as-written"));
        assertTrue(client("client-side").contains("extends Session<Result, Control>"), client("client-side"));
    }

    @Test
    void anUnknownPerspectiveIsAUsageError() throws Exception {
        Path spec = Files.writeString(folder.resolve("listen.yaml"), CLIENT_SIDE);
        assertEquals(2, run("validate", spec.toString(), "--perspective", "consumer"));
        assertTrue(err.toString().contains("expected server or client, not 'consumer'"), err.toString());
    }

    private String client(String output) throws Exception {
        return Files.readString(folder.resolve(output).resolve("p/ListenClient.java"));
    }
}
