package io.asyncgen.runtime;

/**
 * A message could not be decoded at all (text that is not JSON); unknown content never causes
 * this: unknown event types, members and values decode to what keeps them.
 */
public final class DecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String input;
    private final int line;
    private final int column;

    public DecodeException(String message, String input, int line, int column) {
        super(line > 0 ? message + " (line " + line + ", column " + column + ")" : message);
        this.input = input;
        this.line = line;
        this.column = column;
    }

    /** The text that could not be decoded. */
    public String input() {
        return input;
    }

    /** 1-based line of the problem, or -1. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or -1. */
    public int column() {
        return column;
    }
}
