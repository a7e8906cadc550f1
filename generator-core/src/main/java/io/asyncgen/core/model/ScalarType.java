package io.asyncgen.core.model;

import java.util.Optional;

/**
 * A string, integer, number or boolean, with its {@code format} ({@code date-time}, {@code int64}, ...).
 *
 * @param format the {@code format}; {@code byte} also for a string with {@code contentEncoding: base64}
 * @param constValue for a string, the one value a {@code const} or single-value {@code enum} allows
 *     (a union member such as {@code "inf"}); a fixed property of a record is a {@link Property#constValue()}
 */
public record ScalarType(Kind kind, Optional<String> format, Optional<String> constValue) implements TypeDef {

    /** The JSON Schema scalar types. */
    public enum Kind {
        STRING,
        INTEGER,
        NUMBER,
        BOOLEAN
    }

    /** A scalar that allows any value of its kind. */
    public ScalarType(Kind kind, Optional<String> format) {
        this(kind, format, Optional.empty());
    }

    public static ScalarType of(Kind kind) {
        return new ScalarType(kind, Optional.empty());
    }

    /** Whether this is text holding base64-encoded bytes ({@code format: byte} or {@code contentEncoding: base64}). */
    public boolean isBase64() {
        return kind == Kind.STRING && format.filter("byte"::equals).isPresent();
    }
}
