package io.asyncgen.core.model;

import java.util.Optional;

/** A {@code {parameter}} in a channel name, with its schema. */
public record ChannelParameter(String name, Optional<String> description, TypeDef type,
    Optional<String> location) {}
