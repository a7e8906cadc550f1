package io.asyncgen.core.model;

/** A schema that says nothing about its shape ({@code {}}, no type): any JSON value. */
public record JsonType() implements TypeDef {}
