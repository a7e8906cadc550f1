package io.asyncgen.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared corpus of real documents and traffic, beside the checkout ({@code ../shared/corpus}). */
public final class Corpus {
    private Corpus() {}

    public static Path root() {
        String configured = System.getProperty("asyncgen.corpus");
        Path root = configured == null || configured.isBlank() ? Path.of("../../shared/corpus") : Path.of(configured);
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("the shared corpus is not at " + root.toAbsolutePath()
                    + "; tests expect ../shared beside the checkout (or -Dasyncgen.corpus=DIR)");
        }
        return root.toAbsolutePath().normalize();
    }

    public static Path file(String relative) {
        return root().resolve(relative);
    }
}
