package io.asyncgen.core.diagnostic;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in a document, with where it is and the trail of context that led there,
 * innermost first: {@code for property voice (spec.yaml:44:14)}, then
 * {@code in message SessionUpdate (spec.yaml:40:5)}.
 */
public record Diagnostic(Severity severity, String message, SourceLocation location, List<Context> trail) {

    /** One entry of a trail: what was being read or linked ({@code in message SessionUpdate}), and where it is written. */
    public record Context(String what, SourceLocation where) {

        public Context {
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(where, "where");
        }

        /** {@code what (file:line:column)}. */
        @Override
        public String toString() {
            return what + " (" + where + ")";
        }

        /** Like {@link #toString()}, with the file shown relative to {@code base}. */
        public String toString(Path base) {
            return what + " (" + where.toString(base) + ")";
        }
    }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        trail = List.copyOf(trail);
    }

    public static Diagnostic error(SourceLocation location, String message) {
        return new Diagnostic(Severity.ERROR, message, location, List.of());
    }

    public static Diagnostic warning(SourceLocation location, String message) {
        return new Diagnostic(Severity.WARNING, message, location, List.of());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: severity: message}, then one indented line per trail entry. */
    @Override
    public String toString() {
        return format(location.toString(), trail.stream().map(Context::toString).toList());
    }

    /** Like {@link #toString()}, with the files (also those of the trail) shown relative to {@code base}. */
    public String toString(Path base) {
        return format(
                location.toString(base),
                trail.stream().map(c -> c.toString(base)).toList());
    }

    private String format(String where, List<String> contexts) {
        StringBuilder text = new StringBuilder()
                .append(where)
                .append(": ")
                .append(severity.label())
                .append(": ")
                .append(message);
        for (String context : contexts) {
            text.append(System.lineSeparator()).append("  ").append(context);
        }
        return text.toString();
    }
}
