package io.asyncgen.it.demo;

import java.io.PrintStream;

/**
 * The demo's output: one line per event ({@code ->} sent, {@code <-} received), deltas streamed
 * onto one line as they arrive, and the conversation itself ({@code user:}, {@code assistant:}).
 * Called from the main thread and the transport's thread, so every method takes the lock.
 */
final class Transcript {
    private static final int TYPE_WIDTH = 42;

    private final PrintStream out;
    private String streaming;
    private int deltas;

    Transcript(PrintStream out) {
        this.out = out;
    }

    synchronized void note(String text) {
        endStream();
        out.println(text);
    }

    synchronized void sent(String type, String detail) {
        line("-> ", type, detail);
    }

    synchronized void received(String type, String detail) {
        line("<- ", type, detail);
    }

    /** A delta: printed on the line of the previous delta of the same type. */
    synchronized void delta(String type, String text) {
        if (!type.equals(streaming)) {
            endStream();
            out.print(pad("<- " + type));
            streaming = type;
        }
        deltas++;
        out.print(text.replace('\n', ' '));
        out.flush();
    }

    /** A line of the conversation itself; a user's turn starts a paragraph. */
    synchronized void said(String who, String text) {
        endStream();
        if (who.equals("user")) {
            out.println();
        }
        out.println(who + ": " + text);
    }

    synchronized void endStream() {
        if (streaming != null) {
            out.println("   (" + deltas + (deltas == 1 ? " delta)" : " deltas)"));
            streaming = null;
            deltas = 0;
        }
    }

    private void line(String arrow, String type, String detail) {
        endStream();
        out.println(detail == null || detail.isEmpty() ? arrow + type : pad(arrow + type) + detail);
    }

    private static String pad(String text) {
        return text.length() >= TYPE_WIDTH ? text + " " : text + " ".repeat(TYPE_WIDTH - text.length());
    }
}
