package io.asyncgen.relay;

import io.asyncgen.runtime.ConnectFailedException;
import java.nio.charset.StandardCharsets;

/**
 * Which close code and reason the relay passes on to the other side (RFC 6455 and the IANA
 * registry): a code the receiving side's library may send goes on as it came; the others become
 * the nearest code it may send. Reasons are cut to the 123 bytes a close frame holds.
 */
final class CloseCodes {
    static final int NORMAL = 1000;
    static final int GOING_AWAY = 1001;
    /** The relay's upstream failed: IANA's "Bad Gateway". */
    static final int BAD_GATEWAY = 1014;

    private static final int NO_STATUS = 1005;
    private static final int MAX_REASON_BYTES = 123;

    private CloseCodes() {}

    /**
     * The code to close the upstream connection with after the client closed with {@code code}: the
     * JDK's WebSocket client sends only 1000, 1001, 1008, 1011 and 3000-4999; a close without a code
     * becomes 1000, any other code (the client's own protocol trouble with the relay) 1001.
     */
    static int towardUpstream(int code) {
        if (code == NORMAL || code == GOING_AWAY || code == 1008 || code == 1011 || (code >= 3000 && code <= 4999)) {
            return code;
        }
        return code == NO_STATUS ? NORMAL : GOING_AWAY;
    }

    /**
     * The code to close the client with after the upstream service closed with {@code code}: every
     * code a server may send goes on (1000-1003, 1007-1014, 3000-4999); a close without one becomes 1000.
     */
    static int towardClient(int code) {
        if ((code >= NORMAL && code <= 1003)
                || (code >= 1007 && code <= BAD_GATEWAY)
                || (code >= 3000 && code <= 4999)) {
            return code;
        }
        return code == NO_STATUS ? NORMAL : BAD_GATEWAY;
    }

    /** {@code reason} cut to what a close frame holds, never in the middle of a character. */
    static String reason(String reason) {
        if (reason.getBytes(StandardCharsets.UTF_8).length <= MAX_REASON_BYTES) {
            return reason;
        }
        StringBuilder cut = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < reason.length(); ) {
            int codePoint = reason.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_REASON_BYTES) {
                break;
            }
            cut.appendCodePoint(codePoint);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return cut.toString();
    }

    /**
     * What the client is told when the upstream connection failed: the HTTP status of a refused
     * upgrade, else that it failed. Never the upstream URL or a credential: those stay in the relay's log.
     */
    static String upstreamFailure(Throwable error, boolean opened) {
        if (error instanceof ConnectFailedException refused
                && refused.httpStatus().isPresent()) {
            return "upstream refused the connection: HTTP "
                    + refused.httpStatus().getAsInt();
        }
        return opened ? "upstream connection failed" : "upstream unreachable";
    }
}
