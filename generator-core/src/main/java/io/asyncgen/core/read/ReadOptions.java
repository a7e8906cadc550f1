package io.asyncgen.core.read;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How permissive reading is.
 *
 * @param strict meta-schema violations are errors (otherwise warnings)
 * @param allowRemoteRefs {@code $ref}s to {@code http(s)://} documents are fetched (otherwise refused)
 * @param allowRefsOutsideRoot {@code $ref}s to files outside the spec root are followed (otherwise refused)
 * @param specRoot the folder {@code $ref}s must stay in; empty means the root document's folder
 */
public record ReadOptions(boolean strict, boolean allowRemoteRefs, boolean allowRefsOutsideRoot,
    Optional<Path> specRoot) {

  /** Lenient, local files below the root document's folder only. */
  public static ReadOptions defaults() {
    return new ReadOptions(false, false, false, Optional.empty());
  }

  public ReadOptions withStrict(boolean value) {
    return new ReadOptions(value, allowRemoteRefs, allowRefsOutsideRoot, specRoot);
  }

  public ReadOptions withAllowRemoteRefs(boolean value) {
    return new ReadOptions(strict, value, allowRefsOutsideRoot, specRoot);
  }

  public ReadOptions withAllowRefsOutsideRoot(boolean value) {
    return new ReadOptions(strict, allowRemoteRefs, value, specRoot);
  }

  /** Files below {@code folder} may be referenced, not only those below the root document's folder. */
  public ReadOptions withSpecRoot(Path folder) {
    return new ReadOptions(strict, allowRemoteRefs, allowRefsOutsideRoot, Optional.of(folder));
  }
}
