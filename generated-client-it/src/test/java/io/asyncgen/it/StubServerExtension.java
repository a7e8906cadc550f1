package io.asyncgen.it;

import io.asyncgen.it.stub.StubServer;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The stub server of a test class: started before its first test, closed after its last.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final StubServerExtension stub = StubServerExtension.replaying(Path.of("."));
 * ... GaConnection.open(stub.server(), Scenarios.ASSISTANT, null) ...
 * </pre>
 */
public final class StubServerExtension implements BeforeAllCallback, AfterAllCallback {
    /** How a test class starts its stub: {@code StubServer.start(...)}, or a builder with what the class needs. */
    @FunctionalInterface
    public interface Start {
        StubServer start() throws Exception;
    }

    private final Start start;
    private StubServer server;

    private StubServerExtension(Start start) {
        this.start = start;
    }

    /** A stub with no recordings to replay. */
    public static StubServerExtension withoutRecordings() {
        return new StubServerExtension(() -> StubServer.start(null));
    }

    /** A stub that replays the recordings under {@code recordings} (scenario {@code replay}). */
    public static StubServerExtension replaying(Path recordings) {
        return new StubServerExtension(() -> StubServer.start(recordings));
    }

    /** A stub started as {@code start} says (TLS, a credential, a service of the test's own). */
    public static StubServerExtension startedBy(Start start) {
        return new StubServerExtension(start);
    }

    /** The running stub. */
    public StubServer server() {
        if (server == null) {
            throw new IllegalStateException(
                    "the stub runs only while its test class runs: register it with @RegisterExtension on a static field");
        }
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = start.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
