package io.asyncgen.relay;

import io.asyncgen.relay.azure.AzureRealtimeProtocol;
import io.asyncgen.relay.azure.InstructionsInjection;
import io.asyncgen.relay.azure.TranscriptLog;
import io.asyncgen.relay.azure.generated.AzureOpenAiRealtimeEndpoint;
import io.asyncgen.relay.azure.generated.ClientEvent;
import io.asyncgen.relay.azure.generated.ServerEvent;
import io.asyncgen.relay.azure.generated.SessionUpdateEvent;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a relay in front of Azure OpenAI (or any service that speaks the Realtime GA protocol) until
 * it is stopped (Ctrl-C). The service's key comes from the environment only, never from a flag
 * (flags show in process lists); so does the token clients must present.
 *
 * <pre>
 * AZURE_OPENAI_ENDPOINT=https://my-res.openai.azure.com AZURE_OPENAI_API_KEY=... RELAY_CLIENT_TOKEN=... \
 *   mvn -B -q -pl relay-example exec:java -Dexec.args="--listen 127.0.0.1:8080 --transcripts"
 * </pre>
 */
public final class RelayMain {
    static final String USAGE = String.join(
            "\n",
            "usage: RelayMain [--listen HOST:PORT] [--tls-listen HOST:PORT --keystore FILE.p12] [--upstream URL]",
            "                 [--deployment NAME] [--instructions TEXT] [--transcripts] [--anyone]",
            "  --listen        plain ws:// listener (default 127.0.0.1:8080 unless --tls-listen is given)",
            "  --tls-listen    wss:// listener with the key and certificate of --keystore (PKCS#12; password in",
            "                  RELAY_KEYSTORE_PASSWORD)",
            "  --upstream      the service: https://<resource>.openai.azure.com or a ws(s):// URL serving",
            "                  /openai/v1/realtime (default: AZURE_OPENAI_ENDPOINT)",
            "  --deployment    the realtime deployment or model (default: AZURE_OPENAI_DEPLOYMENT, else gpt-realtime)",
            "  --instructions  put TEXT in front of the instructions of every client's session.update",
            "  --transcripts   print what users and the assistant say",
            "  --anyone        admit every client (only when nothing untrusted can reach the listener); by default",
            "                  clients must present RELAY_CLIENT_TOKEN as a bearer token, api-key header or subprotocol",
            "environment: AZURE_OPENAI_API_KEY (the service's key, held by the relay), RELAY_CLIENT_TOKEN,",
            "             RELAY_KEYSTORE_PASSWORD");
    private static final Set<String> FLAGS = Set.of("--transcripts", "--anyone", "--help");
    private static final Set<String> VALUED =
            Set.of("--listen", "--tls-listen", "--keystore", "--upstream", "--deployment", "--instructions");

    private RelayMain() {}

    public static void main(String[] args) throws Exception {
        Relay<ClientEvent, ServerEvent> relay;
        try {
            relay = start(args, System.getenv(), System.out);
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (relay == null) {
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            relay.close();
                            stopped.countDown();
                        },
                        "relay-shutdown"));
        stopped.await();
    }

    /** Starts the relay {@code args} describe; null after {@code --help}. */
    static Relay<ClientEvent, ServerEvent> start(String[] args, Map<String, String> env, PrintStream out)
            throws Exception {
        Map<String, String> options = parse(args);
        if (options.containsKey("--help")) {
            out.println(USAGE);
            return null;
        }
        String upstream = options.getOrDefault("--upstream", env.get("AZURE_OPENAI_ENDPOINT"));
        String key = env.get("AZURE_OPENAI_API_KEY");
        if (upstream == null || upstream.isBlank()) {
            throw new UsageException("no upstream: give --upstream or set AZURE_OPENAI_ENDPOINT");
        }
        if (key == null || key.isBlank()) {
            throw new UsageException(
                    "no key for the upstream service: set AZURE_OPENAI_API_KEY (the relay holds it; clients never see it)");
        }
        String deployment =
                options.getOrDefault("--deployment", env.getOrDefault("AZURE_OPENAI_DEPLOYMENT", "gpt-realtime"));
        AzureOpenAiRealtimeEndpoint endpoint;
        try {
            endpoint = AzureOpenAiRealtimeEndpoint.builder()
                    .serverUrl(upstream)
                    .model(deployment)
                    .apiKey(key)
                    .build();
        } catch (IllegalStateException e) {
            throw new UsageException(e.getMessage());
        }

        Relay.Builder<ClientEvent, ServerEvent> relay = Relay.builder(AzureRealtimeProtocol.to(endpoint));
        if (options.containsKey("--anyone")) {
            relay.clientCheck(ClientCheck.anyone());
        } else {
            String token = env.get("RELAY_CLIENT_TOKEN");
            if (token == null || token.isBlank()) {
                throw new UsageException(
                        "no client token: set RELAY_CLIENT_TOKEN (what clients present instead of the service's"
                                + " key), or give --anyone for a relay that only trusted clients can reach");
            }
            relay.clientCheck(ClientCheck.token(() -> token));
        }
        if (options.containsKey("--tls-listen")) {
            String keyStore = options.get("--keystore");
            String password = env.get("RELAY_KEYSTORE_PASSWORD");
            if (keyStore == null || password == null) {
                throw new UsageException("--tls-listen needs --keystore FILE.p12 and RELAY_KEYSTORE_PASSWORD");
            }
            HostPort address = HostPort.parse("--tls-listen", options.get("--tls-listen"));
            relay.tls(address.host(), address.port(), Path.of(keyStore), password);
        }
        if (options.containsKey("--listen") || !options.containsKey("--tls-listen")) {
            HostPort address = HostPort.parse("--listen", options.getOrDefault("--listen", "127.0.0.1:8080"));
            relay.listen(address.host(), address.port());
        }
        if (options.containsKey("--instructions")) {
            relay.onClientEvent(SessionUpdateEvent.class, InstructionsInjection.prefix(options.get("--instructions")));
        }
        if (options.containsKey("--transcripts")) {
            TranscriptLog.addTo(relay, line -> out.println(line));
        }
        relay.observer(new RelayObserver() {
            @Override
            public void onConnectionOpened(RelayConnection<?, ?> connection) {
                out.println(
                        connection.id() + " opened: " + connection.handshake().remoteAddress());
            }

            @Override
            public void onConnectionEnded(RelayConnection<?, ?> connection, Ending ending) {
                RelayObserver.super.onConnectionEnded(connection, ending);
                out.println(connection.id() + " ended: " + ending);
            }
        });
        Relay<ClientEvent, ServerEvent> started = relay.start();
        List<String> listening = new ArrayList<>();
        if (options.containsKey("--tls-listen")) {
            listening.add(started.tlsUrl() + AzureOpenAiRealtimeEndpoint.ADDRESS);
        }
        if (options.containsKey("--listen") || !options.containsKey("--tls-listen")) {
            listening.add(started.url() + AzureOpenAiRealtimeEndpoint.ADDRESS);
        }
        out.println("relay listening on " + String.join(" and ", listening) + " -> " + endpoint);
        return started;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (FLAGS.contains(arg)) {
                options.put(arg, "");
            } else if (VALUED.contains(arg)) {
                if (i + 1 >= args.length) {
                    throw new UsageException(arg + " needs a value");
                }
                options.put(arg, args[++i]);
            } else {
                throw new UsageException("unknown argument: " + arg);
            }
        }
        return options;
    }

    /** A listener address given as {@code host:port}. */
    private record HostPort(String host, int port) {
        static HostPort parse(String option, String value) {
            int colon = value.lastIndexOf(':');
            try {
                int port = Integer.parseInt(value.substring(colon + 1));
                if (colon > 0 && port >= 0 && port <= 65535) {
                    return new HostPort(value.substring(0, colon), port);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException(option + " takes HOST:PORT (for example 127.0.0.1:8080), got " + value);
        }
    }

    /** A command line the relay cannot run with: printed with the usage, exit code 2. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
