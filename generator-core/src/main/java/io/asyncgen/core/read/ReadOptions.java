package io.asyncgen.core.read;

import io.asyncgen.core.model.Perspective;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How permissive reading is.
 *
 * @param strict meta-schema violations are errors (otherwise warnings)
 * @param allowRemoteRefs {@code $ref}s to {@code http(s)://} documents are fetched (otherwise refused)
 * @param allowRefsOutsideRoot {@code $ref}s to files outside the spec root are followed (otherwise refused)
 * @param specRoot a folder {@code $ref}s may reach besides the root document's own folder (the command
 *     line passes its working directory, the Maven plugin the top-level project's folder); empty:
 *     the root document's folder only
 * @param overlays OpenAPI Overlay 1.0 documents applied to the root document, in order, before anything else
 * @param perspective the side the document is written from, overriding its {@code x-perspective}; empty: as
 *     the document says, else {@link Perspective#SERVER} (the AsyncAPI rule)
 */
public record ReadOptions(
        boolean strict,
        boolean allowRemoteRefs,
        boolean allowRefsOutsideRoot,
        Optional<Path> specRoot,
        List<URI> overlays,
        Optional<Perspective> perspective) {

    public ReadOptions {
        overlays = List.copyOf(overlays);
    }

    /** Options that leave the perspective to the document. */
    public ReadOptions(
            boolean strict,
            boolean allowRemoteRefs,
            boolean allowRefsOutsideRoot,
            Optional<Path> specRoot,
            List<URI> overlays) {
        this(strict, allowRemoteRefs, allowRefsOutsideRoot, specRoot, overlays, Optional.empty());
    }

    /** Lenient, local files below the root document's folder only, no overlays. */
    public static ReadOptions defaults() {
        return new ReadOptions(false, false, false, Optional.empty(), List.of());
    }

    public ReadOptions withStrict(boolean value) {
        return new ReadOptions(value, allowRemoteRefs, allowRefsOutsideRoot, specRoot, overlays, perspective);
    }

    public ReadOptions withAllowRemoteRefs(boolean value) {
        return new ReadOptions(strict, value, allowRefsOutsideRoot, specRoot, overlays, perspective);
    }

    public ReadOptions withAllowRefsOutsideRoot(boolean value) {
        return new ReadOptions(strict, allowRemoteRefs, value, specRoot, overlays, perspective);
    }

    /** Files below {@code folder} may be referenced too, besides those below the root document's folder. */
    public ReadOptions withSpecRoot(Path folder) {
        return new ReadOptions(
                strict, allowRemoteRefs, allowRefsOutsideRoot, Optional.of(folder), overlays, perspective);
    }

    /** Applies these overlays, in order. */
    public ReadOptions withOverlays(List<URI> documents) {
        return new ReadOptions(strict, allowRemoteRefs, allowRefsOutsideRoot, specRoot, documents, perspective);
    }

    /** Reads the document as written from {@code side}, whatever its {@code x-perspective} says. */
    public ReadOptions withPerspective(Perspective side) {
        return new ReadOptions(strict, allowRemoteRefs, allowRefsOutsideRoot, specRoot, overlays, Optional.of(side));
    }
}
