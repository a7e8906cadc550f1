package io.asyncgen.core.model;

import io.asyncgen.core.diagnostic.SourceLocation;
import java.util.Optional;

/**
 * Where a message carries its correlation id: a runtime expression such as
 * {@code $message.header#/correlation_id} or {@code $message.payload#/reqid}.
 */
public record CorrelationId(String location, Optional<String> description, SourceLocation source) {}
