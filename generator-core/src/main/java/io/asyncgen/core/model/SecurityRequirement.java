package io.asyncgen.core.model;

import java.util.List;

/** One scheme a server or operation requires, with the scopes asked for (OAuth 2 only). */
public record SecurityRequirement(String scheme, List<String> scopes) {
    public SecurityRequirement {
        scopes = List.copyOf(scopes);
    }
}
