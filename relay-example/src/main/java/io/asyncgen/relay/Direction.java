package io.asyncgen.relay;

/** Which way an event travels through a relay. */
public enum Direction {
    /** A client event, from a client to the upstream service. */
    CLIENT_TO_UPSTREAM,
    /** A server event, from the upstream service to a client. */
    UPSTREAM_TO_CLIENT
}
