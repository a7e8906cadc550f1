package io.asyncgen.core.codegen;

/** Which skeletons to generate: a client, a server, or both. */
public enum GeneratedRole {
    CLIENT,
    SERVER,
    BOTH
}
