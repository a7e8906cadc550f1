package io.asyncgen.core.model;

/** An object with {@code additionalProperties: schema} and no properties: a {@code Map<String, values>}. */
public record MapType(TypeDef values, boolean valuesNullable) implements TypeDef {}
