package io.asyncgen.core.diagnostic;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in a document, with where it is and the trail of context that led there
 * (innermost first), for example {@code "in message SessionUpdate (spec.yaml:40:5)"}.
 */
public record Diagnostic(Severity severity, String message, SourceLocation location, List<String> trail) {

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
    return format(location.toString());
  }

  /** Like {@link #toString()}, with the file shown relative to {@code base}. */
  public String toString(Path base) {
    return format(location.toString(base));
  }

  private String format(String where) {
    StringBuilder text = new StringBuilder()
        .append(where).append(": ").append(severity.label()).append(": ").append(message);
    for (String context : trail) {
      text.append(System.lineSeparator()).append("  ").append(context);
    }
    return text.toString();
  }
}
