package io.asyncgen.runtime;

import io.asyncgen.runtime.internal.EndpointSupport;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * What opens one connection: the URI (query included) and the handshake headers, credentials
 * resolved. {@link #toString()} and {@link #redactedUri()} mask every secret: the values of
 * headers and query parameters that hold credentials, and of the ones whose names usually do
 * ({@code Authorization}, {@code api-key}, {@code token}, ...).
 */
public final class Handshake {
    private static final String MASK = "****";
    private static final Set<String> USUAL_SECRET_HEADERS = EndpointSupport.USUAL_SECRET_HEADERS;
    private static final Set<String> USUAL_SECRET_QUERY = EndpointSupport.USUAL_SECRET_QUERY;

    private final URI uri;
    private final Map<String, String> headers;
    private final Set<String> secretHeaders;
    private final Set<String> secretQuery;

    /**
     * @param secretHeaders names of further headers whose values are secret (any case)
     * @param secretQuery names of further query parameters whose values are secret (any case)
     */
    public Handshake(URI uri, Map<String, String> headers, Set<String> secretHeaders, Set<String> secretQuery) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        this.secretHeaders = lowerCase(secretHeaders, USUAL_SECRET_HEADERS);
        this.secretQuery = lowerCase(secretQuery, USUAL_SECRET_QUERY);
    }

    /** A handshake with no headers, for a test server. */
    public static Handshake of(URI uri) {
        return new Handshake(uri, Map.of(), Set.of(), Set.of());
    }

    /** The URI to open, credentials in the query included. */
    public URI uri() {
        return uri;
    }

    /** The handshake headers in the order they were set, credentials included. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The URI with the value of every secret query parameter shown as {@code ****}. */
    public String redactedUri() {
        String query = uri.getRawQuery();
        String base =
                uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
        if (query == null || query.isEmpty()) {
            return base;
        }
        StringJoiner shown = new StringJoiner("&", base + "?", "");
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            shown.add(equals >= 0 && isSecret(secretQuery, decode(name)) ? name + "=" + MASK : pair);
        }
        return shown.toString();
    }

    /** The headers with every secret value shown as {@code ****}. */
    public Map<String, String> redactedHeaders() {
        Map<String, String> shown = new LinkedHashMap<>();
        headers.forEach((name, value) -> shown.put(name, isSecret(secretHeaders, name) ? MASK : value));
        return shown;
    }

    @Override
    public String toString() {
        return "Handshake[uri=" + redactedUri() + ", headers=" + redactedHeaders() + "]";
    }

    private static boolean isSecret(Set<String> secrets, String name) {
        return secrets.contains(name.toLowerCase(Locale.ROOT));
    }

    private static String decode(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    private static Set<String> lowerCase(Set<String> names, Set<String> usual) {
        Set<String> all = new TreeSet<>(usual);
        names.forEach(n -> all.add(n.toLowerCase(Locale.ROOT)));
        return Collections.unmodifiableSet(all);
    }
}
