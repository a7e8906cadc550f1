package io.asyncgen.core.diagnostic;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in a document: the file as shown to the user (a path as given, or a URI for classpath
 * and remote documents), a 1-based line and column, and the JSON pointer of the node found there
 * ({@code ""} for the document root). Line and column are 0 for a problem with the file as a whole
 * (it does not exist, it cannot be read): no position is invented for it.
 */
public record SourceLocation(String file, int line, int column, String pointer) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
    }

    /** The start of a file, for problems that concern the whole file. */
    public static SourceLocation startOf(String file) {
        return new SourceLocation(file, 1, 1, "");
    }

    /** The file as a whole, without a position: for a file that is missing or cannot be read. */
    public static SourceLocation wholeFile(String file) {
        return new SourceLocation(file, 0, 0, "");
    }

    /** False for {@link #wholeFile}: the problem has no line and column. */
    public boolean hasPosition() {
        return line > 0;
    }

    /** The same place with another JSON pointer (a node an overlay moved into a document). */
    public SourceLocation withPointer(String newPointer) {
        return new SourceLocation(file, line, column, newPointer);
    }

    /** {@code file:line:column}, the form IDEs and terminals turn into links; only {@code file} without a position. */
    @Override
    public String toString() {
        return hasPosition() ? file + ":" + line + ":" + column : file;
    }

    /** How to point at this place from a message about {@code from}: {@code line 7} in the same file, else {@code file:line:column}. */
    public String seenFrom(SourceLocation from) {
        return file.equals(from.file) && hasPosition() ? "line " + line : toString();
    }

    /** {@code file:line:column} with the file shown relative to {@code base} when it lies below it. */
    public String toString(Path base) {
        String prefix = base.toAbsolutePath().normalize() + File.separator;
        String shown = file.startsWith(prefix) ? file.substring(prefix.length()) : file;
        return hasPosition() ? shown + ":" + line + ":" + column : shown;
    }
}
