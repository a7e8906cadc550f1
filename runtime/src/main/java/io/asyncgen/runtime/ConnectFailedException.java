package io.asyncgen.runtime;

import java.io.IOException;
import java.util.OptionalInt;

/**
 * A connection could not be opened: the message names the URL (secrets masked), what went wrong
 * and, when the server refused the WebSocket upgrade, its HTTP status and what that usually means.
 */
public final class ConnectFailedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String url;
    private final int status;

    /**
     * @param url the URL as safe to show ({@link Handshake#redactedUri()})
     * @param status the HTTP status that refused the upgrade, or -1
     * @param problem what went wrong, in a few words ("connection refused", "no answer within 10 s")
     */
    public ConnectFailedException(String url, int status, String problem, Throwable cause) {
        super("cannot connect to " + url + ": " + problem + hint(status), cause);
        this.url = url;
        this.status = status;
    }

    /** The URL that was tried, secrets masked. */
    public String url() {
        return url;
    }

    /** The HTTP status with which the server refused the WebSocket upgrade, if it answered one. */
    public OptionalInt httpStatus() {
        return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** What a refused upgrade's status usually means, for the message. */
    static String hint(int status) {
        if (status == 401 || status == 403) {
            return ": the server refused the credentials; check the API key or token, and that it is for this resource";
        }
        if (status == 404) {
            return ": no such path; check the server URL, the path, the API version and the deployment or model name";
        }
        if (status == 400) {
            return ": the server refused the request; check the query parameters (API version, model)";
        }
        if (status == 429) {
            return ": rate limited; retry later";
        }
        if (status >= 500) {
            return ": the server failed; retry later";
        }
        return "";
    }
}
