package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.asyncgen.core.testing.LoadedCode;
import io.asyncgen.core.testing.RealEvents;
import io.asyncgen.runtime.DecodeException;
import io.asyncgen.runtime.internal.JsonText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 7: every real GA event of the corpus, mutated the way hostile or broken peers
 * do (members of another type, removed or null, deep nesting, numbers beyond double, odd
 * Unicode in values and names, unknown or missing types), decodes and encodes back to exactly the
 * text that came in; text that is not one JSON value is refused with {@code DecodeException} and
 * nothing else. Seeded: {@code -Dasyncgen.seed=<n>} replays a run.
 */
class MutatedEventsTest {
    private static final long SEED = Long.getLong("asyncgen.seed", 20261203L);
    private static final int MUTATED_EVENTS = 3000;
    private static final int MOST_NESTED = 990;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final LoadedCode CODE = LoadedCode.generate(Path.of("../spec/azure-openai-realtime.yaml"));
    private static final List<String> NUMBERS = List.of(
            "60",
            "1.50",
            "1e400",
            "-1e400",
            "1E+2",
            "-0",
            "0.0",
            "123456789012345678901234567890",
            "9223372036854775808",
            "1.000000000000000000000001",
            "5e-324",
            "2.5e-400");
    private static final List<String> TEXTS = List.of(
            "\uD800",
            "\uDFFF",
            "\u0000",
            "e\u0301",
            "\u202Eevil",
            "\uD83D\uDE00",
            "\uFEFF",
            "\u200B",
            "\"quoted\\\"",
            "</script>",
            "*/",
            "\\u0041");

    /** A real event: its text and whether a client sends it. */
    private record Event(String json, boolean fromClient) {}

    @Test
    void everyMutatedRealEventDecodesAndEncodesBackToTheSameText() throws Exception {
        List<Event> events = realEvents();
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < MUTATED_EVENTS; i++) {
            Event event = events.get(random.nextInt(events.size()));
            JsonNode tree = JsonText.parse(event.json());
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                tree = mutate(tree, random);
            }
            if (depth(tree) > MOST_NESTED) {
                i--; // deeper than Jackson reads or writes by default: such text is refused, see the test below
                continue;
            }
            String text = JsonText.print(tree);
            String codec = event.fromClient() ? "ClientEventCodec" : "ServerEventCodec";
            try {
                Object decoded = CODE.call(codec, "decode", text);
                LoadedCode.invoke(decoded, "validate");
                String encoded = (String) CODE.call(codec, "encode", decoded);
                if (!encoded.equals(text)) {
                    failures.add("in:  " + text + "\n  out: " + encoded);
                }
            } catch (Exception e) {
                failures.add(text + ": " + e);
            }
        }
        assertEquals(
                List.of(),
                failures.stream().limit(5).toList(),
                failures.size() + " of " + MUTATED_EVENTS
                        + " mutated events did not come back as they were (-Dasyncgen.seed=" + SEED + ")");
    }

    @Test
    void textThatIsNotOneJsonValueIsRefusedWithDecodeExceptionOnly() throws Exception {
        List<String> notJson = new ArrayList<>(List.of(
                "",
                " ",
                "nul",
                "{'a':1}",
                "[1,]",
                "{\"a\":1}}",
                "{\"a\":1} x",
                "{\"a\":1}{\"b\":2}",
                "NaN",
                "Infinity",
                "01",
                "\"unterminated",
                "{\"a\"}",
                "{\"a\":}",
                "\u0000",
                "[".repeat(2000) + "]".repeat(2000),
                "{\"type\":\"session.update\",}"));
        Random random = new Random(SEED);
        List<Event> events = realEvents();
        for (int i = 0; i < 300; i++) {
            String json = events.get(random.nextInt(events.size())).json().strip();
            notJson.add(json.substring(0, random.nextInt(json.length() - 1) + 1));
        }
        List<String> failures = new ArrayList<>();
        for (String text : notJson) {
            try {
                Object decoded = CODE.call("ServerEventCodec", "decode", text);
                failures.add(text + ": decoded to " + decoded);
            } catch (Exception e) {
                if (!(e instanceof DecodeException) || e.getMessage().isBlank()) {
                    failures.add(text + ": " + e);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    // ---------------------------------------------------------------------------------------------

    /** The tree with one value somewhere in it (the root included) replaced, removed or renamed. */
    private static JsonNode mutate(JsonNode tree, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(tree, containers);
        if (containers.isEmpty() || random.nextInt(40) == 0) {
            return replacement(tree, random);
        }
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(5)) {
                case 0 -> object.remove(name);
                case 1 -> object.putNull(name);
                case 2 -> object.set(TEXTS.get(random.nextInt(TEXTS.size())), object.remove(name));
                default -> object.set(name, replacement(object.get(name), random));
            }
        } else if (container instanceof ArrayNode array && !array.isEmpty()) {
            int index = random.nextInt(array.size());
            if (random.nextBoolean()) {
                array.remove(index);
            } else {
                array.set(index, replacement(array.get(index), random));
            }
        } else if (container instanceof ObjectNode object) {
            object.set("type", replacement(NODES.nullNode(), random));
        }
        return tree;
    }

    /** Something else where {@code value} was: another type, a number beyond double, odd text, deep nesting. */
    private static JsonNode replacement(JsonNode value, Random random) {
        try {
            return switch (random.nextInt(8)) {
                case 0 -> JsonText.parse(NUMBERS.get(random.nextInt(NUMBERS.size())));
                case 1 -> NODES.textNode(TEXTS.get(random.nextInt(TEXTS.size())));
                case 2 -> NODES.booleanNode(random.nextBoolean());
                case 3 -> NODES.objectNode().set("unexpected", value);
                case 4 -> NODES.arrayNode().add(value);
                case 5 -> nested(value, 100 + random.nextInt(700));
                case 6 -> NODES.textNode("response.brand_new." + random.nextInt(10));
                default -> NODES.nullNode();
            };
        } catch (DecodeException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode nested(JsonNode value, int depth) {
        JsonNode node = value;
        for (int i = 0; i < depth; i++) {
            node = i % 2 == 0 ? NODES.arrayNode().add(node) : NODES.objectNode().set("d", node);
        }
        return node;
    }

    private static int depth(JsonNode node) {
        int deepest = 0;
        for (JsonNode child : node) {
            deepest = Math.max(deepest, depth(child));
        }
        return node.isContainerNode() ? deepest + 1 : 0;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    private static List<Event> realEvents() {
        List<Event> events = RealEvents.ga().stream()
                .map(e -> new Event(e.json(), e.fromClient()))
                .toList();
        assertTrue(events.size() > 80, "expected the GA examples and recordings, found " + events.size());
        return events;
    }
}
