package io.asyncgen.core.link;

import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.model.Action;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Channel;
import io.asyncgen.core.model.ChannelParameter;
import io.asyncgen.core.model.Connection;
import io.asyncgen.core.model.Discriminator;
import io.asyncgen.core.model.Info;
import io.asyncgen.core.model.Message;
import io.asyncgen.core.model.Operation;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.model.SecurityRequirement;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.model.TypeRef;
import io.asyncgen.core.naming.JavaNames;
import io.asyncgen.core.read.MapNode;
import io.asyncgen.core.read.SpecDocuments;
import io.asyncgen.core.read.SpecNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Links a read document into the {@link AsyncApi} model: component schemas first (so they keep
 * their own names), then channels with their operations and messages, grouped into connections.
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
    Info documentInfo = new Info(info.text("title").orElse(""), info.text("version").orElse(""),
        info.text("description"));
    root.map("components").flatMap(c -> c.map("schemas")).ifPresent(components ->
        components.members().forEach((key, schema) -> diagnostics.within("in schema " + key,
            () -> schemas.link(schema, JavaNames.typeName(key)))));
    List<Channel> channels = new ArrayList<>();
    root.map("channels").ifPresent(all -> all.members().forEach((name, channel) ->
        diagnostics.within("in channel " + name, () -> channel(name, channel).ifPresent(channels::add))));
    return new AsyncApi(asyncapiVersion, documentInfo, root.text("defaultContentType"),
        environment.servers(root), connections(channels),
        MemberTypeClashes.resolve(schemas.types(), RecordLinker.GENERATED_MEMBERS), environment.securitySchemes(root),
        SchemaFactsReader.extensions(root), List.of());
  }

  private static List<Connection> connections(List<Channel> channels) {
    Map<String, List<Channel>> byAddress = new LinkedHashMap<>();
    channels.forEach(c -> byAddress.computeIfAbsent(c.address(), a -> new ArrayList<>()).add(c));
    List<Connection> connections = new ArrayList<>();
    byAddress.forEach((address, members) -> connections.add(new Connection(address, members)));
    return connections;
  }

  private Optional<Channel> channel(String name, SpecNode node) {
    Optional<MapNode> channel = documents.deref(node).filter(MapNode.class::isInstance).map(MapNode.class::cast);
    if (channel.isEmpty()) {
      return Optional.empty();
    }
    MapNode c = channel.get();
    String base = JavaNames.typeName(name);
    return Optional.of(new Channel(name, c.text("description"), parameters(c, base),
        environment.wsBinding(c, base), operation(c, Action.PUBLISH, base), operation(c, Action.SUBSCRIBE, base),
        c.list("servers").map(l -> l.items().stream().map(s -> s.toJson().asText()).toList()).orElse(List.of()),
        SchemaFactsReader.extensions(c), c.location()));
  }

  private List<ChannelParameter> parameters(MapNode channel, String base) {
    List<ChannelParameter> parameters = new ArrayList<>();
    channel.map("parameters").ifPresent(all -> all.members().forEach((name, node) ->
        documents.deref(node).filter(MapNode.class::isInstance).map(MapNode.class::cast).ifPresent(p -> {
          TypeDef type = p.get("schema").map(s -> schemas.link(s, base + JavaNames.typeName(name)).type())
              .orElse(io.asyncgen.core.model.ScalarType.of(io.asyncgen.core.model.ScalarType.Kind.STRING));
          parameters.add(new ChannelParameter(name, p.text("description"), type, p.text("location")));
        })));
    return parameters;
  }

  private Optional<Operation> operation(MapNode channel, Action action, String channelName) {
    Optional<MapNode> found = channel.get(action.keyword()).flatMap(documents::deref)
        .filter(MapNode.class::isInstance).map(MapNode.class::cast);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    MapNode operation = withTraits(found.get());
    Optional<String> operationId = operation.text("operationId");
    String suggested = operationId.map(JavaNames::typeName).orElse(channelName + JavaNames.typeName(action.keyword()))
        + "Message";
    List<Message> linked = operation.get("message").map(m -> messages.operationMessages(m, suggested))
        .orElse(List.of());
    return Optional.of(new Operation(action, operationId, operation.text("summary"), operation.text("description"),
        linked, messageDiscriminator(linked, operation), environment.security(operation),
        SchemaFactsReader.extensions(operation), operation.location()));
  }

  private MapNode withTraits(MapNode operation) {
    MapNode merged = operation;
    for (SpecNode trait : operation.list("traits").map(l -> l.items()).orElse(List.of())) {
      Optional<SpecNode> target = documents.deref(trait);
      if (target.isPresent() && target.get() instanceof MapNode traitMap) {
        merged = MergePatch.apply(merged, traitMap);
      }
    }
    return merged;
  }

  /** The property that tells an operation's messages apart, keyed by message key. */
  private Optional<Discriminator> messageDiscriminator(List<Message> linked, MapNode at) {
    if (linked.size() < 2 || !linked.stream().allMatch(m -> m.payload() instanceof TypeRef)) {
      return Optional.empty();
    }
    List<TypeDef> payloads = linked.stream().map(Message::payload).toList();
    Optional<Discriminator> byType = schemas.discriminator(payloads, at);
    return byType.map(d -> {
      Map<String, String> byMessage = new LinkedHashMap<>();
      for (Message message : linked) {
        RecordType payload = (RecordType) schemas.types().get(((TypeRef) message.payload()).name());
        byMessage.put(message.key(), d.values().get(payload.name()));
      }
      return new Discriminator(d.property(), byMessage, false);
    });
  }

  /** The requirements listed under {@code security} of an operation or server. */
  static List<SecurityRequirement> requirements(MapNode owner) {
    List<SecurityRequirement> requirements = new ArrayList<>();
    owner.list("security").ifPresent(list -> list.items().forEach(item -> {
      if (item instanceof MapNode requirement) {
        requirement.members().forEach((scheme, scopes) -> requirements.add(new SecurityRequirement(scheme,
            scopes instanceof io.asyncgen.core.read.ListNode l
                ? l.items().stream().map(s -> s.toJson().asText()).toList() : List.of())));
      }
    }));
    return requirements;
  }
}
