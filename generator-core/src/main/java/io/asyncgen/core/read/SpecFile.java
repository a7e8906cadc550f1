package io.asyncgen.core.read;

import java.net.URI;

/**
 * One document read: where it came from, the name diagnostics show for it, its text (kept for
 * fingerprints) and its tree.
 */
public record SpecFile(URI uri, String displayName, String text, SpecNode root) {}
