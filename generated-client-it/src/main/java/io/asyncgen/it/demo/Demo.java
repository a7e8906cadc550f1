package io.asyncgen.it.demo;

import io.asyncgen.it.azure.AzureOpenAiRealtimeEndpoint;
import io.asyncgen.it.inworld.InworldRealtimeEndpoint;
import io.asyncgen.it.stub.StubMain;
import io.asyncgen.it.stub.StubServer;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A scripted conversation with a generated realtime client, printed as it happens. Without
 * credentials it starts the embedded stub server (a real WebSocket server on loopback, built on
 * the generated server code) and talks to that; with them it talks to the real service.
 *
 * <pre>
 * mvn -B -q -pl generated-client-it exec:java                                   # Azure GA protocol, stub
 * mvn -B -q -pl generated-client-it exec:java -Dexec.args="--vendor inworld"    # Inworld protocol, stub
 * AZURE_OPENAI_ENDPOINT=https://my-resource.openai.azure.com AZURE_OPENAI_API_KEY=... \
 *   mvn -B -q -pl generated-client-it exec:java                                   # Azure, for real
 * INWORLD_API_KEY=... mvn -B -q -pl generated-client-it exec:java -Dexec.args="--vendor inworld"
 * mvn -B -q -pl generated-client-it exec:java -Dexec.args=--serve                # only the stub server
 * </pre>
 */
public final class Demo {
    static final List<String> TURNS = List.of("Hello! Who are you?", "What's the weather in Paris?");
    /** The demos of src/voice ({@link VendorDemo}), there only when the build had the vendors' documents. */
    private static final List<String> VOICE_VENDORS = List.of("deepgram", "assemblyai", "speechmatics");

    private static final String USAGE = String.join(
            "\n",
            "usage: Demo [--vendor azure|inworld] [--url URL] [--api-key KEY] [--model NAME] [--stub]",
            "  --vendor   azure (default): the client of spec/azure-openai-realtime.yaml;",
            "             inworld: the client of spec/inworld-realtime.yaml",
            "  --url      the service: https://<resource>.openai.azure.com (or AZURE_OPENAI_ENDPOINT);",
            "             Inworld: wss://api.inworld.ai by default",
            "  --api-key  the key (or AZURE_OPENAI_API_KEY, INWORLD_API_KEY; Inworld's as the portal shows it, base64)",
            "  --model    Azure: the deployment (or AZURE_OPENAI_DEPLOYMENT, default gpt-realtime); Inworld: session model",
            "  --stub     use the embedded stub server even when credentials are set",
            "Without credentials the demo starts the embedded stub server on 127.0.0.1.",
            "--serve [--port N] runs only the stub server, for your own client (first line printed: its URL).");

    private Demo() {}

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--serve")) {
            StubMain.main(args);
            return;
        }
        run(args, System.getenv(), System.out);
    }

    /** Runs the demo; throws (with a message for the user) when it could not finish. */
    static void run(String[] args, Map<String, String> env, PrintStream stdout) throws Exception {
        Map<String, String> options = parse(args);
        List<VendorDemo> others = VendorDemo.installed();
        if (options.containsKey("help")) {
            stdout.println(usage(others));
            return;
        }
        String vendor = options.getOrDefault("vendor", "azure");
        for (VendorDemo other : others) {
            if (other.vendor().equals(vendor)) {
                other.run(options, env, stdout);
                return;
            }
        }
        if (VOICE_VENDORS.contains(vendor)) {
            throw new IllegalArgumentException(
                    "the " + vendor + " demo is built from the vendor's own AsyncAPI document,"
                            + " which this build did not have: build with ../shared/corpus beside the checkout (or -Dasyncgen.corpus=DIR)");
        }
        if (!vendor.equals("azure") && !vendor.equals("inworld")) {
            List<String> vendors = new ArrayList<>(List.of("azure", "inworld"));
            others.forEach(other -> vendors.add(other.vendor()));
            throw new IllegalArgumentException(
                    "--vendor must be " + String.join(", ", vendors.subList(0, vendors.size() - 1)) + " or "
                            + vendors.get(vendors.size() - 1) + ", not " + vendor + "\n" + usage(others));
        }
        boolean azure = vendor.equals("azure");
        boolean stubForced = options.containsKey("stub");
        String url = stubForced ? null : options.getOrDefault("url", azure ? env.get("AZURE_OPENAI_ENDPOINT") : null);
        String key = stubForced
                ? null
                : options.getOrDefault("api-key", env.get(azure ? "AZURE_OPENAI_API_KEY" : "INWORLD_API_KEY"));
        String model = options.getOrDefault(
                "model", azure ? env.getOrDefault("AZURE_OPENAI_DEPLOYMENT", "gpt-realtime") : null);
        boolean real = azure ? url != null : key != null;
        if (real && key == null) {
            throw new IllegalArgumentException("talking to " + url + " needs --api-key or AZURE_OPENAI_API_KEY");
        }
        Transcript out = new Transcript(stdout);
        Duration timeout = Duration.ofSeconds(real ? 60 : 20);
        if (real) {
            talk(azure, websocketBase(url), key, model, out, timeout);
            return;
        }
        try (StubServer stub = StubServer.start(null)) {
            out.note("asyncgen demo: embedded stub server on " + stub.url() + " (generated server code on Jetty 12)");
            talk(azure, stub.url(), azure ? "stub-key" : "c3R1YjprZXk=", model, out, timeout);
        }
    }

    private static void talk(boolean azure, String base, String key, String model, Transcript out, Duration timeout)
            throws Exception {
        if (azure) {
            AzureOpenAiRealtimeEndpoint.Builder endpoint =
                    AzureOpenAiRealtimeEndpoint.builder().model(model).apiKey(key);
            if (base != null) {
                endpoint.serverUrl(base);
            }
            AzureOpenAiRealtimeEndpoint built = endpoint.build();
            out.note("client: AzureOpenAiRealtimeClient (Azure OpenAI Realtime GA) -> " + built);
            new AzureConversation(out, timeout).run(built, TURNS);
        } else {
            InworldRealtimeEndpoint.Builder endpoint = InworldRealtimeEndpoint.builder()
                    .key("voice-" + UUID.randomUUID())
                    .protocol("realtime")
                    .basicCredentials(key);
            if (base != null) {
                endpoint.serverUrl(base);
            }
            InworldRealtimeEndpoint built = endpoint.build();
            out.note("client: InworldRealtimeClient (Inworld Realtime) -> " + built);
            new InworldConversation(out, timeout).run(built, model, TURNS);
        }
        out.note("");
        out.note(
                "done: every event above was decoded by the generated codec and dispatched to a typed handler method.");
    }

    /**
     * The scheme and authority of a service URL, as a WebSocket URL: Azure shows its endpoint as
     * {@code https://<resource>.openai.azure.com/}; the generated endpoint adds the address.
     */
    static String websocketBase(String url) {
        if (url == null) {
            return null;
        }
        URI uri = URI.create(url.strip());
        String scheme = switch (uri.getScheme() == null ? "" : uri.getScheme()) {
            case "https", "wss" -> "wss";
            case "http", "ws" -> "ws";
            default -> throw new IllegalArgumentException("not an http(s) or ws(s) URL: " + url);
        };
        return scheme + "://" + uri.getRawAuthority();
    }

    /** The usage text, with the lines of the other vendors' demos on the class path. */
    private static String usage(List<VendorDemo> others) {
        StringBuilder usage = new StringBuilder(USAGE);
        others.forEach(other -> other.usage().forEach(line -> usage.append('\n').append(line)));
        return usage.toString();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> options.put("help", "");
                case "--stub" -> options.put("stub", "");
                case "--vendor", "--url", "--api-key", "--model" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(arg + " needs a value\n" + USAGE);
                    }
                    options.put(arg.substring(2), args[++i]);
                }
                default -> throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
            }
        }
        return options;
    }
}
