package io.asyncgen.core.model;

import java.util.List;
import java.util.Optional;

/** A {@code {variable}} in a server URL, with its default and allowed values. */
public record ServerVariable(
        String name,
        Optional<String> defaultValue,
        List<String> allowedValues,
        Optional<String> description,
        List<String> examples) {

    public ServerVariable {
        allowedValues = List.copyOf(allowedValues);
        examples = List.copyOf(examples);
    }
}
