package io.asyncgen.runtime;

/** Where a session is in its life; it only moves forward, except between OPEN and RECONNECTING. */
public enum SessionState {
    /** Created; not connected yet. */
    NEW,
    /** Opening its first connection. */
    CONNECTING,
    /** Connected: messages can be sent. */
    OPEN,
    /** The connection dropped and the reconnect policy is opening a new one; sends fail meanwhile. */
    RECONNECTING,
    /** Closed for good, by either side or by a failure; {@code closed()} has completed. */
    CLOSED
}
