package io.asyncgen.it.stub;

import java.util.List;
import java.util.Map;

/**
 * Stands in for the server's side of one connection of the stub in the Jackson 3 tests: what the
 * tests read of the real one (in the stub's class loader, see {@link StubServer}), as JDK types.
 */
public final class JettySocket {
    private final Object socket;

    JettySocket(Object socket) {
        this.socket = socket;
    }

    /** The handshake's query parameters (the first value of each). */
    @SuppressWarnings("unchecked")
    public Map<String, String> query() {
        return (Map<String, String>) StubServer.call(socket, "query");
    }

    /** The handshake's headers, names in lower case (the first value of each). */
    @SuppressWarnings("unchecked")
    public Map<String, String> headers() {
        return (Map<String, String>) StubServer.call(socket, "headers");
    }

    /** Every text message received, whole and as it came over the wire. */
    @SuppressWarnings("unchecked")
    public List<String> received() {
        return (List<String>) StubServer.call(socket, "received");
    }
}
