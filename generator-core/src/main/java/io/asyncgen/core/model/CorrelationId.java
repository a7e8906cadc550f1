package io.asyncgen.core.model;

import java.util.Optional;

/** Where a message carries its correlation id (a runtime expression such as {@code $message.header#/id}). */
public record CorrelationId(String location, Optional<String> description) {}
