package io.asyncgen.core.link;

import com.fasterxml.jackson.databind.JsonNode;
import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.diagnostic.SourceLocation;
import io.asyncgen.core.model.CorrelationId;
import io.asyncgen.core.model.JsonType;
import io.asyncgen.core.model.Message;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.naming.InlineTypeNames;
import io.asyncgen.core.naming.JavaNames;
import io.asyncgen.core.naming.NameScope;
import io.asyncgen.core.read.ListNode;
import io.asyncgen.core.read.MapNode;
import io.asyncgen.core.read.SpecDocuments;
import io.asyncgen.core.read.SpecNode;
import io.asyncgen.core.read.SpecRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links message objects: applies their traits, names them, links payload and headers. A message
 * used by several operations is linked once. {@code messageId}s must be unique.
 */
final class MessageLinker {
    /**
     * A component message, a message at the top of a fragment file ({@code messages.yaml#/likeComment})
     * or a message written in a 3.x channel's {@code messages}: named by its key.
     */
    private static final Pattern COMPONENT = Pattern.compile(
            "^(?:/components/messages|/channels/[^/]+/messages|/components/channels/[^/]+/messages)?/([^/]+)$");

    private final SpecDocuments documents;
    private final Diagnostics diagnostics;
    private final PayloadSchemas payloads;
    private final NameScope keys = NameScope.forTypes();
    private final Map<SpecNode, Message> linked = new IdentityHashMap<>();
    private final Map<String, SourceLocation> messageIds = new HashMap<>();

    MessageLinker(SpecDocuments documents, Diagnostics diagnostics, SchemaLinker schemas) {
        this.documents = documents;
        this.diagnostics = diagnostics;
        this.payloads = new PayloadSchemas(documents, diagnostics, schemas);
    }

    /** The messages of an operation's {@code message}: one message, or each of its {@code oneOf}. */
    List<Message> operationMessages(SpecNode messageNode, String suggested) {
        Optional<SpecNode> target = documents.deref(messageNode);
        if (target.isEmpty() || !(target.get() instanceof MapNode map)) {
            target.ifPresent(
                    t -> diagnostics.error(t.location(), "a message must be a mapping, but this is " + t.kindName()));
            return List.of();
        }
        Optional<ListNode> oneOf = map.list("oneOf");
        if (oneOf.isPresent()) {
            List<Message> messages = new ArrayList<>();
            List<SpecNode> items = oneOf.get().items();
            for (int i = 0; i < items.size(); i++) {
                link(items.get(i), suggested + (i + 1)).ifPresent(messages::add);
            }
            return messages;
        }
        return link(messageNode, suggested).stream().toList();
    }

    Optional<Message> link(SpecNode node, String suggested) {
        Optional<SpecNode> target = documents.deref(node);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        if (!(target.get() instanceof MapNode original)) {
            diagnostics.error(
                    target.get().location(),
                    "a message must be a mapping, but this is " + target.get().kindName());
            return Optional.empty();
        }
        Message known = linked.get(original);
        if (known != null) {
            return Optional.of(known);
        }
        MapNode message = withTraits(original);
        String key = keys.allocate(preferredKey(original, message).orElse(suggested));
        return Optional.of(diagnostics.within(
                "in message " + key, original.location(), () -> linkMessage(original, message, key)));
    }

    private Message linkMessage(MapNode original, MapNode message, String key) {
        checkUniqueMessageId(message);
        // 2.x: the message's schemaFormat applies to its payload; 3.x: each schema may say its own
        TypeDef payload = message.get("payload")
                .map(p -> payloads.link(p, message.get("schemaFormat"), InlineTypeNames.payload(key)))
                .orElse(new JsonType());
        Optional<TypeDef> headers =
                message.get("headers").map(h -> payloads.link(h, Optional.empty(), InlineTypeNames.headers(key)));
        Message linkedMessage = new Message(
                key,
                message.text("messageId"),
                message.text("name"),
                message.text("title"),
                message.text("summary"),
                message.text("description"),
                message.text("contentType"),
                payload,
                headers,
                correlationId(message),
                bindings(message),
                message.bool("deprecated").orElse(false),
                SchemaFactsReader.extensions(message),
                original.location());
        linked.put(original, linkedMessage);
        return linkedMessage;
    }

    private MapNode withTraits(MapNode message) {
        Optional<ListNode> traits = message.list("traits");
        if (traits.isEmpty()) {
            return message;
        }
        MapNode merged = message;
        for (SpecNode trait : traits.get().items()) {
            Optional<SpecNode> target = documents.deref(trait);
            if (target.isPresent() && target.get() instanceof MapNode traitMap) {
                merged = MergePatch.apply(merged, traitMap);
            }
        }
        return merged;
    }

    private void checkUniqueMessageId(MapNode message) {
        message.get("messageId").ifPresent(idNode -> {
            String id = message.text("messageId").orElse("");
            SourceLocation first = messageIds.putIfAbsent(id, idNode.location());
            if (first != null) {
                diagnostics.error(
                        idNode.location(),
                        "duplicate messageId '" + id + "' (also used at " + first.seenFrom(idNode.location())
                                + "); every messageId must be unique in a document");
            }
        });
    }

    private static Optional<String> preferredKey(MapNode original, MapNode message) {
        Optional<String> javaName = message.text("x-java-name");
        if (javaName.isPresent()) {
            return javaName.map(JavaNames::chosenTypeName);
        }
        Optional<String> chosen =
                message.text("messageId").or(() -> message.text("name")).map(JavaNames::typeName);
        Matcher component = COMPONENT.matcher(original.pointer());
        if (component.matches()) {
            String key = SpecNode.unescape(component.group(1));
            // a key the specification does not allow (Deepgram's 'subpackage_agent/v1.agent.v1-server-18-AgentV1Audio')
            // was made by a tool, not chosen: the message's own messageId or name says what it is
            if (!SpecRules.isComponentKey(key) && chosen.isPresent()) {
                return chosen;
            }
            return Optional.of(JavaNames.typeName(key));
        }
        return chosen;
    }

    private Optional<CorrelationId> correlationId(MapNode message) {
        return message.get("correlationId")
                .flatMap(documents::deref)
                .filter(MapNode.class::isInstance)
                .map(MapNode.class::cast)
                .map(c -> new CorrelationId(c.text("location").orElse(""), c.text("description"), c.location()));
    }

    private Map<String, JsonNode> bindings(MapNode message) {
        Map<String, JsonNode> bindings = new LinkedHashMap<>();
        message.get("bindings")
                .flatMap(documents::deref)
                .filter(MapNode.class::isInstance)
                .map(MapNode.class::cast)
                .ifPresent(b -> b.members().forEach((protocol, value) -> bindings.put(protocol, value.toJson())));
        return bindings;
    }
}
