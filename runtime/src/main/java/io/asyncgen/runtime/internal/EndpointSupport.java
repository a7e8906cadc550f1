package io.asyncgen.runtime.internal;

import io.asyncgen.runtime.Credential;
import io.asyncgen.runtime.Handshake;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * What the generated endpoints share: filling URL templates, checking settings, resolving
 * credentials into a {@link Handshake}, describing an endpoint without its secrets. For generated
 * code only; not an API.
 */
public final class EndpointSupport {
    /** Headers (lower case) whose values are secret whatever the document says. */
    public static final Set<String> USUAL_SECRET_HEADERS =
            Set.of("authorization", "proxy-authorization", "cookie", "api-key", "x-api-key");
    /** Query parameters (lower case) whose values are secret whatever the document says. */
    public static final Set<String> USUAL_SECRET_QUERY =
            Set.of("api-key", "api_key", "apikey", "access_token", "token", "key");

    private static final String MASK = "****";

    private EndpointSupport() {}

    /** Where a credential goes in the handshake. */
    public enum Place {
        HEADER,
        QUERY
    }

    /**
     * A credential and where it goes: header or query parameter {@code name}, its value written as
     * {@code prefix + secret} ({@code Bearer <token>}).
     */
    public record CredentialSlot(Place place, String name, String prefix, Credential credential) {
        public CredentialSlot {
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(credential, "credential");
        }
    }

    /** Replaces every {@code {name}} of {@code template}; a name without a value is a problem. */
    public static String fill(String template, Function<String, String> values, String kind, List<String> problems) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        int open = template.indexOf('{');
        while (open >= 0 && template.indexOf('}', open) > open) {
            int close = template.indexOf('}', open);
            String name = template.substring(open + 1, close);
            String value = values.apply(name);
            if (value == null) {
                problems.add(kind + " '" + name + "' is not set");
            }
            out.append(template, at, open).append(value == null ? "" : value);
            at = close + 1;
            open = template.indexOf('{', at);
        }
        return out.append(template, at, template.length()).toString();
    }

    /**
     * Checks a server variable's value: one of {@code allowed} when the document lists values, and
     * never a whole URL where the template wants a part of one.
     */
    public static void checkVariable(
            String name, String value, String template, List<String> allowed, List<String> problems) {
        if (value.contains("://")) {
            problems.add(
                    "server variable '" + name + "' is the part of " + template + " written {" + name + "}, not a URL: "
                            + "got '" + value + "'" + suggestion(name, value, template)
                            + "; for a whole URL, call serverUrl(String) instead");
        } else if (!allowed.isEmpty() && !allowed.contains(value)) {
            problems.add("server variable '" + name + "' is '" + value + "'; the document allows: "
                    + String.join(", ", allowed));
        }
    }

    /** {@code ; give 'my-res'} when {@code value} is the template filled in. */
    private static String suggestion(String name, String value, String template) {
        String marker = "{" + name + "}";
        int at = template.indexOf(marker);
        String before = stripScheme(template.substring(0, at));
        String after = template.substring(at + marker.length());
        String rest = stripScheme(value);
        int slash = rest.indexOf('/');
        String host = slash < 0 ? rest : rest.substring(0, slash);
        int suffix = after.indexOf('/') < 0 ? after.length() : after.indexOf('/');
        String hostAfter = after.substring(0, suffix);
        if (host.startsWith(before)
                && host.endsWith(hostAfter)
                && host.length() > before.length() + hostAfter.length()) {
            return "; give '" + host.substring(before.length(), host.length() - hostAfter.length()) + "'";
        }
        return "";
    }

    private static String stripScheme(String text) {
        int scheme = text.indexOf("://");
        return scheme < 0 ? text : text.substring(scheme + 3);
    }

    /**
     * A URL given with {@code serverUrl}: {@code ws}/{@code wss} as it is, {@code http}/{@code https}
     * turned into them (what the service's HTTP endpoint is for its WebSocket); else a problem.
     */
    public static String webSocketUrl(String url, List<String> problems) {
        String lower = url.toLowerCase(Locale.ROOT);
        String converted = lower.startsWith("https://")
                ? "wss://" + url.substring(8)
                : lower.startsWith("http://") ? "ws://" + url.substring(7) : url;
        try {
            URI uri = new URI(converted);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("ws") && !scheme.equals("wss") || uri.getHost() == null) {
                problems.add("serverUrl must be a ws:// or wss:// URL with a host, got '" + url + "'");
            }
        } catch (URISyntaxException e) {
            problems.add("serverUrl is not a URL: '" + url + "' (" + e.getReason() + ")");
        }
        return converted;
    }

    /** {@code base} with {@code path} appended (before a query the base may carry). */
    public static String join(String base, String path) {
        int question = base.indexOf('?');
        String baseQuery = question < 0 ? "" : base.substring(question);
        String basePath = question < 0 ? base : base.substring(0, question);
        String trimmed = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        return trimmed + (path.startsWith("/") ? path : "/" + path) + baseQuery;
    }

    /**
     * A number as a query parameter writes it: no exponent, no trailing zeros ({@code 1}, {@code 0.4},
     * {@code 24000}); {@code NaN} and the infinities as Java writes them.
     */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }

    /** A value as a URL path segment or query component. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Resolves the credentials (each fetched now) and builds the handshake; a query parameter with
     * several values is repeated ({@code keyterm=a&keyterm=b}).
     */
    public static CompletionStage<Handshake> handshake(
            String target,
            Map<String, List<String>> query,
            Map<String, String> headers,
            List<CredentialSlot> credentials,
            Set<String> secretHeaders,
            Set<String> secretQuery) {
        List<CompletableFuture<String>> fetched = new ArrayList<>();
        for (CredentialSlot slot : credentials) {
            fetched.add(slot.credential().fetch().toCompletableFuture());
        }
        return CompletableFuture.allOf(fetched.toArray(CompletableFuture[]::new))
                .thenApply(all -> {
                    Map<String, List<String>> fullQuery = new LinkedHashMap<>(query);
                    Map<String, String> fullHeaders = new LinkedHashMap<>(headers);
                    for (int i = 0; i < credentials.size(); i++) {
                        CredentialSlot slot = credentials.get(i);
                        String value = slot.prefix() + fetched.get(i).join();
                        if (slot.place() == Place.HEADER) {
                            fullHeaders.put(slot.name(), value);
                        } else {
                            fullQuery.put(slot.name(), List.of(value));
                        }
                    }
                    return new Handshake(
                            URI.create(withQuery(target, fullQuery, Set.of(), false)),
                            fullHeaders,
                            secretHeaders,
                            secretQuery);
                });
    }

    /**
     * {@code Name[uri=..., headers={...}]}, every credential and secret shown as {@code ****}: those of
     * the schemes, those named in {@code secretHeaders} and {@code secretQuery}, and those whose names
     * usually hold one ({@link #USUAL_SECRET_HEADERS}, {@link #USUAL_SECRET_QUERY}).
     */
    public static String describe(
            String name,
            String target,
            Map<String, List<String>> query,
            Map<String, String> headers,
            List<CredentialSlot> credentials,
            Set<String> secretHeaders,
            Set<String> secretQuery) {
        Map<String, List<String>> shownQuery = new LinkedHashMap<>(query);
        StringJoiner shownHeaders = new StringJoiner(", ", "{", "}");
        headers.forEach((header, value) -> shownHeaders.add(
                header + "=" + (isSecret(header, secretHeaders, USUAL_SECRET_HEADERS) ? MASK : value)));
        for (CredentialSlot slot : credentials) {
            if (slot.place() == Place.HEADER) {
                shownHeaders.add(slot.name() + "=" + MASK);
            } else {
                shownQuery.put(slot.name(), List.of(MASK));
            }
        }
        return name + "[uri=" + withQuery(target, shownQuery, secretQuery, true) + ", headers=" + shownHeaders + "]";
    }

    private static String withQuery(
            String target, Map<String, List<String>> query, Set<String> secretQuery, boolean masked) {
        if (query.isEmpty()) {
            return target;
        }
        StringJoiner joined = new StringJoiner("&", target + (target.contains("?") ? "&" : "?"), "");
        // a credential's value is MASK already; URL encoding leaves '*' as it is
        query.forEach((name, values) -> values.forEach(value -> joined.add(encode(name) + "="
                + (masked && isSecret(name, secretQuery, USUAL_SECRET_QUERY) ? MASK : encode(value)))));
        return joined.toString();
    }

    private static boolean isSecret(String name, Set<String> secrets, Set<String> usual) {
        String lower = name.toLowerCase(Locale.ROOT);
        return secrets.contains(lower) || usual.contains(lower);
    }
}
