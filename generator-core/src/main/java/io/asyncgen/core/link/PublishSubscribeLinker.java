package io.asyncgen.core.link;

import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.model.Action;
import io.asyncgen.core.model.Channel;
import io.asyncgen.core.model.ChannelParameter;
import io.asyncgen.core.model.Message;
import io.asyncgen.core.model.Operation;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.naming.JavaNames;
import io.asyncgen.core.read.MapNode;
import io.asyncgen.core.read.SpecDocuments;
import io.asyncgen.core.read.SpecNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Links the channels of an AsyncAPI 2.x document: each channel's name is its address, and its
 * {@code publish} (what the application receives) and {@code subscribe} (what it sends) are its
 * operations.
 */
final class PublishSubscribeLinker {
  private final SpecDocuments documents;
  private final Diagnostics diagnostics;
  private final SchemaLinker schemas;
  private final MessageLinker messages;
  private final EnvironmentLinker environment;
  private final OperationParts parts;

  PublishSubscribeLinker(SpecDocuments documents, Diagnostics diagnostics, SchemaLinker schemas,
      MessageLinker messages, EnvironmentLinker environment) {
    this.documents = documents;
    this.diagnostics = diagnostics;
    this.schemas = schemas;
    this.messages = messages;
    this.environment = environment;
    this.parts = new OperationParts(documents, schemas);
  }

  List<Channel> channels(MapNode root) {
    List<Channel> channels = new ArrayList<>();
    root.map("channels").ifPresent(all -> all.members().forEach((name, channel) ->
        diagnostics.within("in channel " + name, all.keyLocation(name),
            () -> channel(name, channel).ifPresent(channels::add))));
    return channels;
  }

  private Optional<Channel> channel(String name, SpecNode node) {
    Optional<MapNode> channel = documents.deref(node).filter(MapNode.class::isInstance).map(MapNode.class::cast);
    if (channel.isEmpty()) {
      return Optional.empty();
    }
    MapNode c = channel.get();
    String base = JavaNames.typeName(name);
    List<Operation> operations = new ArrayList<>();
    operation(c, Action.RECEIVE, base).ifPresent(operations::add);
    operation(c, Action.SEND, base).ifPresent(operations::add);
    return Optional.of(new Channel(name, Optional.of(name), c.text("description"), parameters(c, base),
        environment.wsBinding(c, base), operations,
        c.list("servers").map(l -> l.items().stream().map(s -> s.toJson().asText()).toList()).orElse(List.of()),
        SchemaFactsReader.extensions(c), c.location()));
  }

  private List<ChannelParameter> parameters(MapNode channel, String base) {
    List<ChannelParameter> parameters = new ArrayList<>();
    channel.map("parameters").ifPresent(all -> all.members().forEach((name, node) ->
        documents.deref(node).filter(MapNode.class::isInstance).map(MapNode.class::cast).ifPresent(p -> {
          TypeDef type = p.get("schema").map(s -> schemas.link(s, base + JavaNames.typeName(name)).type())
              .orElse(ScalarType.of(ScalarType.Kind.STRING));
          parameters.add(new ChannelParameter(name, p.text("description"), type, p.text("location")));
        })));
    return parameters;
  }

  private Optional<Operation> operation(MapNode channel, Action action, String channelName) {
    Optional<MapNode> found = channel.get(action.keyword2x()).flatMap(documents::deref)
        .filter(MapNode.class::isInstance).map(MapNode.class::cast);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    MapNode operation = parts.withTraits(found.get());
    Optional<String> operationId = operation.text("operationId");
    String what = operationId.map(id -> "in operation " + id).orElse("in the " + action.keyword2x() + " operation");
    return Optional.of(diagnostics.within(what, channel.keyLocation(action.keyword2x()),
        () -> linkOperation(operation, action, channelName)));
  }

  private Operation linkOperation(MapNode operation, Action action, String channelName) {
    Optional<String> operationId = operation.text("operationId");
    String suggested = operationId.map(JavaNames::typeName).orElse(channelName + JavaNames.typeName(action.keyword2x()))
        + "Message";
    List<Message> linked = operation.get("message").map(m -> messages.operationMessages(m, suggested))
        .orElse(List.of());
    return new Operation(action, operationId, operation.text("summary"), operation.text("description"),
        linked, parts.messageDiscriminator(linked, operation), environment.security(operation), Optional.empty(),
        Optional.empty(), SchemaFactsReader.extensions(operation), operation.location());
  }
}
