package io.asyncgen.core.diagnostic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects every problem of a run, with a stack of context entries that is attached to each
 * diagnostic reported while the context is open. Not thread-safe: one per run.
 */
public final class Diagnostics {
    private final List<Diagnostic> reported = new ArrayList<>();
    private final Deque<Diagnostic.Context> context = new ArrayDeque<>();

    public void error(SourceLocation location, String message) {
        add(Severity.ERROR, location, message);
    }

    public void warning(SourceLocation location, String message) {
        add(Severity.WARNING, location, message);
    }

    public void add(Severity severity, SourceLocation location, String message) {
        reported.add(new Diagnostic(severity, message, location, List.copyOf(context)));
    }

    public void add(Diagnostic diagnostic) {
        reported.add(diagnostic);
    }

    /**
     * Runs {@code body} with {@code what} (at {@code where}) on top of the context trail, so every
     * diagnostic it reports says what it was found in: {@code in schema Session (spec.yaml:12:5)}.
     */
    public void within(String what, SourceLocation where, Runnable body) {
        within(what, where, () -> {
            body.run();
            return null;
        });
    }

    /** Like {@link #within(String, SourceLocation, Runnable)}, for a body with a result. */
    public <T> T within(String what, SourceLocation where, Supplier<T> body) {
        context.push(new Diagnostic.Context(what, where));
        try {
            return body.get();
        } finally {
            context.pop();
        }
    }

    public boolean hasErrors() {
        return reported.stream().anyMatch(Diagnostic::isError);
    }

    /** Everything reported so far, in document order (file, line, column), then message. */
    public List<Diagnostic> all() {
        List<Diagnostic> sorted = new ArrayList<>(reported);
        sorted.sort(ORDER);
        return List.copyOf(sorted);
    }

    /** Throws a {@link SpecException} listing every diagnostic when any of them is an error. */
    public void throwIfErrors() throws SpecException {
        if (hasErrors()) {
            throw new SpecException(all());
        }
    }

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(
                    (Diagnostic d) -> d.location().file())
            .thenComparingInt(d -> d.location().line())
            .thenComparingInt(d -> d.location().column())
            .thenComparing(Diagnostic::message);
}
