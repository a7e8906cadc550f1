package io.asyncgen.core.testing;

import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.diagnostic.Diagnostic;
import io.asyncgen.core.diagnostic.SpecException;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.read.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test fixture: a few lines of AsyncAPI YAML in, a linked model or the exact diagnostics out.
 * Files are written to a fresh temporary folder; diagnostics are printed with paths relative to it.
 *
 * <pre>{@code
 * AsyncApi api = SpecBuilder.spec("""
 *     asyncapi: 2.6.0
 *     ...""").link();
 * }</pre>
 */
public final class SpecBuilder {
    private final Map<String, String> files = new LinkedHashMap<>();
    private ReadOptions options = ReadOptions.defaults();
    private Path folder;

    private SpecBuilder(String rootYaml) {
        files.put("spec.yaml", rootYaml);
    }

    /** A document whose root file is {@code spec.yaml}. */
    public static SpecBuilder spec(String rootYaml) {
        return new SpecBuilder(rootYaml);
    }

    /**
     * A minimal valid document (4 header lines, then {@code channels: {}} unless the text starts with
     * channels) around {@code channelsAndComponents}, YAML starting at column 0.
     */
    public static SpecBuilder document(String channelsAndComponents) {
        String channels = channelsAndComponents.startsWith("channels:") ? "" : "channels: {}\n";
        return spec("asyncapi: 2.6.0\ninfo:\n  title: Test\n  version: 1.0.0\n" + channels + channelsAndComponents);
    }

    /** A minimal AsyncAPI 3.0.0 document (4 header lines) followed by {@code body}, YAML starting at column 0. */
    public static SpecBuilder document3(String body) {
        return spec("asyncapi: 3.0.0\ninfo:\n  title: Test\n  version: 1.0.0\n" + body);
    }

    /** Another file beside (or below) {@code spec.yaml}, for {@code $ref}s. */
    public SpecBuilder file(String relativePath, String text) {
        files.put(relativePath, text);
        return this;
    }

    private final List<String> overlays = new ArrayList<>();

    /** Applies {@code relativePath} (another file of this builder) as an overlay. */
    public SpecBuilder overlay(String relativePath) {
        overlays.add(relativePath);
        return this;
    }

    public SpecBuilder strict() {
        options = options.withStrict(true);
        return this;
    }

    public SpecBuilder options(ReadOptions readOptions) {
        this.options = readOptions;
        return this;
    }

    private boolean specRootAtFolder;

    /** {@code $ref}s may reach every file of this builder, as from a command line run in its folder. */
    public SpecBuilder specRootAtFolder() {
        specRootAtFolder = true;
        return this;
    }

    private ReadOptions options(Path written) {
        return specRootAtFolder ? options.withSpecRoot(written) : options;
    }

    /** Links the document; fails with every diagnostic when it has errors. */
    public AsyncApi link() {
        try {
            return read().api();
        } catch (SpecException e) {
            throw new AssertionError(
                    "expected the document to link, but:\n" + String.join("\n", relative(e.diagnostics())), e);
        }
    }

    /** Every diagnostic, errors and warnings, as printed ({@code spec.yaml:3:5: error: ...}). */
    public List<String> diagnostics() {
        try {
            return relative(read().warnings());
        } catch (SpecException e) {
            return relative(e.diagnostics());
        }
    }

    /** Like {@link #diagnostics()}, reading {@code rootFile} (another file of this builder) as the root. */
    public List<String> diagnostics(String rootFile) {
        try {
            Path written = write();
            return relative(new AsyncApiReader(options(written))
                    .read(written.resolve(rootFile))
                    .warnings());
        } catch (SpecException e) {
            return relative(e.diagnostics());
        }
    }

    /** The folder the files were written to (after {@link #link()} or {@link #diagnostics()}). */
    public Path folder() {
        return folder;
    }

    public AsyncApiReader.Result read() throws SpecException {
        Path written = write();
        ReadOptions withOverlays = options(written)
                .withOverlays(
                        overlays.stream().map(o -> written.resolve(o).toUri()).toList());
        return new AsyncApiReader(withOverlays).read(written.resolve("spec.yaml"));
    }

    private Path write() {
        try {
            folder = Files.createTempDirectory("asyncgen-spec");
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> relative(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.toString(folder)).toList();
    }
}
