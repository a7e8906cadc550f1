package io.asyncgen.core.link;

import io.asyncgen.core.model.Discriminator;
import io.asyncgen.core.model.Message;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.model.TypeRef;
import io.asyncgen.core.read.MapNode;
import io.asyncgen.core.read.SpecDocuments;
import io.asyncgen.core.read.SpecNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What linking an operation means in every AsyncAPI version: its traits applied, its messages told apart. */
final class OperationParts {
    private final SpecDocuments documents;
    private final SchemaLinker schemas;

    OperationParts(SpecDocuments documents, SchemaLinker schemas) {
        this.documents = documents;
        this.schemas = schemas;
    }

    /** The operation with each of its {@code traits} merged in (JSON Merge Patch, in order). */
    MapNode withTraits(MapNode operation) {
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
    Optional<Discriminator> messageDiscriminator(List<Message> linked, MapNode at) {
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
}
