package io.asyncgen.cli;

import io.asyncgen.core.codegen.GeneratedTypes;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Connection;
import io.asyncgen.core.model.Message;
import io.asyncgen.core.model.NamedType;
import io.asyncgen.core.model.Operation;
import io.asyncgen.core.model.SecurityScheme;
import io.asyncgen.core.model.UnionType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What {@code describe} derives from the model, the same for its text and its JSON. */
final class DescriptionFacts {
    private static final int SHORT = 100;

    private DescriptionFacts() {}

    /**
     * A union whose members a property's value tells apart.
     *
     * @param of {@code messages} for a message union, {@code schemas} for a {@code oneOf} of schemas
     * @param declared the document names the property ({@code discriminator: type}); otherwise every
     *     member fixes it with a single-value {@code enum} or {@code const}
     */
    record FoundDiscriminator(String union, String of, String property, boolean declared, int members) {}

    static int messageCount(AsyncApi api) {
        Set<Message> messages = new LinkedHashSet<>();
        api.connections().forEach(c -> c.operations().forEach(o -> messages.addAll(o.messages())));
        return messages.size();
    }

    /** The message unions told apart by a property, then the schema unions, in document order. */
    static List<FoundDiscriminator> discriminators(AsyncApi api, GeneratedTypes generated) {
        List<FoundDiscriminator> found = new ArrayList<>();
        for (GeneratedTypes.ConnectionTypes connection : generated.connections()) {
            for (GeneratedTypes.UnionTypes union : connection.unions()) {
                if (union.discriminator().isPresent()) {
                    boolean declared = operations(connection.connection(), union).stream()
                            .anyMatch(o ->
                                    o.discriminator().map(d -> d.declared()).orElse(false));
                    int members = (int) union.messages().stream()
                            .filter(m -> m.discriminatorValue().isPresent())
                            .count();
                    found.add(new FoundDiscriminator(
                            union.union(), "messages", union.discriminator().get(), declared, members));
                }
            }
        }
        for (NamedType type : api.types().values()) {
            if (type instanceof UnionType union && union.discriminator().isPresent()) {
                found.add(new FoundDiscriminator(
                        union.name(),
                        "schemas",
                        union.discriminator().get().property(),
                        union.discriminator().get().declared(),
                        union.discriminator().get().values().size()));
            }
        }
        return found;
    }

    private static List<Operation> operations(Connection connection, GeneratedTypes.UnionTypes union) {
        return connection.operations().stream()
                .filter(o -> o.action() == union.action())
                .toList();
    }

    /** How a security scheme's credential travels in the handshake. */
    static String sends(SecurityScheme scheme) {
        if (scheme instanceof SecurityScheme.HttpApiKey key) {
            String place = switch (key.in()) {
                case QUERY -> "query parameter ";
                case COOKIE -> "cookie ";
                case HEADER -> "header ";
            };
            return "API key in " + place + key.name();
        }
        if (scheme instanceof SecurityScheme.Http http) {
            String kind = http.scheme().toLowerCase(Locale.ROOT);
            String format = http.bearerFormat().map(f -> " (" + f + ")").orElse("");
            return switch (kind) {
                case "bearer" -> "bearer token" + format + " in header Authorization";
                case "basic" -> "basic credentials in header Authorization";
                default -> kind + " credentials in header Authorization";
            };
        }
        if (scheme instanceof SecurityScheme.ApiKey key) {
            return "API key as the " + key.in() + " of the protocol (not part of a WebSocket handshake)";
        }
        return ((SecurityScheme.Other) scheme).type() + " (not part of a WebSocket handshake)";
    }

    /** The first line of a description, shortened for one line of output; null when there is none. */
    static String firstLine(Optional<String> description) {
        String line = description
                .map(d -> d.strip().lines().findFirst().orElse("").strip())
                .orElse("");
        if (line.isEmpty()) {
            return null;
        }
        return line.length() <= SHORT ? line : line.substring(0, SHORT - 3).stripTrailing() + "...";
    }
}
