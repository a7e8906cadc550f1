package io.asyncgen.core.model;

/** Which side of a connection the generated code plays. */
public enum Role {
    /** Connects to the application the document describes (the usual case for realtime APIs). */
    CLIENT,
    /** Is the application the document describes. */
    SERVER
}
