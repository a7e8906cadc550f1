package io.asyncgen.core.codegen;

/** One generated source file: its path below the output folder and its content. */
public record GeneratedFile(String relativePath, String content) {}
