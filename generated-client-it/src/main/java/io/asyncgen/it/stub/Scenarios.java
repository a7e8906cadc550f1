package io.asyncgen.it.stub;

/**
 * The scenarios a client selects with the handshake's query parameter {@code scenario}, and the
 * data they send, so tests can check what arrived against what was sent.
 */
public final class Scenarios {
    /** The default: a scripted assistant. */
    public static final String ASSISTANT = "assistant";
    /** Replays {@code recording} line by line, then closes normally. */
    public static final String REPLAY = "replay";
    /** Closes the connection with {@link #CLOSE_CODE} after two text deltas of a response. */
    public static final String CLOSE_MID_RESPONSE = "close-mid-response";
    /** Sends {@link #MALFORMED_FRAME} after the first text delta of a response. */
    public static final String MALFORMED = "malformed";
    /** Sends an event of type {@link #UNKNOWN_EVENT_TYPE} after the first text delta of a response. */
    public static final String UNKNOWN_EVENT = "unknown-event";
    /** Sends one text delta of {@link #longText()} as one message in {@link #FRAGMENTS} frames. */
    public static final String FRAGMENTED = "fragmented";
    /** Sends one audio delta of {@link #bigFramePcm()} (10 MiB of base64) as a single frame. */
    public static final String BIG_FRAME = "big-frame";
    /** Sends {@code count} (default 100,000) text deltas, then the rest of the response. */
    public static final String BURST = "burst";
    /**
     * On the first connection of a {@code conn} id, closes with {@link #RESTART_CODE} right after
     * answering the first {@code session.update}, as a service restarting; later connections with
     * the same id (a client reconnecting) are served as usual.
     */
    public static final String RESTART_AFTER_UPDATE = "restart-after-update";

    public static final int CLOSE_CODE = 1011;
    public static final int RESTART_CODE = 1012;
    public static final String RESTART_REASON = "stub: service restart";
    public static final String CLOSE_REASON = "stub: server closed mid-response";
    public static final String MALFORMED_FRAME = "{\"type\":\"response.output_text.delta\",\"delta\":\"cut off";
    public static final String UNKNOWN_EVENT_TYPE = "response.output_text.annotation.added";
    public static final int FRAGMENTS = 1000;

    private Scenarios() {}

    /** 7.5 MiB of PCM16 (163,840 ms of a 440 Hz tone): 10 MiB once base64-encoded. */
    public static byte[] bigFramePcm() {
        return Pcm16.sine(440, 163_840, 0.5);
    }

    /** 64 Ki characters of multi-byte text (accents, CJK, emoji: surrogate pairs). */
    public static String longText() {
        StringBuilder text = new StringBuilder();
        int line = 0;
        while (text.length() < 65_536) {
            text.append("Grüße ").append(line++).append(", 世界! 😀 ");
        }
        return text.toString();
    }
}
