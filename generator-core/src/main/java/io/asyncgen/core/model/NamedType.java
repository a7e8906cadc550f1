package io.asyncgen.core.model;

import io.asyncgen.core.diagnostic.SourceLocation;
import java.util.Optional;

/** A type that becomes a Java type of its own, with a unique name. */
public sealed interface NamedType extends TypeDef permits RecordType, EnumType, UnionType {
  /** A unique Java-ready simple name ({@code SessionUpdateEvent}). */
  String name();

  Optional<String> description();

  /** Where the schema is written; its JSON pointer names it in generated headers. */
  SourceLocation source();

  Extensions extensions();

  /** The kind as a word: record, enum or union. */
  String kind();

  default TypeRef ref() {
    return new TypeRef(name());
  }
}
