package io.asyncgen.cli;

import io.asyncgen.core.codegen.GeneratedTypes;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.BindingParameter;
import io.asyncgen.core.model.ChannelParameter;
import io.asyncgen.core.model.Direction;
import io.asyncgen.core.model.SecurityScheme;
import io.asyncgen.core.model.Server;
import io.asyncgen.core.model.ServerVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code describe} prints by default: per connection the classes generated for it, what
 * opening it takes (servers, variables, query parameters, headers, security), and per direction
 * every message with the value that names it on the wire and the class it decodes to; then the
 * discriminators found.
 */
final class DescriptionText {
    private static final String INDENT = "  ";

    private final List<String> lines = new ArrayList<>();

    private DescriptionText() {}

    static String of(AsyncApi api, GeneratedTypes generated) {
        DescriptionText text = new DescriptionText();
        text.header(api, generated);
        generated.connections().forEach(text::connection);
        text.discriminators(DescriptionFacts.discriminators(api, generated));
        return String.join(System.lineSeparator(), text.lines) + System.lineSeparator();
    }

    private void header(AsyncApi api, GeneratedTypes generated) {
        lines.add(api.info().title() + " " + api.info().version() + " (AsyncAPI " + api.asyncapiVersion() + "): "
                + count(generated.connections().size(), "connection") + ", "
                + count(DescriptionFacts.messageCount(api), "message")
                + ", " + count(api.types().size(), "type"));
    }

    private void connection(GeneratedTypes.ConnectionTypes types) {
        lines.add("");
        lines.add("connection " + types.connection().address());
        List<String> classes = new ArrayList<>();
        types.client().ifPresent(name -> classes.add("client " + name));
        types.endpoint().ifPresent(name -> classes.add("endpoint " + name));
        types.server().ifPresent(name -> classes.add("server " + name));
        lines.add(INDENT + String.join(", ", classes));
        List<String[]> settings = new ArrayList<>();
        GeneratedTypes.EndpointSettings endpoint = types.settings();
        for (Server server : endpoint.servers()) {
            settings.add(row("server", server.name(), GeneratedTypes.EndpointSettings.url(server)));
        }
        for (ServerVariable variable : endpoint.variables()) {
            String about = variable.defaultValue().map(d -> "default " + d).orElse("no default");
            if (!variable.allowedValues().isEmpty()) {
                about += ", one of " + String.join(", ", variable.allowedValues());
            }
            settings.add(row("variable", variable.name(), withDescription(about, variable.description())));
        }
        for (ChannelParameter parameter : endpoint.parameters()) {
            settings.add(row("path parameter", parameter.name(), withDescription("", parameter.description())));
        }
        endpoint.query().forEach(p -> settings.add(parameter("query", p)));
        endpoint.headers().forEach(p -> settings.add(parameter("header", p)));
        for (SecurityScheme scheme : endpoint.security()) {
            settings.add(row("security", scheme.key(), DescriptionFacts.sends(scheme)));
        }
        table(settings, INDENT + INDENT);
        types.unions().forEach(this::union);
    }

    private static String[] parameter(String kind, BindingParameter parameter) {
        String about = parameter.required() ? "required" : "optional";
        about += parameter.defaultValue().map(d -> ", default " + d).orElse("");
        return row(kind, parameter.name(), withDescription(about, parameter.description()));
    }

    private void union(GeneratedTypes.UnionTypes union) {
        lines.add("");
        String verb = union.direction() == Direction.OUTBOUND ? "sends" : "receives";
        lines.add(INDENT + "client " + verb + " " + count(union.messages().size(), "message") + ": " + union.union()
                + union.discriminator()
                        .map(p -> ", told apart by '" + p + "'")
                        .orElse(", told apart by the shape of their JSON")
                + " (" + union.codec() + ", "
                + union.handler() + ", " + union.dispatcher() + ")");
        List<String[]> rows = new ArrayList<>();
        rows.add(row(union.discriminator().orElse("name"), "class", "message"));
        for (GeneratedTypes.MessageClass message : union.messages()) {
            String wire = message.discriminatorValue()
                    .or(() -> message.message().name())
                    .orElse("-");
            rows.add(row(wire, message.javaClass(), message.message().key()));
        }
        table(rows, INDENT + INDENT);
    }

    private void discriminators(List<DescriptionFacts.FoundDiscriminator> found) {
        lines.add("");
        if (found.isEmpty()) {
            lines.add("discriminators: none (unions are told apart by the shape of their JSON)");
            return;
        }
        lines.add("discriminators");
        List<String[]> rows = new ArrayList<>();
        for (DescriptionFacts.FoundDiscriminator d : found) {
            String members = count(d.members(), d.of().equals("messages") ? "message" : "member");
            rows.add(row(
                    d.union(), "'" + d.property() + "'", members + ", " + (d.declared() ? "declared" : "detected")));
        }
        table(rows, INDENT);
    }

    /** Rows as aligned columns, the last one ragged. */
    private void table(List<String[]> rows, String indent) {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < row.length - 1; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.length; i++) {
                line.append(i < row.length - 1 ? String.format("%-" + widths[i] + "s  ", row[i]) : row[i]);
            }
            lines.add(line.toString().stripTrailing());
        }
    }

    private static String[] row(String... cells) {
        return cells;
    }

    private static String withDescription(String about, Optional<String> description) {
        String line = DescriptionFacts.firstLine(description);
        if (line == null) {
            return about;
        }
        return about.isEmpty() ? line : about + ": " + line;
    }

    private static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
