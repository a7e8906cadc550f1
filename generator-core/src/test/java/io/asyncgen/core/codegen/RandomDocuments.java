package io.asyncgen.core.codegen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes random, valid AsyncAPI 2.6 documents (YAML) from a seed: the same seed gives the same
 * document. They lean on what breaks generators: component and message names that clash with
 * names Java code uses, odd channel addresses and operation ids, shared messages, servers with
 * security; their schemas come from {@link RandomSchemas}.
 */
final class RandomDocuments {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YAMLMapper YAML = new YAMLMapper();

    /** Component keys (the meta-schema allows only {@code [a-zA-Z0-9.-_]}), many clashing with names Java code uses. */
    private static final List<String> TYPE_NAMES = List.of(
            "Event",
            "event",
            "Session",
            "session.update",
            "String",
            "Class",
            "Object",
            "List",
            "Map",
            "Optional",
            "Objects",
            "JsonNode",
            "Set",
            "Function",
            "Generated",
            "JsonProperty",
            "Builder",
            "Known",
            "Unknown",
            "Override",
            "Record",
            "Integer",
            "Long",
            "System",
            "Iterable",
            "ObjectNode",
            "NullNode",
            "ArrayList",
            "LinkedHashMap",
            "Deprecated",
            "Throwable",
            "Void",
            "CharSequence",
            "StringBuilder",
            "Error",
            "Thread",
            "Item",
            "item_",
            "2fa",
            "_x",
            "a-b",
            "A.B",
            "Value",
            "Payload",
            "Codec",
            "Handler",
            "Dispatcher",
            "Transport",
            "Client",
            "Server",
            "Endpoint");

    private final Random random;
    private final long seed;
    private final RandomSchemas schemas;
    private final ObjectNode messages = NODES.objectNode();
    private final Set<String> operationIds = new LinkedHashSet<>();

    private RandomDocuments(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        this.schemas = new RandomSchemas(random);
    }

    /** The document for {@code seed}, as YAML text. */
    static String document(long seed) {
        return new RandomDocuments(seed).write();
    }

    private String write() {
        ObjectNode root = NODES.objectNode();
        root.put("asyncapi", "2.6.0");
        root.set("info", NODES.objectNode().put("title", "Random " + seed).put("version", "1.0.0"));
        int componentCount = 1 + random.nextInt(2);
        for (int i = 0; i < componentCount; i++) {
            String name = schemas.pick(TYPE_NAMES);
            if (!schemas.names().contains(name)) {
                schemas.names().add(name);
            }
        }
        for (String name : new ArrayList<>(schemas.names())) {
            schemas.components().set(name, schemas.componentSchema());
        }
        if (random.nextInt(10) == 0) {
            // a schema containing itself with no object in between has no Java form; it must not crash the linker
            // (a union that contains itself breaks a rule of the spec: SpecRulesTest has it, in lenient mode)
            schemas.components()
                    .set(
                            "Nested",
                            NODES.objectNode()
                                    .put("type", "array")
                                    .set("items", RandomSchemas.ref("#/components/schemas/Nested")));
            schemas.names().add("Nested");
        }
        boolean withServer = random.nextBoolean();
        if (withServer) {
            root.set(
                    "servers",
                    NODES.objectNode()
                            .set(
                                    "main",
                                    NODES.objectNode()
                                            .put("url", "example.com/{region}")
                                            .put("protocol", random.nextBoolean() ? "wss" : "ws")
                                            .set(
                                                    "variables",
                                                    NODES.objectNode()
                                                            .set(
                                                                    "region",
                                                                    NODES.objectNode()
                                                                            .put("default", "eu")))));
        }
        ObjectNode channels = NODES.objectNode();
        int channelCount = random.nextInt(16) == 0 ? 2 : random.nextInt(5) / 3;
        for (int i = 0; i < channelCount; i++) {
            channel(channels, i);
        }
        root.set("channels", channels);
        ObjectNode components = NODES.objectNode();
        components.set("schemas", schemas.components());
        if (!messages.isEmpty()) {
            components.set("messages", messages);
        }
        if (withServer && random.nextBoolean()) {
            components.set(
                    "securitySchemes",
                    NODES.objectNode()
                            .<ObjectNode>set(
                                    "apiKey",
                                    NODES.objectNode()
                                            .put("type", "httpApiKey")
                                            .put("name", "api-key")
                                            .put("in", "header"))
                            .set(
                                    "bearer",
                                    NODES.objectNode().put("type", "http").put("scheme", "bearer")));
            ((ObjectNode) root.get("servers").get("main"))
                    .set(
                            "security",
                            NODES.arrayNode()
                                    .add(NODES.objectNode()
                                            .set(random.nextBoolean() ? "apiKey" : "bearer", NODES.arrayNode())));
        }
        root.set("components", components);
        try {
            return YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void channel(ObjectNode channels, int index) {
        boolean parameter = random.nextInt(4) == 0;
        String segment = schemas.pick(List.of("events", "realtime", "a.b", "*/x", "\\u002a/"));
        String address = "/ch" + index + (random.nextBoolean() ? "/" + segment : "") + (parameter ? "/{id}" : "");
        ObjectNode channel = NODES.objectNode();
        if (parameter) {
            channel.set(
                    "parameters",
                    NODES.objectNode()
                            .set(
                                    "id",
                                    NODES.objectNode()
                                            .set("schema", NODES.objectNode().put("type", "string"))));
        }
        if (random.nextBoolean()) {
            ObjectNode ws = NODES.objectNode().put("method", "GET");
            if (random.nextBoolean()) {
                ws.set(
                        "query",
                        NODES.objectNode()
                                .put("type", "object")
                                .set(
                                        "properties",
                                        NODES.objectNode()
                                                .set(
                                                        schemas.pick(List.of("model", "api-version", "class")),
                                                        NODES.objectNode().put("type", "string"))));
            }
            channel.set("bindings", NODES.objectNode().set("ws", ws));
        }
        int which = random.nextInt(3);
        if (which != 1) {
            channel.set("publish", operation());
        }
        if (which != 0) {
            channel.set("subscribe", operation());
        }
        channels.set(address, channel);
    }

    private ObjectNode operation() {
        ObjectNode operation = NODES.objectNode();
        if (random.nextBoolean()) {
            String id = schemas.pick(List.of("send", "receive", "on", "publish", ""))
                    + schemas.pick(List.of("ClientEvent", "ServerEvent", "Events", "Message", "Event"));
            if (operationIds.add(id)) {
                operation.put("operationId", id);
            }
        }
        if (random.nextInt(4) == 0) {
            operation.put("x-java-name", schemas.pick(List.of("Outgoing", "Incoming", "Event", "Codec")));
        }
        if (random.nextInt(3) == 0) {
            operation.put("description", schemas.pick(RandomSchemas.TEXTS));
        }
        int count = 1 + random.nextInt(2);
        boolean tagged = random.nextBoolean();
        ArrayNode oneOf = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            oneOf.add(message(tagged, i));
        }
        if (!messages.isEmpty() && random.nextInt(5) == 0) {
            // a message shared with another operation (or listed twice in this one)
            oneOf.add(RandomSchemas.ref("#/components/messages/" + schemas.pick(keys(messages))));
        }
        boolean single = count == 1 && random.nextBoolean();
        operation.set("message", single ? oneOf.get(0) : NODES.objectNode().set("oneOf", oneOf));
        return operation;
    }

    private JsonNode message(boolean tagged, int index) {
        ObjectNode message = NODES.objectNode();
        if (random.nextBoolean()) {
            message.put("name", schemas.pick(List.of("session.update", "error", "done", "a b", "名前", "")) + index);
        }
        if (random.nextInt(4) == 0) {
            message.put("x-java-name", schemas.pick(List.of("Update", "Error", "Event", "String")) + index);
        }
        if (random.nextInt(4) == 0) {
            message.set("headers", schemas.object(1, null));
        }
        message.set(
                "payload", tagged ? schemas.taggedObject("t" + messages.size() + "_" + index, 1) : schemas.schema(1));
        if (random.nextBoolean()) {
            String key = "Msg" + messages.size() + schemas.pick(List.of("", ".x", "-y", "_z"));
            messages.set(key, message);
            return RandomSchemas.ref("#/components/messages/" + key);
        }
        return message;
    }

    private static List<String> keys(ObjectNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
