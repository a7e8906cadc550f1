package io.asyncgen.core.diagnostic;

import java.util.List;
import java.util.stream.Collectors;

/** A document could not be used: carries every diagnostic found, errors and warnings alike. */
public final class SpecException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public SpecException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    private static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        return errors + (errors == 1 ? " error" : " errors") + ":" + System.lineSeparator()
                + diagnostics.stream()
                        .filter(Diagnostic::isError)
                        .map(Diagnostic::toString)
                        .collect(Collectors.joining(System.lineSeparator()));
    }
}
