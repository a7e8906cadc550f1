package io.asyncgen.core.naming;

import java.util.ArrayList;
import java.util.List;

/**
 * The type names generated code uses itself, which no type of a document may take: the one list,
 * read by {@link TypeNameAllocator} (types from schemas), {@link PackageTypeNames} (the message
 * unions and connection types of a package) and the code generator (the nested types it emits).
 */
public final class ReservedTypeNames {
    /** The builder nested in records, clients and endpoints: a type may not share its nested type's name. */
    public static final String BUILDER = "Builder";
    /** The enum of an open enum's known values, nested in it. */
    public static final String KNOWN = "Known";
    /** The record nested in a sealed union that holds a value no branch matches. */
    public static final String UNKNOWN = "Unknown";
    /** The runtime's JSON support class, which records, unions and codecs call by its simple name. */
    public static final String JSON_SUPPORT = "JsonSupport";
    /** The runtime's checked exception for malformed input, which codecs and dispatchers name. */
    public static final String DECODE_EXCEPTION = "DecodeException";

    /**
     * The {@code java.lang} types generated code and the runtime's templates name without
     * qualification: a schema called {@code String} would hide {@code java.lang.String} in the whole
     * package.
     */
    private static final List<String> JAVA_LANG = List.of(
            "String",
            "Long",
            "Double",
            "Boolean",
            "Object",
            "Override",
            "Deprecated",
            "Exception",
            "RuntimeException",
            "IllegalArgumentException",
            "IllegalStateException",
            "System",
            "SuppressWarnings",
            "CharSequence",
            "StringBuilder",
            "Throwable",
            "Void");

    private ReservedTypeNames() {}

    /**
     * The names nested in generated types: a top-level type of the same name could not hold them,
     * and inside it the nested one would hide the top-level one.
     */
    public static List<String> nested() {
        return List.of(BUILDER, KNOWN, UNKNOWN);
    }

    /** Every name a type from a schema may not take: {@code java.lang}, the runtime's, the nested ones. */
    public static List<String> forSchemaTypes() {
        List<String> names = new ArrayList<>(JAVA_LANG);
        names.addAll(List.of(JSON_SUPPORT, DECODE_EXCEPTION));
        names.addAll(nested());
        return List.copyOf(names);
    }
}
