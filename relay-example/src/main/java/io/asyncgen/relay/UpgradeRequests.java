package io.asyncgen.relay;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;

/** Reads what a relay needs from Jetty's upgrade request. */
final class UpgradeRequests {
    private UpgradeRequests() {}

    /** The client's handshake: path, query, headers (names in lower case), subprotocols, address. */
    static ClientHandshake handshake(ServerUpgradeRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.putIfAbsent(field.getName().toLowerCase(Locale.ROOT), field.getValue());
        }
        return new ClientHandshake(
                request.getHttpURI().getPath(),
                query(request.getHttpURI().getQuery()),
                headers,
                request.getSubProtocols(),
                String.valueOf(request.getConnectionMetaData().getRemoteSocketAddress()));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                query.putIfAbsent(name, value);
            } catch (IllegalArgumentException malformed) {
                query.putIfAbsent(pair, "");
            }
        }
        return query;
    }
}
