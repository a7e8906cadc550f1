package io.asyncgen.bench.generation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a valid AsyncAPI 2.6 document with {@code messages} messages from a seed (the same seed and
 * size give the same bytes), shaped like a real event API: one WebSocket channel, half the messages
 * published and half subscribed, each payload an object with a {@code type} const, nested inline
 * objects, arrays, maps, string enums and discriminated unions shared between messages through
 * {@code components}. Every shared schema count grows linearly with {@code messages}, so a generator
 * without a quadratic step takes about ten times as long for ten times the messages.
 *
 * <p>{@code java -cp ... io.asyncgen.bench.generation.SyntheticSpec 200 target/synthetic-200.yaml [seed]}
 */
public final class SyntheticSpec {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> NOUNS = List.of(
            "session",
            "item",
            "response",
            "audio",
            "text",
            "tool",
            "call",
            "buffer",
            "turn",
            "voice",
            "transcript",
            "conversation",
            "part",
            "chunk",
            "token",
            "usage",
            "limit",
            "cursor",
            "stream",
            "track",
            "room",
            "member",
            "device",
            "order",
            "payment",
            "ticket",
            "alert",
            "metric");
    private static final List<String> VERBS = List.of(
            "created",
            "updated",
            "deleted",
            "started",
            "stopped",
            "done",
            "added",
            "removed",
            "failed",
            "completed",
            "cleared",
            "committed",
            "requested",
            "cancelled",
            "delta");
    private static final List<String> WORDS = List.of(
            "auto",
            "manual",
            "low",
            "medium",
            "high",
            "none",
            "default",
            "text",
            "audio",
            "image",
            "pending",
            "in_progress",
            "completed",
            "failed",
            "alloy",
            "ash",
            "ballad",
            "coral",
            "echo",
            "sage",
            "shimmer",
            "verse",
            "pcm16",
            "g711_ulaw",
            "g711_alaw",
            "server_vad",
            "semantic_vad");

    private final Random random;
    private final int messages;
    private final ObjectNode schemas = NODES.objectNode();
    private final List<String> enums = new ArrayList<>();
    private final List<String> objects = new ArrayList<>();
    private final List<String> unions = new ArrayList<>();

    private SyntheticSpec(int messages, long seed) {
        this.messages = messages;
        this.random = new Random(seed);
    }

    /** The document as YAML text. */
    public static String yaml(int messages, long seed) {
        try {
            return new YAMLMapper().writeValueAsString(new SyntheticSpec(messages, seed).document());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path write(Path file, int messages, long seed) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, yaml(messages, seed));
        return file;
    }

    private ObjectNode document() {
        // shared components, in proportion to the messages: enums, plain objects, unions of 3 variants
        for (int i = 0; i < Math.max(2, messages / 4); i++) {
            enums.add(enumSchema(i));
        }
        for (int i = 0; i < Math.max(2, messages / 4); i++) {
            objects.add(sharedObject(i));
        }
        for (int i = 0; i < Math.max(1, messages / 10); i++) {
            unions.add(union(i));
        }
        ObjectNode componentsMessages = NODES.objectNode();
        ArrayNode published = NODES.arrayNode();
        ArrayNode subscribed = NODES.arrayNode();
        for (int i = 0; i < messages; i++) {
            String wire = NOUNS.get(i % NOUNS.size()) + "." + VERBS.get((i / NOUNS.size()) % VERBS.size())
                    + (i >= NOUNS.size() * VERBS.size() ? "." + i : "");
            String name = "Message" + i;
            String payload = "Message" + i + "Event";
            schemas.set(payload, payload(wire));
            ObjectNode message = componentsMessages.putObject(name);
            message.put("name", wire);
            message.put("summary", "The " + wire + " event.");
            message.putObject("payload").put("$ref", "#/components/schemas/" + payload);
            (i % 2 == 0 ? published : subscribed).addObject().put("$ref", "#/components/messages/" + name);
        }

        ObjectNode doc = NODES.objectNode();
        doc.put("asyncapi", "2.6.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Synthetic API with " + messages + " messages");
        info.put("version", "1.0.0");
        doc.put("defaultContentType", "application/json");
        ObjectNode server = doc.putObject("servers").putObject("main");
        server.put("url", "synthetic.example.com");
        server.put("protocol", "wss");
        ObjectNode channel = doc.putObject("channels").putObject("/v1/socket");
        ObjectNode publish = channel.putObject("publish");
        publish.put("operationId", "sendClientMessage");
        publish.putObject("message").set("oneOf", published);
        ObjectNode subscribe = channel.putObject("subscribe");
        subscribe.put("operationId", "receiveServerMessage");
        subscribe.putObject("message").set("oneOf", subscribed);
        ObjectNode components = doc.putObject("components");
        components.set("messages", componentsMessages);
        components.set("schemas", schemas);
        return doc;
    }

    private String enumSchema(int index) {
        String name = "Mode" + index;
        ObjectNode schema = schemas.putObject(name);
        schema.put("type", "string");
        schema.put("description", "A mode.");
        ArrayNode values = schema.putArray("enum");
        int count = 3 + random.nextInt(5);
        int start = random.nextInt(WORDS.size());
        for (int i = 0; i < count; i++) {
            values.add(WORDS.get((start + i) % WORDS.size()));
        }
        return name;
    }

    private String sharedObject(int index) {
        String name = "Shape" + index;
        ObjectNode schema = schemas.putObject(name);
        schema.put("type", "object");
        schema.put("description", "A shared shape.");
        ObjectNode properties = schema.putObject("properties");
        int count = 2 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            properties.set(propertyName(i), scalarOrEnum());
        }
        if (index > 0 && random.nextInt(3) == 0) {
            properties.putObject("parent").put("$ref", "#/components/schemas/" + objects.get(random.nextInt(index)));
        }
        schema.putArray("required").add(propertyName(0));
        return name;
    }

    private String union(int index) {
        String name = "Part" + index;
        ObjectNode schema = schemas.putObject(name);
        schema.put("description", "One of several parts, told apart by kind.");
        ArrayNode oneOf = schema.putArray("oneOf");
        for (int v = 0; v < 3; v++) {
            String variant = name + "Variant" + v;
            ObjectNode branch = schemas.putObject(variant);
            branch.put("type", "object");
            branch.putArray("required").add("kind");
            ObjectNode properties = branch.putObject("properties");
            ObjectNode kind = properties.putObject("kind");
            kind.put("type", "string");
            kind.put("const", "kind_" + v);
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                properties.set(propertyName(i + 1), scalarOrEnum());
            }
            if (!objects.isEmpty() && random.nextBoolean()) {
                properties.putObject("shape").put("$ref", "#/components/schemas/" + pick(objects));
            }
            oneOf.addObject().put("$ref", "#/components/schemas/" + variant);
        }
        return name;
    }

    private ObjectNode payload(String wire) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        schema.put("description", "Event `" + wire + "`.");
        ObjectNode properties = schema.putObject("properties");
        ObjectNode type = properties.putObject("type");
        type.put("type", "string");
        type.put("const", wire);
        properties.putObject("event_id").put("type", "string");
        int count = 3 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            properties.set(propertyName(i + 2), member(0));
        }
        schema.putArray("required").add("type").add("event_id");
        return schema;
    }

    /** A member: a scalar, an enum, a shared object, a union, an array, a map or a nested inline object. */
    private ObjectNode member(int depth) {
        int pick = random.nextInt(10);
        ObjectNode schema = NODES.objectNode();
        switch (pick) {
            case 0, 1, 2:
                return scalarOrEnum();
            case 3:
                schema.put("$ref", "#/components/schemas/" + pick(objects));
                return schema;
            case 4:
                schema.put("$ref", "#/components/schemas/" + pick(unions));
                return schema;
            case 5:
                schema.put("type", "array");
                schema.putObject("items")
                        .put("$ref", "#/components/schemas/" + pick(random.nextBoolean() ? objects : unions));
                return schema;
            case 6:
                schema.put("type", "object");
                schema.putObject("additionalProperties").put("type", "string");
                return schema;
            case 7:
                schema.putArray("type")
                        .add(List.of("string", "integer").get(random.nextInt(2)))
                        .add("null");
                return schema;
            default:
                if (depth >= 2) {
                    return scalarOrEnum();
                }
                schema.put("type", "object");
                schema.put("description", "Nested details.");
                ObjectNode properties = schema.putObject("properties");
                int count = 2 + random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    properties.set(propertyName(i), member(depth + 1));
                }
                return schema;
        }
    }

    private ObjectNode scalarOrEnum() {
        ObjectNode schema = NODES.objectNode();
        switch (random.nextInt(6)) {
            case 0 -> schema.put("type", "string");
            case 1 -> schema.put("type", "integer");
            case 2 -> schema.put("type", "number");
            case 3 -> schema.put("type", "boolean");
            default -> schema.put("$ref", "#/components/schemas/" + pick(enums));
        }
        return schema;
    }

    private String propertyName(int index) {
        return List.of(
                                "id",
                                "name",
                                "status",
                                "mode",
                                "value",
                                "details",
                                "items",
                                "count",
                                "limit",
                                "metadata",
                                "created_at",
                                "expires_at",
                                "format",
                                "output",
                                "input",
                                "voice")
                        .get(index % 16)
                + (index >= 16 ? "_" + index : "");
    }

    private String pick(List<String> names) {
        return names.get(random.nextInt(names.size()));
    }

    public static void main(String[] args) throws IOException {
        int messages = Integer.parseInt(args[0]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261123L;
        System.out.println(write(Path.of(args[1]), messages, seed));
    }
}
