package io.asyncgen.core.model;

/** A use of the named type called {@code name}; look it up with {@link AsyncApi#type(String)}. */
public record TypeRef(String name) implements TypeDef {}
