package io.asyncgen.core.model;

import io.asyncgen.core.diagnostic.SourceLocation;
import java.util.Locale;
import java.util.Optional;

/** A type that becomes a Java type of its own, with a unique name. */
public sealed interface NamedType extends TypeDef permits RecordType, EnumType, UnionType {
    /** A unique Java-ready simple name ({@code SessionUpdateEvent}). */
    String name();

    Optional<String> description();

    /** Where the schema is written; its JSON pointer names it in generated headers. */
    SourceLocation source();

    Extensions extensions();

    /** Which of the named types this is. */
    Kind kind();

    default TypeRef ref() {
        return new TypeRef(name());
    }

    /** The kinds of named type, one per implementation. */
    enum Kind {
        RECORD,
        ENUM,
        UNION;

        /** The kind as a lower-case word ({@code record}), as summaries print it. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
