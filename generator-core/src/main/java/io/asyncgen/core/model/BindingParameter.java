package io.asyncgen.core.model;

import java.util.Optional;

/** One query parameter or header of a WebSocket handshake. */
public record BindingParameter(String name, TypeDef type, boolean required, Optional<String> description,
    Optional<String> defaultValue) {}
