package io.asyncgen.relay;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The WebSocket upgrade request of a client: what a {@link ClientCheck} decides on and what hooks
 * may look at. It carries the client's credential; {@link #toString()} shows none.
 *
 * @param path the path asked for
 * @param query the query parameters (the first value of each)
 * @param headers the headers, names in lower case (the first value of each)
 * @param subprotocols the WebSocket subprotocols offered, in order
 * @param remoteAddress the client's address, as the server saw it
 */
public record ClientHandshake(
        String path,
        Map<String, String> query,
        Map<String, String> headers,
        List<String> subprotocols,
        String remoteAddress) {
    /**
     * The subprotocol prefix by which browsers send a key, since a browser's WebSocket cannot set
     * headers (the OpenAI SDK in a browser offers {@code realtime} and
     * {@code openai-insecure-api-key.<key>}).
     */
    public static final String KEY_SUBPROTOCOL_PREFIX = "openai-insecure-api-key.";

    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "api-key", "cookie", "x-api-key");

    public ClientHandshake {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        subprotocols = List.copyOf(subprotocols);
    }

    /**
     * The credential the client presented: {@code Authorization: Bearer <credential>}, the
     * {@code api-key} header, or (browsers) the subprotocol {@code openai-insecure-api-key.<credential>};
     * empty when it presented none.
     */
    public Optional<String> credential() {
        String authorization = headers.getOrDefault("authorization", "");
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(authorization.substring(7).strip());
        }
        if (headers.containsKey("api-key")) {
            return Optional.of(headers.get("api-key"));
        }
        return subprotocols.stream()
                .filter(p -> p.startsWith(KEY_SUBPROTOCOL_PREFIX))
                .map(p -> p.substring(KEY_SUBPROTOCOL_PREFIX.length()))
                .findFirst();
    }

    /** Everything but secrets: credential headers and the key subprotocol show as {@code ****}. */
    @Override
    public String toString() {
        Map<String, String> shownHeaders = new LinkedHashMap<>();
        headers.forEach((name, value) ->
                shownHeaders.put(name, SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "****" : value));
        List<String> shownProtocols = subprotocols.stream()
                .map(p -> p.startsWith(KEY_SUBPROTOCOL_PREFIX) ? KEY_SUBPROTOCOL_PREFIX + "****" : p)
                .toList();
        return "ClientHandshake[path=" + path + ", query=" + query + ", headers=" + shownHeaders + ", subprotocols="
                + shownProtocols + ", remoteAddress=" + remoteAddress + "]";
    }
}
