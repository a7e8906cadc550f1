package io.asyncgen.core.link;

import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.model.BindingParameter;
import io.asyncgen.core.model.SecurityRequirement;
import io.asyncgen.core.model.SecurityScheme;
import io.asyncgen.core.model.SecurityScheme.KeyLocation;
import io.asyncgen.core.model.Server;
import io.asyncgen.core.model.ServerVariable;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.model.WsBinding;
import io.asyncgen.core.naming.InlineTypeNames;
import io.asyncgen.core.read.ListNode;
import io.asyncgen.core.read.MapNode;
import io.asyncgen.core.read.SpecDocuments;
import io.asyncgen.core.read.SpecNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Links what surrounds the messages: servers and their variables, security schemes, WebSocket bindings. */
final class EnvironmentLinker {
    private final SpecDocuments documents;
    private final Diagnostics diagnostics;
    private final SchemaLinker schemas;
    private final List<SecurityScheme> inlineSchemes = new ArrayList<>();
    private List<ComponentScheme> componentSchemes;

    EnvironmentLinker(SpecDocuments documents, Diagnostics diagnostics, SchemaLinker schemas) {
        this.documents = documents;
        this.diagnostics = diagnostics;
        this.schemas = schemas;
    }

    /** The servers of a 2.x document ({@code url}) or a 3.x one ({@code host} and {@code pathname}, as one URL). */
    List<Server> servers(MapNode root) {
        boolean v3 = !root.text("asyncapi").orElse("").startsWith("2.");
        List<Server> servers = new ArrayList<>();
        root.map("servers")
                .ifPresent(all -> all.members()
                        .forEach((name, node) -> mapping(node)
                                .ifPresent(s -> servers.add(new Server(
                                        name,
                                        v3
                                                ? s.text("host").orElse("")
                                                        + s.text("pathname").orElse("")
                                                : s.text("url").orElse(""),
                                        s.text("protocol").orElse(""),
                                        s.text("protocolVersion"),
                                        s.text("description"),
                                        variables(s),
                                        v3 ? security3(s, name) : Linker.requirements(s),
                                        SchemaFactsReader.extensions(s),
                                        s.location())))));
        return servers;
    }

    private List<ServerVariable> variables(MapNode server) {
        List<ServerVariable> variables = new ArrayList<>();
        server.map("variables")
                .ifPresent(all -> all.members()
                        .forEach((name, node) -> mapping(node)
                                .ifPresent(v -> variables.add(new ServerVariable(
                                        name,
                                        v.text("default"),
                                        texts(v.list("enum")),
                                        v.text("description"),
                                        texts(v.list("examples")))))));
        return variables;
    }

    /** The schemes of {@code components/securitySchemes}, then those written inline in a 3.x {@code security} list. */
    List<SecurityScheme> securitySchemes(MapNode root) {
        List<SecurityScheme> schemes = new ArrayList<>();
        componentSchemes().forEach(c -> schemes.add(scheme(c.key(), c.node())));
        schemes.addAll(inlineSchemes);
        return schemes;
    }

    /** A scheme of {@code components/securitySchemes} with its key. */
    private record ComponentScheme(String key, MapNode node) {}

    private List<ComponentScheme> componentSchemes() {
        if (componentSchemes == null) {
            List<ComponentScheme> found = new ArrayList<>();
            documentRoot()
                    .map("components")
                    .flatMap(c -> c.map("securitySchemes"))
                    .ifPresent(all -> all.members()
                            .forEach((key, node) ->
                                    mapping(node).ifPresent(s -> found.add(new ComponentScheme(key, s)))));
            componentSchemes = List.copyOf(found);
        }
        return componentSchemes;
    }

    /** The component key of a scheme reached through a reference (the very node, not an equal one). */
    private Optional<String> componentKey(MapNode scheme) {
        return componentSchemes().stream()
                .filter(c -> c.node() == scheme)
                .map(ComponentScheme::key)
                .findFirst();
    }

    /**
     * The requirements of a 3.x {@code security} list: each item a security scheme, by reference
     * (named by its component key, with the {@code scopes} it asks for) or written inline (named
     * {@code <owner>Security<n>} and added to the document's schemes).
     */
    List<SecurityRequirement> security3(MapNode owner, String ownerName) {
        List<SecurityRequirement> requirements = new ArrayList<>();
        List<SpecNode> items = owner.list("security").map(ListNode::items).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            Optional<MapNode> scheme = mapping(items.get(i));
            if (scheme.isEmpty()) {
                continue;
            }
            Optional<String> component = componentKey(scheme.get());
            String key = component.orElse(ownerName + "Security" + (i + 1));
            if (component.isEmpty()) {
                inlineSchemes.add(scheme(key, scheme.get()));
            }
            requirements.add(new SecurityRequirement(key, texts(scheme.get().list("scopes"))));
        }
        return requirements;
    }

    private MapNode documentRoot() {
        return (MapNode) documents.root().root();
    }

    private static SecurityScheme scheme(String key, MapNode s) {
        String type = s.text("type").orElse("");
        Optional<KeyLocation> in = s.text("in").flatMap(EnvironmentLinker::keyLocation);
        return switch (type) {
            // an 'in' the meta-schema check reports as wrong is read as the default, header
            case "httpApiKey" ->
                new SecurityScheme.HttpApiKey(
                        key,
                        s.text("name").orElse(""),
                        in.orElse(KeyLocation.HEADER),
                        s.text("description"),
                        s.location());
            case "http" ->
                new SecurityScheme.Http(
                        key,
                        s.text("scheme").orElse("bearer"),
                        s.text("bearerFormat"),
                        s.text("description"),
                        s.location());
            // 'apiKey' with in: header/query (an OpenAPI habit the meta-schema check reports) means httpApiKey
            case "apiKey" ->
                s.text("name").isPresent() && in.isPresent()
                        ? new SecurityScheme.HttpApiKey(
                                key, s.text("name").get(), in.get(), s.text("description"), s.location())
                        : new SecurityScheme.ApiKey(
                                key, s.text("in").orElse("user"), s.text("description"), s.location());
            default -> new SecurityScheme.Other(key, type, s.text("description"), s.location());
        };
    }

    /** An {@code httpApiKey}'s {@code in} ({@code header}, {@code query}, {@code cookie}); empty for anything else. */
    private static Optional<KeyLocation> keyLocation(String in) {
        return switch (in) {
            case "header" -> Optional.of(KeyLocation.HEADER);
            case "query" -> Optional.of(KeyLocation.QUERY);
            case "cookie" -> Optional.of(KeyLocation.COOKIE);
            default -> Optional.empty();
        };
    }

    List<SecurityRequirement> security(MapNode operation) {
        return Linker.requirements(operation);
    }

    /** The {@code ws} binding of a channel, with its query and header schemas as parameters. */
    Optional<WsBinding> wsBinding(MapNode channel, String base) {
        return channel.get("bindings")
                .flatMap(documents::deref)
                .filter(MapNode.class::isInstance)
                .map(MapNode.class::cast)
                .flatMap(b -> b.get("ws"))
                .flatMap(this::mapping)
                .map(ws -> new WsBinding(
                        ws.text("method"),
                        parameters(ws.get("query"), InlineTypeNames.bindingQuery(base)),
                        parameters(ws.get("headers"), InlineTypeNames.bindingHeaders(base)),
                        ws.text("bindingVersion")));
    }

    private List<BindingParameter> parameters(Optional<SpecNode> schemaNode, String suggested) {
        List<BindingParameter> parameters = new ArrayList<>();
        schemaNode.flatMap(this::mapping).ifPresent(schema -> {
            SchemaFacts f = schemas.facts(schema);
            f.properties().forEach((name, node) -> {
                Optional<MapNode> property = mapping(node);
                TypeDef type = schemas.link(node, InlineTypeNames.member(suggested, name))
                        .type();
                parameters.add(new BindingParameter(
                        name,
                        type,
                        f.required().contains(name),
                        property.flatMap(p -> schemas.facts(p).description()),
                        property.flatMap(p -> schemas.facts(p).defaultValue()).map(d -> d.asText()),
                        property.flatMap(p -> schemas.facts(p).fixedValue())));
            });
            if (f.properties().isEmpty() && !f.types().isEmpty() && !f.hasType("object")) {
                diagnostics.warning(schema.location(), "a ws binding's query and headers must be object schemas");
            }
        });
        return parameters;
    }

    private Optional<MapNode> mapping(SpecNode node) {
        return documents.deref(node).filter(MapNode.class::isInstance).map(MapNode.class::cast);
    }

    private static List<String> texts(Optional<ListNode> list) {
        return list.map(l -> l.items().stream().map(i -> i.toJson().asText()).toList())
                .orElse(List.of());
    }
}
