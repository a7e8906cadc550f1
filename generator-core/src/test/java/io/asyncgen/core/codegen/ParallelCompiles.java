package io.asyncgen.core.codegen;

import io.asyncgen.core.testing.GeneratedCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs {@link GeneratedCode#compile} on batches of generated files, one compiler per core, while
 * the caller generates the next batch. Each batch is one javac run over many packages, which is
 * far cheaper than one run per document.
 */
final class ParallelCompiles implements AutoCloseable {
  private final ExecutorService compilers =
      Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
  private final List<Future<Optional<String>>> results = new ArrayList<>();

  /** Starts compiling one batch; its result comes back from {@link #failures()} in submission order. */
  void submit(List<GeneratedFile> batch) {
    List<GeneratedFile> files = List.copyOf(batch);
    results.add(compilers.submit(() -> {
      try {
        GeneratedCode.compile(files);
        return Optional.empty();
      } catch (AssertionError e) {
        return Optional.of(e.getMessage());
      }
    }));
  }

  /** The compiler messages of every batch that failed, in submission order (waits for all). */
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
}
