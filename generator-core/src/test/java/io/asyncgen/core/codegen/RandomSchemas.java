package io.asyncgen.core.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The schemas of a {@link RandomDocuments} document: nested objects, unions with and without a
 * {@code const} discriminator, shape unions, odd enum values, keywords, unicode and colliding
 * names, arrays of unions, maps, {@code allOf}, every nullable form, recursion, and text that
 * would end a Javadoc comment. Draws from the document's {@link Random}, so the same seed gives
 * the same schemas.
 */
final class RandomSchemas {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 2;

    /** Property names: keywords, generated members and locals, collisions after case conversion, unicode. */
    private static final List<String> PROPERTY_NAMES = List.of(
            "type",
            "id",
            "name",
            "event_id",
            "eventId",
            "EventId",
            "class",
            "default",
            "enum",
            "record",
            "var",
            "yield",
            "_",
            "value",
            "json",
            "extra",
            "additionalProperties",
            "toJson",
            "fromJson",
            "validate",
            "builder",
            "toBuilder",
            "hashCode",
            "getClass",
            "problems",
            "copy",
            "at",
            "i",
            "p",
            "tag",
            "event",
            "handler",
            "e",
            "known",
            "KNOWN",
            "名前",
            "naïve",
            "ñandú",
            "Ω",
            "a b",
            "1st",
            "",
            "-",
            "foo_bar",
            "fooBar",
            "FooBar",
            "x-custom",
            "ON",
            "on",
            "String",
            "List",
            "Map",
            "Optional",
            "2fa",
            "__",
            "value0",
            "tagValue",
            "jsonValue",
            "instance",
            "of",
            "isKnown",
            "$type",
            "*/",
            "\\u002a/",
            "<b>",
            "@see");

    /** Enum values: empty, spaces, case pairs, digits first, keywords, comment enders, unicode. */
    private static final List<String> ENUM_VALUES = List.of(
            "",
            "a b",
            "ON",
            "on",
            "On",
            "1st",
            "class",
            "*/",
            "\\u002a/",
            "ñ",
            "名前",
            "x",
            "X",
            "-",
            "_",
            "null",
            "true",
            "123",
            "in_progress",
            "in-progress",
            "KNOWN",
            "Known",
            "value",
            "EMPTY",
            "audio/pcm",
            "a.b",
            "@x",
            "<b>");

    static final List<String> TEXTS = List.of(
            "Plain text.",
            "Ends */ early? /* and \\u002a/ too",
            "<b>html</b> & @param x {@code y}",
            "Unicode: 名前 ñ Ω",
            "Trailing backslash \\",
            "Two\nlines");

    private final Random random;
    /** The component schemas written so far, and their names (which schemas may refer to). */
    private final ObjectNode components = NODES.objectNode();

    private final List<String> names = new ArrayList<>();
    private int variants;

    RandomSchemas(Random random) {
        this.random = random;
    }

    ObjectNode components() {
        return components;
    }

    List<String> names() {
        return names;
    }

    ObjectNode componentSchema() {
        ObjectNode schema = switch (random.nextInt(6)) {
            case 0, 1, 2 -> object(1, null);
            case 3 -> union(1);
            case 4 -> enumSchema();
            default -> allOf(1);
        };
        if (random.nextInt(5) == 0) {
            schema.put("description", pick(TEXTS));
        }
        if (random.nextInt(8) == 0) {
            schema.put("deprecated", true);
        }
        return schema;
    }

    /** Any schema, shallower as it nests. */
    JsonNode schema(int depth) {
        int choice = random.nextInt(depth >= MAX_DEPTH ? 4 : 16);
        JsonNode schema = switch (choice) {
            case 0 -> scalar();
            case 1 -> enumSchema();
            case 2 -> names.isEmpty() ? scalar() : ref("#/components/schemas/" + pick(names));
            case 3 ->
                switch (random.nextInt(6)) {
                    case 0 -> NODES.objectNode();
                    case 1 -> NODES.objectNode().put("const", 5);
                    case 2 ->
                        NODES.objectNode()
                                .put("type", "integer")
                                .set("enum", NODES.arrayNode().add(1).add(2).add(3));
                    case 3 ->
                        NODES.objectNode()
                                .put("type", "array")
                                .set("items", NODES.arrayNode().add(scalar()).add(scalar()));
                    case 4 -> NODES.objectNode().put("type", "boolean").put("const", true);
                    default -> NODES.objectNode().put("const", pick(ENUM_VALUES));
                };
            case 4, 5 -> object(depth + 1, null);
            case 6 -> NODES.objectNode().put("type", "array").set("items", schema(depth + 1));
            case 7 -> NODES.objectNode().put("type", "object").set("additionalProperties", schema(depth + 1));
            case 8, 9 -> union(depth + 1);
            case 10 -> allOf(depth + 1);
            case 11 ->
                NODES.objectNode()
                        .set(
                                "type",
                                NODES.arrayNode()
                                        .add("string")
                                        .add(pick(List.of("integer", "number", "boolean", "object", "array"))));
            case 12 -> NODES.objectNode().put("type", "array").set("items", union(depth + 1));
            default -> nullable(depth + 1);
        };
        return schema;
    }

    private ObjectNode scalar() {
        ObjectNode schema = NODES.objectNode().put("type", pick(List.of("string", "integer", "number", "boolean")));
        if (random.nextInt(4) == 0 && schema.get("type").asText().equals("string")) {
            schema.put("format", pick(List.of("date-time", "uri", "uuid", "byte")));
        }
        if (random.nextInt(4) == 0 && schema.get("type").asText().equals("integer")) {
            schema.put("format", "int64");
        }
        return schema;
    }

    private ObjectNode enumSchema() {
        ArrayNode values = NODES.arrayNode();
        Set<String> chosen = new LinkedHashSet<>();
        int count = 2 + random.nextInt(5);
        while (chosen.size() < count) {
            chosen.add(pick(ENUM_VALUES));
        }
        chosen.forEach(values::add);
        ObjectNode schema = NODES.objectNode();
        if (random.nextBoolean()) {
            schema.put("type", "string");
        }
        if (random.nextInt(6) == 0) {
            values.addNull();
        }
        if (random.nextInt(6) == 0) {
            schema.put("x-java-name", pick(List.of("Mode", "Status", "Known", "Value")));
        }
        return schema.set("enum", values);
    }

    /** Every way of saying "X or null". */
    private JsonNode nullable(int depth) {
        return switch (random.nextInt(4)) {
            case 0 -> scalar().put("nullable", true);
            case 1 -> {
                ObjectNode scalar = scalar();
                yield scalar.set(
                        "type",
                        NODES.arrayNode().add(scalar.get("type").asText()).add("null"));
            }
            case 2 ->
                NODES.objectNode()
                        .set(
                                "anyOf",
                                NODES.arrayNode()
                                        .add(schema(depth))
                                        .add(NODES.objectNode().put("type", "null")));
            default ->
                NODES.objectNode()
                        .set(
                                "oneOf",
                                NODES.arrayNode()
                                        .add(NODES.objectNode().put("type", "null"))
                                        .add(schema(depth)));
        };
    }

    /** An object schema; with a {@code tag}, its required {@code type} property fixes that value. */
    ObjectNode object(int depth, String tag) {
        ObjectNode schema = NODES.objectNode();
        if (random.nextInt(4) != 0) {
            schema.put("type", "object");
        }
        if (random.nextInt(6) == 0) {
            schema.put("title", pick(List.of("Title", "名前", "a b", "Unknown", "Session")));
        }
        ObjectNode properties = NODES.objectNode();
        ArrayNode required = NODES.arrayNode();
        if (tag != null) {
            properties.set(
                    "type",
                    random.nextBoolean()
                            ? NODES.objectNode().put("type", "string").put("const", tag)
                            : NODES.objectNode()
                                    .put("type", "string")
                                    .set("enum", NODES.arrayNode().add(tag)));
            required.add("type");
        }
        int count = 1 + random.nextInt(depth > 1 ? 1 : 3);
        for (int i = 0; i < count; i++) {
            String name = pick(PROPERTY_NAMES);
            if (properties.has(name)) {
                continue;
            }
            JsonNode property = schema(depth);
            if (property instanceof ObjectNode object && !object.has("$ref")) {
                if (random.nextInt(5) == 0) {
                    object.put("description", pick(TEXTS));
                }
                if (random.nextInt(8) == 0) {
                    object.put("x-java-name", pick(List.of("renamed", "Renamed", "class", "value", "my name")));
                }
            }
            properties.set(name, property);
            if (random.nextInt(3) == 0) {
                required.add(name);
            }
        }
        schema.set("properties", properties);
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        if (random.nextInt(8) == 0) {
            schema.put("additionalProperties", false);
        } else if (random.nextInt(8) == 0) {
            schema.set("additionalProperties", scalar());
        }
        return schema;
    }

    /** An object whose {@code type} property fixes a value no other member uses. */
    ObjectNode taggedObject(String tag, int depth) {
        variants++;
        return object(depth, tag);
    }

    private ObjectNode union(int depth) {
        ObjectNode schema = NODES.objectNode();
        ArrayNode members = NODES.arrayNode();
        String keyword = random.nextInt(4) == 0 ? "anyOf" : "oneOf";
        switch (random.nextInt(4)) {
            case 0, 1 -> {
                for (int i = 0; i < 2; i++) {
                    ObjectNode member = taggedObject(pick(ENUM_VALUES) + variants, depth);
                    if (random.nextInt(3) == 0) {
                        String key = "Variant" + variants;
                        components.set(key, member);
                        members.add(ref("#/components/schemas/" + key));
                    } else {
                        members.add(member);
                    }
                }
                if (random.nextBoolean()) {
                    schema.put("discriminator", "type");
                    schema.set("required", NODES.arrayNode().add("type")); // the spec: a discriminator must be required
                    if (random.nextInt(5) == 0) {
                        members.add(object(depth, null)); // a member without the tag: warned about, decoded as unknown
                    }
                }
            }
            case 2 -> {
                members.add(NODES.objectNode().put("type", "integer"));
                members.add(NODES.objectNode()
                        .put("type", "string")
                        .set("enum", NODES.arrayNode().add("inf")));
            }
            default -> {
                members.add(random.nextBoolean() ? scalar() : enumSchema());
                members.add(
                        random.nextBoolean()
                                ? object(depth, null)
                                : NODES.objectNode().put("type", "array").set("items", scalar()));
                if (random.nextBoolean()) {
                    members.add(schema(depth));
                }
            }
        }
        if (random.nextInt(6) == 0) {
            members.add(NODES.objectNode().put("type", "null"));
        }
        return schema.set(keyword, members);
    }

    private ObjectNode allOf(int depth) {
        String base = "Base" + variants++;
        components.set(base, object(depth, null));
        ArrayNode parts = NODES.arrayNode().add(ref("#/components/schemas/" + base));
        parts.add(object(depth, null));
        if (random.nextInt(4) == 0) {
            parts.add(NODES.objectNode().put("description", pick(TEXTS)));
        }
        return NODES.objectNode().set("allOf", parts);
    }

    static ObjectNode ref(String pointer) {
        return NODES.objectNode().put("$ref", pointer);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
