package io.asyncgen.it.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;

/** How the realtime services apply {@code session.update}: the changes merged into the current session. */
public final class JsonMerge {
    private JsonMerge() {}

    /**
     * {@code changes} into {@code target}: objects member by member, anything else (an explicit null
     * too) replaces. An object whose {@code type} differs from the current one's is another member of
     * a union ({@code turn_detection} from {@code server_vad} to {@code semantic_vad}, an audio format,
     * a truncation strategy): it replaces the current one whole, as the services do, so no member of
     * the old type survives.
     */
    public static void into(ObjectNode target, JsonNode changes) {
        for (Map.Entry<String, JsonNode> member : changes.properties()) {
            JsonNode current = target.get(member.getKey());
            JsonNode change = member.getValue();
            if (current instanceof ObjectNode object && change.isObject() && sameType(object, change)) {
                into(object, change);
            } else {
                target.set(member.getKey(), change.deepCopy());
            }
        }
    }

    /** Whether {@code change} keeps the union member of {@code current}: it names no type, or the same one. */
    private static boolean sameType(JsonNode current, JsonNode change) {
        return !change.has("type") || Objects.equals(current.get("type"), change.get("type"));
    }
}
