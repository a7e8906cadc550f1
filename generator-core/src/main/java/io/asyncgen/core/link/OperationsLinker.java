package io.asyncgen.core.link;

import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.diagnostic.Severity;
import io.asyncgen.core.diagnostic.SourceLocation;
import io.asyncgen.core.model.Action;
import io.asyncgen.core.model.Channel;
import io.asyncgen.core.model.ChannelParameter;
import io.asyncgen.core.model.Message;
import io.asyncgen.core.model.Operation;
import io.asyncgen.core.model.Perspective;
import io.asyncgen.core.model.Reply;
import io.asyncgen.core.naming.InlineTypeNames;
import io.asyncgen.core.naming.JavaNames;
import io.asyncgen.core.read.ListNode;
import io.asyncgen.core.read.MapNode;
import io.asyncgen.core.read.ScalarNode;
import io.asyncgen.core.read.SpecDocuments;
import io.asyncgen.core.read.SpecNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Links the channels and operations of an AsyncAPI 3.x document: every root channel with its
 * address, and every root operation placed on the channel it refers to, its {@code action} already
 * said from the application's side (turned around when the document describes a client, {@link
 * Perspective#CLIENT}). A {@code reply} is kept on its operation and also placed on
 * the reply channel as an operation of the opposite action, so its messages travel like any other.
 */
final class OperationsLinker extends ChannelLinker {
    private final Severity ruleSeverity;
    /** The root channels by key, in document order, with the operations found for each. */
    private final Map<String, ChannelDraft> channels = new LinkedHashMap<>();

    private final Map<SpecNode, String> channelKeys = new IdentityHashMap<>();

    /** A root channel while its operations are collected. */
    private record ChannelDraft(
            String key,
            SourceLocation keyLocation,
            MapNode node,
            List<Operation> operations,
            List<Operation> replies) {}

    OperationsLinker(
            SpecDocuments documents,
            Diagnostics diagnostics,
            SchemaLinker schemas,
            MessageLinker messages,
            EnvironmentLinker environment,
            Perspective perspective) {
        super(documents, diagnostics, schemas, messages, environment, perspective);
        this.ruleSeverity = documents.options().strict() ? Severity.ERROR : Severity.WARNING;
    }

    @Override
    List<Channel> channels(MapNode root) {
        root.map("channels")
                .ifPresent(all -> all.members()
                        .forEach((key, node) -> mapping(node).ifPresent(c -> {
                            channels.put(
                                    key,
                                    new ChannelDraft(
                                            key, all.keyLocation(key), c, new ArrayList<>(), new ArrayList<>()));
                            channelKeys.putIfAbsent(c, key);
                        })));
        root.map("operations")
                .ifPresent(all -> all.members()
                        .forEach((key, node) -> diagnostics.within(
                                "in operation " + key,
                                all.keyLocation(key),
                                () -> mapping(node).ifPresent(o -> operation(key, o)))));
        Map<SpecNode, String> servers = new IdentityHashMap<>();
        root.map("servers")
                .ifPresent(all -> all.members()
                        .forEach((name, node) -> mapping(node).ifPresent(s -> servers.putIfAbsent(s, name))));
        List<Channel> linked = new ArrayList<>();
        channels.values()
                .forEach(draft -> diagnostics.within(
                        "in channel " + draft.key(), draft.keyLocation(), () -> linked.add(channel(draft, servers))));
        return linked;
    }

    private Channel channel(ChannelDraft draft, Map<SpecNode, String> servers) {
        MapNode c = draft.node();
        Optional<String> address = c.get("address")
                .filter(a -> !(a instanceof ScalarNode s && s.kind() == ScalarNode.Kind.NULL))
                .map(a -> a.toJson().asText());
        List<Operation> operations = new ArrayList<>(draft.operations());
        operations.addAll(draft.replies());
        if (address.isEmpty() && !operations.isEmpty()) {
            diagnostics.warning(
                    c.location(),
                    "channel '" + draft.key() + "' has no address (it is known only at run"
                            + " time); its connection is generated under the channel's key '" + draft.key()
                            + "'; write the address"
                            + " if it is known");
        }
        // types of the ws binding are named from the address, as a 2.x channel's (whose name is its address)
        String base = InlineTypeNames.channel(address.orElse(draft.key()));
        List<String> serverNames = new ArrayList<>();
        c.list("servers")
                .map(ListNode::items)
                .orElse(List.of())
                .forEach(s -> mapping(s).map(servers::get).ifPresent(serverNames::add));
        List<ChannelParameter> parameters = channelParameters.of(c, base);
        return new Channel(
                draft.key(),
                address,
                c.text("description"),
                parameters,
                HandshakeParameters.withUnusedParameters(environment.wsBinding(c, base), address, parameters),
                operations,
                serverNames,
                SchemaFactsReader.extensions(c),
                c.location());
    }

    private void operation(String key, MapNode written) {
        MapNode operation = parts.withTraits(written);
        Optional<Action> action =
                operation.text("action").flatMap(OperationsLinker::action).map(perspective::serviceAction);
        Optional<ChannelDraft> channel = channelOf(operation, "operation '" + key + "'", "operation");
        if (action.isEmpty() || channel.isEmpty()) {
            return; // the meta-schema check reports a missing or wrong action and channel
        }
        String suggested = InlineTypeNames.operationMessage(key);
        List<Message> linked =
                operationMessages(operation.get("messages"), channel.get(), suggested, "operation '" + key + "'");
        Optional<Reply> reply =
                operation.get("reply").flatMap(this::mapping).flatMap(r -> reply(key, r, action.get(), channel.get()));
        channel.get()
                .operations()
                .add(new Operation(
                        action.get(),
                        Optional.of(key),
                        operation.text("summary"),
                        operation.text("description"),
                        linked,
                        parts.messageDiscriminator(linked, operation),
                        environment.security3(operation, key),
                        reply,
                        Optional.empty(),
                        SchemaFactsReader.extensions(operation),
                        written.location()));
    }

    private static Optional<Action> action(String keyword) {
        return switch (keyword) {
            case "send" -> Optional.of(Action.SEND);
            case "receive" -> Optional.of(Action.RECEIVE);
            default -> Optional.empty();
        };
    }

    /** The root channel an operation or reply's {@code channel} refers to; {@code kind} says which it is. */
    private Optional<ChannelDraft> channelOf(MapNode owner, String what, String kind) {
        Optional<SpecNode> ref = owner.get("channel");
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        Optional<MapNode> target = mapping(ref.get());
        if (target.isEmpty()) {
            return Optional.empty();
        }
        String key = channelKeys.get(target.get());
        if (key == null) {
            diagnostics.add(
                    ruleSeverity,
                    ref.get().location(),
                    "the channel of " + what + " is not one of the"
                            + " document's channels; refer to a channel under the root 'channels': $ref: '#/channels/<key>'"
                            + (ruleSeverity == Severity.WARNING ? " (the " + kind + " is left out)" : ""));
            return Optional.empty();
        }
        return Optional.of(channels.get(key));
    }

    /**
     * The messages an operation or reply lists, each checked to be one of its channel's messages;
     * all of the channel's messages when it lists none.
     */
    private List<Message> operationMessages(
            Optional<SpecNode> listed, ChannelDraft channel, String suggested, String what) {
        Map<String, SpecNode> channelMessages = new LinkedHashMap<>();
        channel.node().map("messages").ifPresent(m -> channelMessages.putAll(m.members()));
        List<Message> linked = new ArrayList<>();
        if (listed.isEmpty() || !(listed.get() instanceof ListNode list)) {
            channelMessages.forEach(
                    (key, node) -> messages.link(node, JavaNames.typeName(key)).ifPresent(linked::add));
            return linked;
        }
        List<SpecNode> ofChannel = channelMessages.values().stream()
                .map(this::target)
                .flatMap(Optional::stream)
                .toList();
        List<SpecNode> items = list.items();
        for (int i = 0; i < items.size(); i++) {
            SpecNode item = items.get(i);
            Optional<SpecNode> target = target(item);
            if (target.isPresent() && ofChannel.stream().noneMatch(m -> m == target.get())) {
                diagnostics.add(
                        ruleSeverity,
                        item.location(),
                        "this message of " + what + " is not one of the messages of"
                                + " channel '" + channel.key()
                                + "'; add it to the channel's messages and refer to it there:"
                                + " $ref: '#/channels/" + SpecNode.escape(channel.key()) + "/messages/<key>'");
            }
            messages.link(item, suggested + (items.size() > 1 ? String.valueOf(i + 1) : ""))
                    .ifPresent(linked::add);
        }
        return linked;
    }

    private Optional<Reply> reply(String key, MapNode reply, Action action, ChannelDraft requestChannel) {
        String what = "the reply of operation '" + key + "'";
        Optional<ChannelDraft> channel =
                reply.has("channel") ? channelOf(reply, what, "reply") : Optional.of(requestChannel);
        if (channel.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> channelAddress = channel.get()
                .node()
                .get("address")
                .filter(a -> !(a instanceof ScalarNode s && s.kind() == ScalarNode.Kind.NULL))
                .map(a -> a.toJson().asText());
        Optional<Reply.ReplyAddress> address = reply.get("address")
                .flatMap(this::mapping)
                .map(a -> new Reply.ReplyAddress(a.text("location").orElse(""), a.text("description"), a.location()));
        if (address.isPresent() && channelAddress.isPresent()) {
            // a warning even in strict mode: the official 3.0.0 adeo example does this, and the meaning is
            // clear (the address the request names wins); 3.1.0's version of the example fixed it
            diagnostics.warning(
                    reply.get("address").orElseThrow().location(),
                    what + " gives a reply address,"
                            + " but its channel '" + channel.get().key() + "' has the fixed address '"
                            + channelAddress.get() + "';"
                            + " the address the request names is used. With a reply address, write the reply channel's address as"
                            + " null or leave it out");
        }
        List<Message> linked =
                operationMessages(reply.get("messages"), channel.get(), InlineTypeNames.replyMessage(key), what);
        channel.get()
                .replies()
                .add(new Operation(
                        action.opposite(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        linked,
                        parts.messageDiscriminator(linked, reply),
                        List.of(),
                        Optional.empty(),
                        Optional.of(key),
                        SchemaFactsReader.extensions(reply),
                        reply.location()));
        return Optional.of(new Reply(channel.get().key(), channelAddress, address, linked, reply.location()));
    }

    /** The node a reference leads to, the node itself when it is none. */
    private Optional<SpecNode> target(SpecNode node) {
        return documents.deref(node);
    }

    private Optional<MapNode> mapping(SpecNode node) {
        return documents.deref(node).filter(MapNode.class::isInstance).map(MapNode.class::cast);
    }
}
