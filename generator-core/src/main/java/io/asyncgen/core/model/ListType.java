package io.asyncgen.core.model;

/** An {@code array}: an immutable {@code List} of {@code items}. */
public record ListType(TypeDef items, boolean itemsNullable) implements TypeDef {}
