package io.asyncgen.it.stub;

import io.asyncgen.it.azure.AzureOpenAiRealtimeEndpoint;
import io.asyncgen.it.azure.preview.AzureOpenAiRealtimePreviewEndpoint;
import io.asyncgen.it.inworld.InworldRealtimeEndpoint;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The stub server on its own, for a user's project to talk to:
 *
 * <pre>
 * mvn -B -q -pl generated-client-it exec:java -Dexec.args=--serve
 * mvn -B -q -pl generated-client-it exec:java -Dexec.args="--serve --port 8765"
 * </pre>
 *
 * <p>The first line printed is the URL a generated endpoint's {@code serverUrl} takes
 * ({@code ws://127.0.0.1:PORT}), so a script can read it; the lines after it say what is served.
 * Every vendor's path is served at once. It stays up until interrupted (Ctrl-C).
 */
public final class StubMain {
    static final String USAGE = String.join(
            "\n",
            "usage: --serve [--port N] [--recordings DIR]",
            "  --serve       start the stub server and keep it up until interrupted (Ctrl-C)",
            "  --port        the port on 127.0.0.1 (default: a free one)",
            "  --recordings  the folder ?recording=<dir/file.jsonl> is read from, for the replay scenarios",
            "                (the captured sessions are in ../shared/corpus/recordings)",
            "The first line printed is the server URL: ws://127.0.0.1:PORT.");

    /** What a user can send where: the path, the service it plays, the document its code comes from. */
    private record Served(String path, String service, String document, String behaviour) {}

    private static final List<Served> SERVED = List.of(
            new Served(
                    AzureOpenAiRealtimeEndpoint.ADDRESS,
                    "Azure OpenAI Realtime (GA)",
                    "spec/azure-openai-realtime.yaml",
                    "a scripted assistant: text or audio answers, a get_weather tool call"),
            new Served(
                    AzureOpenAiRealtimePreviewEndpoint.ADDRESS,
                    "Azure OpenAI Realtime (preview)",
                    "spec/azure-openai-realtime-preview.yaml",
                    "replays ?recording=<dir/file.jsonl> from --recordings"),
            new Served(
                    InworldRealtimeEndpoint.ADDRESS,
                    "Inworld Realtime",
                    "spec/inworld-realtime.yaml",
                    "a scripted assistant, as for Azure GA"));

    /** The parsed command line. */
    record Options(int port, Path recordings) {
        static Options parse(String[] args) {
            int port = 0;
            Path recordings = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--serve" -> {
                        // the mode this class is: nothing to parse
                    }
                    case "--port" -> port = port(value(args, i++));
                    case "--recordings" -> {
                        recordings = Path.of(value(args, i++)).toAbsolutePath().normalize();
                        if (!Files.isDirectory(recordings)) {
                            throw new IllegalArgumentException(
                                    "--recordings " + recordings + " is not a folder\n" + USAGE);
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown argument " + args[i] + "\n" + USAGE);
                }
            }
            return new Options(port, recordings);
        }

        private static String value(String[] args, int i) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value\n" + USAGE);
            }
            return args[i + 1];
        }

        private static int port(String text) {
            try {
                int port = Integer.parseInt(text);
                if (port >= 0 && port <= 65_535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // the message below says what is expected
            }
            throw new IllegalArgumentException("--port takes a number from 0 to 65535, not " + text + "\n" + USAGE);
        }
    }

    private StubMain() {}

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(USAGE);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        StubServer stub = start(Options.parse(args), System.out);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stub.close();
                            stopped.countDown();
                        },
                        "stub-server-shutdown"));
        stopped.await();
    }

    /** Starts the stub and prints its URL, then what it serves. */
    static StubServer start(Options options, PrintStream out) throws Exception {
        StubServer stub;
        try {
            stub = StubServer.start(options.recordings(), options.port());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot listen on 127.0.0.1:" + options.port() + " (" + e.getMessage()
                            + "); choose another --port, or leave it out for a free one",
                    e);
        }
        out.println(stub.url());
        out.println("asyncgen stub server: the realtime protocols on the generated server code (Jetty 12), on loopback"
                + " only; Ctrl-C stops it. Give a generated endpoint serverUrl(\"" + stub.url() + "\"). It serves:");
        List<Served> served = new ArrayList<>(SERVED);
        StubServices.installed()
                .forEach(s -> served.add(new Served(s.path(), s.service(), s.document(), s.behaviour())));
        int width = served.stream().mapToInt(s -> s.path().length()).max().orElse(0);
        for (Served one : served) {
            out.println("  " + String.format("%-" + width + "s", one.path()) + "  " + one.service() + " ("
                    + one.document() + "): " + one.behaviour());
        }
        if (options.recordings() == null) {
            out.println("  (without --recordings the preview path and ?scenario=replay have nothing to replay)");
        }
        out.flush();
        return stub;
    }
}
