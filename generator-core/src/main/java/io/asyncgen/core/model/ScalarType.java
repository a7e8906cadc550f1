package io.asyncgen.core.model;

import java.util.Optional;

/** A string, integer, number or boolean, with its {@code format} ({@code date-time}, {@code int64}, ...). */
public record ScalarType(Kind kind, Optional<String> format) implements TypeDef {

  /** The JSON Schema scalar types. */
  public enum Kind { STRING, INTEGER, NUMBER, BOOLEAN }

  public static ScalarType of(Kind kind) {
    return new ScalarType(kind, Optional.empty());
  }
}
