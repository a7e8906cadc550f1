package io.asyncgen.relay;

import io.asyncgen.runtime.CloseStatus;
import java.util.Objects;

/**
 * Why a relayed connection ended: the first of its two sides to end decides, and the relay closes
 * the other side accordingly (see {@code docs/relay.md}, "Closing").
 */
public sealed interface Ending {
    /** The client closed with a closing handshake; the upstream connection is closed with the same code where the JDK allows it. */
    record ClientClosed(CloseStatus status) implements Ending {
        public ClientClosed {
            Objects.requireNonNull(status, "status");
        }
    }

    /** The client's connection dropped (no closing handshake) or stopped reading; upstream is closed with 1001. */
    record ClientFailed(Throwable error) implements Ending {
        public ClientFailed {
            Objects.requireNonNull(error, "error");
        }
    }

    /** The upstream service closed; the client is closed with the same code and reason. */
    record UpstreamClosed(CloseStatus status) implements Ending {
        public UpstreamClosed {
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * The upstream connection could not be opened (refused, wrong key, timeout) or dropped; the client
     * is closed with 1014 (bad gateway) and a reason that names no secret.
     */
    record UpstreamFailed(Throwable error) implements Ending {
        public UpstreamFailed {
            Objects.requireNonNull(error, "error");
        }
    }

    /** The application closed the connection or the relay; both sides get its code and reason. */
    record ClosedByRelay(CloseStatus status) implements Ending {
        public ClosedByRelay {
            Objects.requireNonNull(status, "status");
        }
    }
}
