package io.asyncgen.core.codegen;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.asyncgen.core.testing.GeneratedCode;
import io.asyncgen.core.testing.Jackson3;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;

/**
 * Compiles batches of generated files, one compiler per core, while the caller generates the next
 * batch. Each batch is one javac run over many packages, far cheaper than one run per document.
 */
final class ParallelCompiles implements AutoCloseable {
    private final ExecutorService compilers =
            Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    private final List<Future<Optional<String>>> results = new ArrayList<>();
    private final boolean checkOnly;
    private final List<File> classpath;

    private ParallelCompiles(boolean checkOnly, List<File> classpath) {
        this.checkOnly = checkOnly;
        this.classpath = classpath;
    }

    /** Compiles like {@link GeneratedCode#compile}: every phase, class files included. */
    static ParallelCompiles full() {
        return new ParallelCompiles(false, null);
    }

    /**
     * Runs javac with the same options up to and including flow analysis, where every error and
     * lint warning is found, and skips writing class files (about 40% of the time). For the many
     * small random documents, whose code nobody loads.
     */
    static ParallelCompiles checkOnly() {
        return new ParallelCompiles(true, null);
    }

    /** As {@link #checkOnly()}, on {@code classpath} alone instead of the test's ({@link Jackson3#classpath()}). */
    static ParallelCompiles checkOnly(List<File> classpath) {
        return new ParallelCompiles(true, List.copyOf(classpath));
    }

    /** Starts compiling one batch; its result comes back from {@link #failures()} in submission order. */
    void submit(List<GeneratedFile> batch) {
        List<GeneratedFile> files = List.copyOf(batch);
        results.add(compilers.submit(() -> checkOnly ? check(files) : compile(files)));
    }

    /** The compiler messages of every batch, empty where it compiled cleanly (waits for all). */
    List<Optional<String>> failures() throws InterruptedException, ExecutionException {
        List<Optional<String>> failures = new ArrayList<>();
        for (Future<Optional<String>> result : results) {
            failures.add(result.get());
        }
        return failures;
    }

    @Override
    public void close() {
        compilers.shutdownNow();
    }

    private Optional<String> compile(List<GeneratedFile> files) {
        try {
            GeneratedCode.compile(files, classpath);
            return Optional.empty();
        } catch (AssertionError e) {
            return Optional.of(e.getMessage());
        }
    }

    private Optional<String> check(List<GeneratedFile> files) {
        List<JavaFileObject> sources = files.stream()
                .map(f -> JavaFileObjects.forSourceString(
                        f.relativePath().replace(".java", "").replace('/', '.'), f.content()))
                .toList();
        Compiler compiler =
                javac().withOptions("-Xlint:all", "-Werror", "--release", "17", "-XDshould-stop.ifNoError=FLOW");
        Compilation compilation = (classpath == null ? compiler : compiler.withClasspath(classpath)).compile(sources);
        if (compilation.status() == Compilation.Status.SUCCESS
                && compilation.diagnostics().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("generated code does not compile cleanly:\n"
                + compilation.diagnostics().stream()
                        .map(d -> d.getKind() + " "
                                + (d.getSource() == null ? "" : d.getSource().getName()) + ":" + d.getLineNumber()
                                + ": " + d.getMessage(null))
                        .limit(40)
                        .collect(Collectors.joining("\n")));
    }
}
