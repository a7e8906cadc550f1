package io.asyncgen.core.read;

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
 */
public record ReadOptions(boolean strict, boolean allowRemoteRefs, boolean allowRefsOutsideRoot,
    Optional<Path> specRoot, List<URI> overlays) {

  public ReadOptions {
    overlays = List.copyOf(overlays);
  }

  /** Lenient, local files below the root document's folder only, no overlays. */
  public static ReadOptions defaults() {
    return new ReadOptions(false, false, false, Optional.empty(), List.of());
  }

  public ReadOptions withStrict(boolean value) {
    return new ReadOptions(value, allowRemoteRefs, allowRefsOutsideRoot, specRoot, overlays);
  }

  public ReadOptions withAllowRemoteRefs(boolean value) {
    return new ReadOptions(strict, value, allowRefsOutsideRoot, specRoot, overlays);
  }

  public ReadOptions withAllowRefsOutsideRoot(boolean value) {
    return new ReadOptions(strict, allowRemoteRefs, value, specRoot, overlays);
  }

  /** Files below {@code folder} may be referenced too, besides those below the root document's folder. */
  public ReadOptions withSpecRoot(Path folder) {
    return new ReadOptions(strict, allowRemoteRefs, allowRefsOutsideRoot, Optional.of(folder), overlays);
  }

  /** Applies these overlays, in order. */
  public ReadOptions withOverlays(List<URI> documents) {
    return new ReadOptions(strict, allowRemoteRefs, allowRefsOutsideRoot, specRoot, documents);
  }
}
