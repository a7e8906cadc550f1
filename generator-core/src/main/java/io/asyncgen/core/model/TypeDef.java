package io.asyncgen.core.model;

/**
 * A Java-ready type. Named types ({@link RecordType}, {@link EnumType}, {@link UnionType}) are
 * listed once in {@link AsyncApi#types()} and used everywhere else through a {@link TypeRef}, so
 * recursive schemas are plain references; the structural types are used in place.
 */
public sealed interface TypeDef permits NamedType, TypeRef, ListType, MapType, ScalarType, JsonType {}
