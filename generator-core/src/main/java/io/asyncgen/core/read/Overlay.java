package io.asyncgen.core.read;

import io.asyncgen.core.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * An OpenAPI Overlay 1.0 document: actions, each selecting nodes of the target document with a
 * JSONPath {@code target} and merging an {@code update} into them or removing them.
 */
public record Overlay(String file, List<Action> actions) {

    public Overlay {
        actions = List.copyOf(actions);
    }

    /** One action, with where it is written (for diagnostics). */
    public record Action(String target, Optional<SpecNode> update, boolean remove, SourceLocation location) {}
}
