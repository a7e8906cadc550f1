package io.asyncgen.core.read;

/**
 * How permissive reading is.
 *
 * @param strict meta-schema violations are errors (otherwise warnings)
 * @param allowRemoteRefs {@code $ref}s to {@code http(s)://} documents are fetched (otherwise refused)
 * @param allowRefsOutsideRoot {@code $ref}s to files outside the root document's folder are followed
 */
public record ReadOptions(boolean strict, boolean allowRemoteRefs, boolean allowRefsOutsideRoot) {

  /** Lenient, local files below the root document's folder only. */
  public static ReadOptions defaults() {
    return new ReadOptions(false, false, false);
  }

  public ReadOptions withStrict(boolean value) {
    return new ReadOptions(value, allowRemoteRefs, allowRefsOutsideRoot);
  }

  public ReadOptions withAllowRemoteRefs(boolean value) {
    return new ReadOptions(strict, value, allowRefsOutsideRoot);
  }

  public ReadOptions withAllowRefsOutsideRoot(boolean value) {
    return new ReadOptions(strict, allowRemoteRefs, value);
  }
}
