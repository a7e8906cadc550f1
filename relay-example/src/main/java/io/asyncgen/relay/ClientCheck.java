package io.asyncgen.relay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Who may connect to a relay: decided on the upgrade request, before anything reaches upstream. A
 * handshake it refuses is answered with HTTP 401 and never upgraded. The relay's own API key is
 * never what clients present: give them a token of the application (a session token, a short-lived
 * ticket) and check it here.
 */
@FunctionalInterface
public interface ClientCheck {
    /** Whether the client that sent {@code handshake} may connect. */
    boolean admits(ClientHandshake handshake);

    /** Everyone: for a relay that only trusted clients can reach (loopback, a private network behind a gateway that authenticates). */
    static ClientCheck anyone() {
        return handshake -> true;
    }

    /**
     * Clients that present {@code token} (fetched for every handshake, so it can rotate) in any of the
     * forms of {@link ClientHandshake#credential()}; compared in constant time.
     */
    static ClientCheck token(Supplier<String> token) {
        Objects.requireNonNull(token, "token");
        return handshake -> {
            String expected = token.get();
            return expected != null
                    && !expected.isEmpty()
                    && handshake
                            .credential()
                            .map(offered -> MessageDigest.isEqual(
                                    expected.getBytes(StandardCharsets.UTF_8),
                                    offered.getBytes(StandardCharsets.UTF_8)))
                            .orElse(false);
        };
    }
}
