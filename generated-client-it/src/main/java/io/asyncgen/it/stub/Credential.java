package io.asyncgen.it.stub;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Objects;

/** What the stub server asks of a WebSocket handshake before it upgrades it. */
public sealed interface Credential {
    /** Every handshake is accepted, whatever it carries: the stub's default. */
    static Credential unchecked() {
        return new Unchecked();
    }

    /** Only handshakes that carry {@code secret}, in any of the forms of {@link Secret}. */
    static Credential secret(String secret) {
        return new Secret(secret);
    }

    /** Whether a handshake with these headers (names in lower case) may be upgraded. */
    boolean accepts(Map<String, String> headers);

    /** Accepts every handshake. */
    record Unchecked() implements Credential {
        @Override
        public boolean accepts(Map<String, String> headers) {
            return true;
        }
    }

    /**
     * One secret, accepted in the forms the served APIs use: the {@code api-key} header (Azure
     * OpenAI), {@code Authorization: Bearer <secret>} (OpenAI; Azure with a token) and
     * {@code Authorization: Basic <secret>} (Inworld, whose key is already base64).
     */
    record Secret(String value) implements Credential {
        public Secret {
            Objects.requireNonNull(value, "value");
            if (value.isBlank()) {
                throw new IllegalArgumentException("a credential cannot be blank");
            }
        }

        @Override
        public boolean accepts(Map<String, String> headers) {
            String authorization = headers.getOrDefault("authorization", "");
            int space = authorization.indexOf(' ');
            String scheme = space < 0 ? "" : authorization.substring(0, space);
            boolean schemeFits = scheme.equalsIgnoreCase("Bearer") || scheme.equalsIgnoreCase("Basic");
            return matches(headers.get("api-key"))
                    || schemeFits && matches(authorization.substring(space + 1).strip());
        }

        private boolean matches(String offered) {
            return offered != null
                    && MessageDigest.isEqual(
                            value.getBytes(StandardCharsets.UTF_8), offered.getBytes(StandardCharsets.UTF_8));
        }

        /** Never the secret itself. */
        @Override
        public String toString() {
            return "Secret[****]";
        }
    }
}
