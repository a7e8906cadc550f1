package io.asyncgen.relay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.asyncgen.runtime.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a replaced event becomes on the wire: the JSON that was received, with exactly the members
 * that differ between the decoded event and its replacement changed (set, replaced or removed).
 * Both are encoded by the same generated code, so their difference is what the hook did; the
 * members it did not touch keep the received text's values, numbers with their digits
 * ({@code 1.10} stays {@code 1.10}, {@code 1} stays {@code 1}), and their order. A replacement of
 * another {@code type}, or one of a frame that is not a JSON object, is sent as the replacement.
 */
final class Rewrite {
    /** Reads numbers as written: integers exactly, decimals as {@code BigDecimal} with their scale. */
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private Rewrite() {}

    /**
     * The frame to send for {@code replacement}.
     *
     * @param received the frame as it came
     * @param original the decoded event, encoded again
     * @param replacement the hook's replacement, encoded
     */
    static Frame onto(Frame received, Frame original, Frame replacement) {
        if (!(received instanceof Frame.Text raw
                && original instanceof Frame.Text before
                && replacement instanceof Frame.Text after)) {
            return replacement;
        }
        try {
            JsonNode target = EXACT.readTree(raw.text());
            JsonNode from = EXACT.readTree(before.text());
            JsonNode to = EXACT.readTree(after.text());
            if (!target.isObject()
                    || !from.isObject()
                    || !to.isObject()
                    || !from.path("type").equals(to.path("type"))) {
                return replacement;
            }
            apply((ObjectNode) target, (ObjectNode) from, (ObjectNode) to);
            return Frame.text(EXACT.writeValueAsString(target));
        } catch (JsonProcessingException e) {
            return replacement;
        }
    }

    /** Changes {@code target} by what turns {@code from} into {@code to}. */
    private static void apply(ObjectNode target, ObjectNode from, ObjectNode to) {
        List<String> removed = new ArrayList<>();
        from.fieldNames().forEachRemaining(name -> {
            if (!to.has(name)) {
                removed.add(name);
            }
        });
        target.remove(removed);
        for (Map.Entry<String, JsonNode> member : to.properties()) {
            String name = member.getKey();
            JsonNode was = from.get(name);
            JsonNode now = member.getValue();
            if (now.equals(was)) {
                continue;
            }
            JsonNode current = target.get(name);
            if (was != null && was.isObject() && now.isObject() && current != null && current.isObject()) {
                apply((ObjectNode) current, (ObjectNode) was, (ObjectNode) now);
            } else {
                target.set(name, now);
            }
        }
    }
}
