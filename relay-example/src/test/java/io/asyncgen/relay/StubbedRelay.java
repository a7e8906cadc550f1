package io.asyncgen.relay;

import io.asyncgen.it.stub.Credential;
import io.asyncgen.it.stub.StubServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The relay of {@link RelayMain} in front of the embedded stub server (generated server code on
 * Jetty, loopback): to try the relay without an Azure resource. The stub checks a key of its own,
 * which only the relay has. Arguments as for {@link RelayMain}, without {@code --upstream}.
 *
 * <pre>
 * mvn -B -q -pl relay-example exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.asyncgen.relay.StubbedRelay -Dexec.args="--anyone --transcripts"
 * </pre>
 */
public final class StubbedRelay {
    private static final String STUB_KEY = "stub-key-held-by-the-relay";

    private StubbedRelay() {}

    public static void main(String[] args) throws Exception {
        StubServer stub =
                StubServer.builder().credential(Credential.secret(STUB_KEY)).start();
        List<String> relayArgs = new ArrayList<>(List.of(args));
        relayArgs.add("--upstream");
        relayArgs.add(stub.url());
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("AZURE_OPENAI_API_KEY", STUB_KEY);
        System.out.println("stub server (the upstream) on " + stub.url());
        Relay<?, ?> relay;
        try {
            relay = RelayMain.start(relayArgs.toArray(String[]::new), env, System.out);
        } catch (RelayMain.UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(RelayMain.USAGE);
            stub.close();
            System.exit(2);
            return;
        }
        if (relay == null) {
            stub.close();
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            relay.close();
                            stub.close();
                            stopped.countDown();
                        },
                        "relay-shutdown"));
        stopped.await();
    }
}
