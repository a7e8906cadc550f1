package io.asyncgen.core.link;

import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Channel;
import io.asyncgen.core.model.Connection;
import io.asyncgen.core.model.Info;
import io.asyncgen.core.model.Perspective;
import io.asyncgen.core.model.SecurityRequirement;
import io.asyncgen.core.naming.JavaNames;
import io.asyncgen.core.naming.MemberTypeClashes;
import io.asyncgen.core.read.ListNode;
import io.asyncgen.core.read.MapNode;
import io.asyncgen.core.read.SpecDocuments;
import io.asyncgen.core.read.SpecNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links a read document into the {@link AsyncApi} model: component schemas first (so they keep
 * their own names), then channels with their operations and messages (2.x: {@link
 * PublishSubscribeLinker}, 3.x: {@link OperationsLinker}), grouped into connections by address. Every
 * operation's action is the service's, whichever {@link Perspective} the document is written from.
 */
public final class Linker {
    private final SpecDocuments documents;
    private final Diagnostics diagnostics;
    private final SchemaLinker schemas;
    private final MessageLinker messages;
    private final EnvironmentLinker environment;

    public Linker(SpecDocuments documents, Diagnostics diagnostics) {
        this.documents = documents;
        this.diagnostics = diagnostics;
        this.schemas = new SchemaLinker(documents, diagnostics);
        this.messages = new MessageLinker(documents, diagnostics, schemas);
        this.environment = new EnvironmentLinker(documents, diagnostics, schemas);
    }

    /** Links the root document; problems go to the diagnostics given to the constructor. */
    public AsyncApi link(String asyncapiVersion) {
        MapNode root = (MapNode) documents.root().root();
        MapNode info = root.map("info").orElse(new MapNode(root.location(), Map.of(), Map.of()));
        PackageExtension.check(documents, diagnostics);
        Perspective perspective = PerspectiveExtension.decide(documents, diagnostics);
        Info documentInfo =
                new Info(info.text("title").orElse(""), info.text("version").orElse(""), info.text("description"));
        // a 3.x multi-format schema ({schemaFormat, schema}) is linked where a message uses it, in its own language
        root.map("components")
                .flatMap(c -> c.map("schemas"))
                .ifPresent(components -> components
                        .members()
                        .forEach((key, schema) ->
                                diagnostics.within("in schema " + key, components.keyLocation(key), () -> {
                                    if (!isMultiFormat(schema)) {
                                        schemas.link(schema, JavaNames.typeName(key));
                                    }
                                })));
        List<Channel> channels = asyncapiVersion.startsWith("2.")
                ? new PublishSubscribeLinker(documents, diagnostics, schemas, messages, environment, perspective)
                        .channels(root)
                : new OperationsLinker(documents, diagnostics, schemas, messages, environment, perspective)
                        .channels(root);
        return new AsyncApi(
                asyncapiVersion,
                perspective,
                documentInfo,
                root.text("defaultContentType"),
                environment.servers(root),
                connections(channels),
                MemberTypeClashes.resolve(schemas.types()),
                environment.securitySchemes(root),
                SchemaFactsReader.extensions(root),
                List.of());
    }

    private boolean isMultiFormat(SpecNode schema) {
        return documents
                .deref(schema)
                .filter(MapNode.class::isInstance)
                .map(MapNode.class::cast)
                .filter(m -> m.has("schemaFormat") && m.has("schema"))
                .isPresent();
    }

    private static List<Connection> connections(List<Channel> channels) {
        Map<String, List<Channel>> byAddress = new LinkedHashMap<>();
        channels.forEach(c -> byAddress
                .computeIfAbsent(c.connectionAddress(), a -> new ArrayList<>())
                .add(c));
        List<Connection> connections = new ArrayList<>();
        byAddress.forEach((address, members) -> connections.add(new Connection(address, members)));
        return connections;
    }

    /** The requirements listed under {@code security} of an operation or server. */
    static List<SecurityRequirement> requirements(MapNode owner) {
        List<SecurityRequirement> requirements = new ArrayList<>();
        owner.list("security")
                .ifPresent(list -> list.items().forEach(item -> {
                    if (item instanceof MapNode requirement) {
                        requirement
                                .members()
                                .forEach((scheme, scopes) -> requirements.add(new SecurityRequirement(
                                        scheme,
                                        scopes instanceof ListNode l
                                                ? l.items().stream()
                                                        .map(s -> s.toJson().asText())
                                                        .toList()
                                                : List.of())));
                    }
                }));
        return requirements;
    }
}
