package io.asyncgen.it.stub.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.asyncgen.it.azure.AzureOpenAiRealtimeServer;
import io.asyncgen.it.azure.ConversationItem;
import io.asyncgen.it.azure.ConversationItemAddedEvent;
import io.asyncgen.it.azure.ConversationItemDeletedEvent;
import io.asyncgen.it.azure.ConversationItemDoneEvent;
import io.asyncgen.it.stub.Ids;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The conversation of one connection as the GA service keeps it: its items in order, each change
 * reported with the events the service sends. Used on the assistant's worker thread only.
 */
final class GaConversation {
    private final AzureOpenAiRealtimeServer session;
    private final Ids ids;
    private final List<ConversationItem> items = new ArrayList<>();

    GaConversation(AzureOpenAiRealtimeServer session, Ids ids) {
        this.session = session;
        this.ids = ids;
    }

    /** The id of any item (null for items without one). */
    static String id(ConversationItem item) {
        JsonNode id = item.toJson().get("id");
        return id == null || id.isNull() ? null : id.asText();
    }

    /** The items so far, oldest first (a live view: it grows as items are added). */
    List<ConversationItem> items() {
        return Collections.unmodifiableList(items);
    }

    /** Keeps an item whose {@code added} and {@code done} events were sent already (a response's output). */
    void keep(ConversationItem item) {
        items.add(item);
    }

    /** The id of the newest item, null while there is none. */
    String lastId() {
        return items.isEmpty() ? null : id(items.get(items.size() - 1));
    }

    /**
     * Adds an item the client sent or the server made, with the id and status the service fills in,
     * and reports it ({@code conversation.item.added}, {@code conversation.item.done}).
     */
    void add(ConversationItem item) {
        ObjectNode json = ((ObjectNode) item.toJson()).deepCopy();
        if (!json.hasNonNull("id")) {
            json.put("id", ids.next("item"));
        }
        if (json.has("type")
                && !json.has("status")
                && !"item_reference".equals(json.get("type").asText())) {
            json.put("status", "completed");
        }
        ConversationItem stored = ConversationItem.fromJson(json);
        String previous = lastId();
        items.add(stored);
        session.sendConversationItemAdded(ConversationItemAddedEvent.builder()
                .eventId(ids.next("event"))
                .previousItemId(previous)
                .item(stored)
                .build());
        session.sendConversationItemDone(ConversationItemDoneEvent.builder()
                .eventId(ids.next("event"))
                .previousItemId(previous)
                .item(stored)
                .build());
    }

    /** Deletes item {@code itemId} and reports it; false, and nothing sent, when there is no such item. */
    boolean delete(String itemId) {
        if (!items.removeIf(item -> itemId.equals(id(item)))) {
            return false;
        }
        session.sendConversationItemDeleted(ConversationItemDeletedEvent.builder()
                .eventId(ids.next("event"))
                .itemId(itemId)
                .build());
        return true;
    }
}
