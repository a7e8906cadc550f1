package io.asyncgen.core.model;

/** Which way a message travels, seen from the generated code's {@link Role}. */
public enum Direction {
    /** Sent by the generated code. */
    OUTBOUND,
    /** Received by the generated code. */
    INBOUND
}
