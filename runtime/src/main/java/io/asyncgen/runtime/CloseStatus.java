package io.asyncgen.runtime;

import java.util.Objects;

/**
 * How a connection ended: the close code and reason (RFC 6455) the peer sent, or that this side
 * sent when it closed first.
 */
public record CloseStatus(int code, String reason) {
    public CloseStatus {
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return reason.isEmpty() ? String.valueOf(code) : code + " " + reason;
    }
}
