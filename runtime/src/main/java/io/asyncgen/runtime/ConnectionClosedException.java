package io.asyncgen.runtime;

import java.io.IOException;

/**
 * Nothing could be sent or received because no connection was open: not yet opened, closing,
 * closed by either side, failed, or between two connections while reconnecting. What a send's
 * stage and a pending await fail with in those cases.
 */
public final class ConnectionClosedException extends IOException {
    private static final long serialVersionUID = 1L;

    public ConnectionClosedException(String message) {
        super(message);
    }

    public ConnectionClosedException(String message, Throwable cause) {
        super(message, cause);
    }
}
