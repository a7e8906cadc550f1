package io.asyncgen.core.link;

import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.model.Action;
import io.asyncgen.core.model.Channel;
import io.asyncgen.core.model.ChannelParameter;
import io.asyncgen.core.model.Message;
import io.asyncgen.core.model.Operation;
import io.asyncgen.core.model.Perspective;
import io.asyncgen.core.naming.InlineTypeNames;
import io.asyncgen.core.read.MapNode;
import io.asyncgen.core.read.SpecDocuments;
import io.asyncgen.core.read.SpecNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Links the channels of an AsyncAPI 2.x document: each channel's name is its address, and its
 * {@code publish} (what the application receives) and {@code subscribe} (what it sends) are its
 * operations; when the document describes a client ({@link Perspective#CLIENT}), {@code publish} is
 * what the service sends.
 */
final class PublishSubscribeLinker extends ChannelLinker {

    PublishSubscribeLinker(
            SpecDocuments documents,
            Diagnostics diagnostics,
            SchemaLinker schemas,
            MessageLinker messages,
            EnvironmentLinker environment,
            Perspective perspective) {
        super(documents, diagnostics, schemas, messages, environment, perspective);
    }

    @Override
    List<Channel> channels(MapNode root) {
        List<Channel> channels = new ArrayList<>();
        root.map("channels")
                .ifPresent(all -> all.members()
                        .forEach((name, channel) -> diagnostics.within(
                                "in channel " + name,
                                all.keyLocation(name),
                                () -> channel(name, channel).ifPresent(channels::add))));
        return channels;
    }

    private Optional<Channel> channel(String name, SpecNode node) {
        Optional<MapNode> channel =
                documents.deref(node).filter(MapNode.class::isInstance).map(MapNode.class::cast);
        if (channel.isEmpty()) {
            return Optional.empty();
        }
        MapNode c = channel.get();
        String base = InlineTypeNames.channel(name);
        List<Operation> operations = new ArrayList<>();
        operation(c, "publish", base).ifPresent(operations::add);
        operation(c, "subscribe", base).ifPresent(operations::add);
        List<ChannelParameter> parameters = channelParameters.of(c, base);
        return Optional.of(new Channel(
                name,
                Optional.of(name),
                c.text("description"),
                parameters,
                HandshakeParameters.withUnusedParameters(environment.wsBinding(c, base), Optional.of(name), parameters),
                operations,
                c.list("servers")
                        .map(l ->
                                l.items().stream().map(s -> s.toJson().asText()).toList())
                        .orElse(List.of()),
                SchemaFactsReader.extensions(c),
                c.location()));
    }

    /** The {@code publish} or {@code subscribe} of a channel, its action turned to the service's side. */
    private Optional<Operation> operation(MapNode channel, String keyword, String channelName) {
        Action action = perspective.serviceAction(keyword.equals("publish") ? Action.RECEIVE : Action.SEND);
        Optional<MapNode> found = channel.get(keyword)
                .flatMap(documents::deref)
                .filter(MapNode.class::isInstance)
                .map(MapNode.class::cast);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MapNode operation = parts.withTraits(found.get());
        Optional<String> operationId = operation.text("operationId");
        String what = operationId.map(id -> "in operation " + id).orElse("in the " + keyword + " operation");
        return Optional.of(diagnostics.within(
                what, channel.keyLocation(keyword), () -> linkOperation(operation, keyword, action, channelName)));
    }

    private Operation linkOperation(MapNode operation, String keyword, Action action, String channelName) {
        Optional<String> operationId = operation.text("operationId");
        String suggested = InlineTypeNames.operationMessage(operationId, channelName, keyword);
        List<Message> linked = operation
                .get("message")
                .map(m -> messages.operationMessages(m, suggested))
                .orElse(List.of());
        return new Operation(
                action,
                operationId,
                operation.text("summary"),
                operation.text("description"),
                linked,
                parts.messageDiscriminator(linked, operation),
                environment.security(operation),
                Optional.empty(),
                Optional.empty(),
                SchemaFactsReader.extensions(operation),
                operation.location());
    }
}
