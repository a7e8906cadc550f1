package io.asyncgen.cli;

import io.asyncgen.core.model.Perspective;
import io.asyncgen.core.read.ReadOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The reading options every command shares. */
final class ReadOptionsMixin {
    @Option(names = "--strict", description = "Treat meta-schema violations as errors (default: warnings).")
    boolean strict;

    @Option(names = "--allow-remote-refs", description = "Fetch $refs to http(s):// documents (default: refused).")
    boolean allowRemoteRefs;

    @Option(
            names = "--allow-refs-outside-root",
            description = "Follow $refs to files outside the document's folder and the spec root (default: refused).")
    boolean allowRefsOutsideRoot;

    @Option(
            names = "--spec-root",
            paramLabel = "DIR",
            description = "A folder $refs may reach besides the document's own (default: the current directory).")
    Path specRoot;

    @Option(
            names = "--overlay",
            paramLabel = "FILE",
            description = "An OpenAPI Overlay 1.0 document applied to the spec before reading (repeatable, in order).")
    List<Path> overlays = new ArrayList<>();

    @Option(
            names = "--perspective",
            paramLabel = "SIDE",
            converter = PerspectiveConverter.class,
            description =
                    "The side the document is written from: server (the AsyncAPI rule: it describes the service) or"
                            + " client (it describes a client, so its publish/receive lists what the service sends). Default: the"
                            + " document's x-perspective, else server.")
    Perspective perspective;

    /** The options, {@code $ref}s reaching below {@code workingDirectory} unless {@code --spec-root} names another folder. */
    ReadOptions toReadOptions(Path workingDirectory) {
        Path root = specRoot == null ? workingDirectory : workingDirectory.resolve(specRoot);
        ReadOptions options = new ReadOptions(
                strict,
                allowRemoteRefs,
                allowRefsOutsideRoot,
                Optional.of(root),
                overlays.stream()
                        .map(p -> workingDirectory.resolve(p).normalize().toUri())
                        .toList());
        return perspective == null ? options : options.withPerspective(perspective);
    }

    static final class PerspectiveConverter implements CommandLine.ITypeConverter<Perspective> {
        @Override
        public Perspective convert(String value) {
            return Perspective.of(value)
                    .orElseThrow(() ->
                            new CommandLine.TypeConversionException("expected server or client, not '" + value + "'"));
        }
    }
}
