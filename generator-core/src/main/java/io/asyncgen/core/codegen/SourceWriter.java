package io.asyncgen.core.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes generated files below an output folder, touching only files whose content changed (so
 * a compiler sees nothing new when nothing changed), and deletes files an earlier run wrote that
 * this run no longer produces.
 */
public final class SourceWriter {

    /** What a write did: counts, and the relative paths now generated (for the next run). */
    public record Result(int written, int unchanged, int deleted, List<String> paths) {}

    private SourceWriter() {}

    /**
     * @param previous relative paths an earlier run generated here (empty when unknown)
     */
    public static Result write(Path output, List<GeneratedFile> files, Collection<String> previous) throws IOException {
        int written = 0;
        int unchanged = 0;
        Set<String> paths = new TreeSet<>();
        for (GeneratedFile file : files) {
            Path target = output.resolve(file.relativePath());
            paths.add(file.relativePath());
            byte[] content = file.content().getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
                unchanged++;
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.write(target, content);
            written++;
        }
        int deleted = 0;
        for (String stale : previous) {
            if (!paths.contains(stale) && Files.deleteIfExists(output.resolve(stale))) {
                deleted++;
            }
        }
        return new Result(written, unchanged, deleted, List.copyOf(paths));
    }
}
