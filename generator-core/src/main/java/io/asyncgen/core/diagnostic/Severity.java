package io.asyncgen.core.diagnostic;

import java.util.Locale;

/** How bad a {@link Diagnostic} is. */
public enum Severity {
    /** The document cannot be used as written; generation stops. */
    ERROR,
    /** The document can be understood, but something in it is wrong or doubtful. */
    WARNING;

    /** The lower-case word used in printed diagnostics ({@code error}, {@code warning}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
