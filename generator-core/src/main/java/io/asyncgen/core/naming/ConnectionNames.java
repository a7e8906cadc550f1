package io.asyncgen.core.naming;

import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Channel;
import io.asyncgen.core.model.Connection;
import io.asyncgen.core.model.Server;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name of each connection, which prefixes its {@code Client}, {@code Server} and
 * {@code Endpoint} (and its message unions when their operations name none):
 * <ol>
 *   <li>{@code x-java-name} on one of its channels;</li>
 *   <li>else {@code x-java-name} on its server, when exactly one server serves it and that server
 *       serves no other connection;</li>
 *   <li>else, when the document has one connection with messages, the document's
 *       {@code info.title} without a parenthesised part and a trailing "API"
 *       ({@code Azure OpenAI Realtime API (GA)} -> {@code AzureOpenAiRealtime});</li>
 *   <li>else its address ({@code /openai/v1/realtime} -> {@code OpenaiV1Realtime}, {@code /} -> {@code Root}).</li>
 * </ol>
 * Names are only suggestions: the caller allocates them in the package's scope.
 */
public final class ConnectionNames {
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^)]*\\)");
    private static final Pattern TRAILING_API = Pattern.compile("(?i)(^|[\\s\\-]+)APIs?\\s*$");

    private final Map<Connection, String> names = new IdentityHashMap<>();

    public ConnectionNames(AsyncApi api) {
        List<Connection> withMessages = api.connections().stream()
                .filter(c -> !c.operations().stream().allMatch(o -> o.messages().isEmpty()))
                .toList();
        for (Connection connection : api.connections()) {
            String name = channelName(connection)
                    .or(() -> serverName(api, connection))
                    .or(() -> withMessages.size() == 1 && withMessages.get(0) == connection
                            ? titleName(api)
                            : Optional.empty())
                    .orElseGet(() -> addressName(connection));
            names.put(connection, name);
        }
    }

    /** The base name of {@code connection} (no suffix). */
    public String of(Connection connection) {
        return names.computeIfAbsent(connection, ConnectionNames::addressName);
    }

    private static Optional<String> channelName(Connection connection) {
        return connection.channels().stream()
                .flatMap(c -> c.extensions().text("x-java-name").stream())
                .filter(name -> !name.isBlank())
                .findFirst()
                .map(JavaNames::chosenTypeName);
    }

    private static Optional<String> serverName(AsyncApi api, Connection connection) {
        Set<String> served = servers(api, connection);
        if (served.size() != 1) {
            return Optional.empty();
        }
        String only = served.iterator().next();
        boolean shared = api.connections().stream()
                .filter(c -> c != connection)
                .anyMatch(c -> servers(api, c).contains(only));
        if (shared) {
            return Optional.empty();
        }
        return api.servers().stream()
                .filter(s -> s.name().equals(only))
                .findFirst()
                .flatMap(s -> s.extensions().text("x-java-name"))
                .filter(name -> !name.isBlank())
                .map(JavaNames::chosenTypeName);
    }

    /** The servers a connection's channels name; a channel that names none is served by every server. */
    private static Set<String> servers(AsyncApi api, Connection connection) {
        Set<String> served = new LinkedHashSet<>();
        for (Channel channel : connection.channels()) {
            List<String> named = channel.servers().isEmpty()
                    ? api.servers().stream().map(Server::name).toList()
                    : new ArrayList<>(channel.servers());
            served.addAll(named);
        }
        return served;
    }

    static Optional<String> titleName(AsyncApi api) {
        String title = PARENTHESISED
                .matcher(api.info().title() == null ? "" : api.info().title())
                .replaceAll(" ");
        title = TRAILING_API.matcher(title.strip()).replaceFirst("").strip();
        String name = JavaNames.typeName(title);
        return title.isEmpty() || name.equals("Unnamed") || name.startsWith("_") ? Optional.empty() : Optional.of(name);
    }

    static String addressName(Connection connection) {
        String address = JavaNames.typeName(connection.address());
        return address.equals("Unnamed") ? "Root" : address;
    }
}
