package io.asyncgen.core.model;

import java.util.Optional;

/** The document's {@code info}: title, version and description. */
public record Info(String title, String version, Optional<String> description) {}
