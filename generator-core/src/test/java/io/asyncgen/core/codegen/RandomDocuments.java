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
 * document. They lean on what breaks generators: nested objects, unions with and without a
 * {@code const} discriminator, shape unions, odd enum values, keywords, unicode and colliding
 * names, arrays of unions, maps, {@code allOf}, every nullable form, recursion, and text that
 * would end a Javadoc comment.
 */
final class RandomDocuments {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final int MAX_DEPTH = 2;

  /** Component keys (the meta-schema allows only {@code [a-zA-Z0-9.-_]}), many clashing with names Java code uses. */
  private static final List<String> TYPE_NAMES = List.of("Event", "event", "Session", "session.update", "String",
      "Class", "Object", "List", "Map", "Optional", "Objects", "JsonNode", "Set", "Function", "Generated",
      "JsonProperty", "Builder", "Known", "Unknown", "Override", "Record", "Integer", "Long", "System", "Iterable",
      "ObjectNode", "NullNode", "ArrayList", "LinkedHashMap", "Deprecated", "Throwable", "Void", "CharSequence",
      "StringBuilder", "Error", "Thread", "Item", "item_", "2fa", "_x", "a-b",
      "A.B", "Value", "Payload", "Codec", "Handler", "Dispatcher", "Transport", "Client", "Server", "Endpoint");

  /** Property names: keywords, generated members and locals, collisions after case conversion, unicode. */
  private static final List<String> PROPERTY_NAMES = List.of("type", "id", "name", "event_id", "eventId", "EventId",
      "class", "default", "enum", "record", "var", "yield", "_", "value", "json", "extra", "additionalProperties",
      "toJson", "fromJson", "validate", "builder", "toBuilder", "hashCode", "getClass", "problems", "copy", "at", "i",
      "p", "tag", "event", "handler", "e", "known", "KNOWN", "名前", "naïve", "ñandú", "Ω", "a b", "1st", "", "-",
      "foo_bar", "fooBar", "FooBar", "x-custom", "ON", "on", "String", "List", "Map", "Optional", "2fa", "__",
      "value0", "tagValue", "jsonValue", "instance", "of", "isKnown", "$type", "*/", "\\u002a/", "<b>", "@see");

  /** Enum values: empty, spaces, case pairs, digits first, keywords, comment enders, unicode. */
  private static final List<String> ENUM_VALUES = List.of("", "a b", "ON", "on", "On", "1st", "class", "*/",
      "\\u002a/", "ñ", "名前", "x", "X", "-", "_", "null", "true", "123", "in_progress", "in-progress", "KNOWN",
      "Known", "value", "EMPTY", "audio/pcm", "a.b", "@x", "<b>");

  private static final List<String> TEXTS = List.of("Plain text.", "Ends */ early? /* and \\u002a/ too",
      "<b>html</b> & @param x {@code y}", "Unicode: 名前 ñ Ω", "Trailing backslash \\", "Two\nlines");

  private final Random random;
  private final long seed;
  private final ObjectNode schemas = NODES.objectNode();
  private final ObjectNode messages = NODES.objectNode();
  private final List<String> schemaNames = new ArrayList<>();
  private final Set<String> operationIds = new LinkedHashSet<>();
  private int variants;

  private RandomDocuments(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
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
      String name = pick(TYPE_NAMES);
      if (!schemaNames.contains(name)) {
        schemaNames.add(name);
      }
    }
    for (String name : new ArrayList<>(schemaNames)) {
      schemas.set(name, componentSchema());
    }
    if (random.nextInt(10) == 0) {
      // a schema containing itself with no object in between has no Java form; it must not crash the linker
      // (a union that contains itself breaks a rule of the spec: SpecRulesTest has it, in lenient mode)
      schemas.set("Nested", NODES.objectNode().put("type", "array").set("items", ref("#/components/schemas/Nested")));
      schemaNames.add("Nested");
    }
    boolean withServer = random.nextBoolean();
    if (withServer) {
      root.set("servers", NODES.objectNode().set("main", NODES.objectNode()
          .put("url", "example.com/{region}").put("protocol", random.nextBoolean() ? "wss" : "ws")
          .set("variables", NODES.objectNode().set("region", NODES.objectNode().put("default", "eu")))));
    }
    ObjectNode channels = NODES.objectNode();
    int channelCount = random.nextInt(16) == 0 ? 2 : random.nextInt(5) / 3;
    for (int i = 0; i < channelCount; i++) {
      channel(channels, i);
    }
    root.set("channels", channels);
    ObjectNode components = NODES.objectNode();
    components.set("schemas", schemas);
    if (!messages.isEmpty()) {
      components.set("messages", messages);
    }
    if (withServer && random.nextBoolean()) {
      components.set("securitySchemes", NODES.objectNode()
          .<ObjectNode>set("apiKey", NODES.objectNode().put("type", "httpApiKey").put("name", "api-key").put("in", "header"))
          .set("bearer", NODES.objectNode().put("type", "http").put("scheme", "bearer")));
      ((ObjectNode) root.get("servers").get("main")).set("security", NODES.arrayNode()
          .add(NODES.objectNode().set(random.nextBoolean() ? "apiKey" : "bearer", NODES.arrayNode())));
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
    String segment = pick(List.of("events", "realtime", "a.b", "*/x", "\\u002a/"));
    String address = "/ch" + index + (random.nextBoolean() ? "/" + segment : "")
        + (parameter ? "/{id}" : "");
    ObjectNode channel = NODES.objectNode();
    if (parameter) {
      channel.set("parameters", NODES.objectNode().set("id", NODES.objectNode()
          .set("schema", NODES.objectNode().put("type", "string"))));
    }
    if (random.nextBoolean()) {
      ObjectNode ws = NODES.objectNode().put("method", "GET");
      if (random.nextBoolean()) {
        ws.set("query", NODES.objectNode().put("type", "object").set("properties", NODES.objectNode()
            .set(pick(List.of("model", "api-version", "class")), NODES.objectNode().put("type", "string"))));
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
      String id = pick(List.of("send", "receive", "on", "publish", "")) + pick(List.of("ClientEvent", "ServerEvent",
          "Events", "Message", "Event"));
      if (operationIds.add(id)) {
        operation.put("operationId", id);
      }
    }
    if (random.nextInt(4) == 0) {
      operation.put("x-java-name", pick(List.of("Outgoing", "Incoming", "Event", "Codec")));
    }
    if (random.nextInt(3) == 0) {
      operation.put("description", pick(TEXTS));
    }
    int count = 1 + random.nextInt(2);
    boolean tagged = random.nextBoolean();
    ArrayNode oneOf = NODES.arrayNode();
    for (int i = 0; i < count; i++) {
      oneOf.add(message(tagged, i));
    }
    if (!messages.isEmpty() && random.nextInt(5) == 0) {
      // a message shared with another operation (or listed twice in this one)
      oneOf.add(ref("#/components/messages/" + pick(names(messages))));
    }
    boolean single = count == 1 && random.nextBoolean();
    operation.set("message", single ? oneOf.get(0) : NODES.objectNode().set("oneOf", oneOf));
    return operation;
  }

  private JsonNode message(boolean tagged, int index) {
    ObjectNode message = NODES.objectNode();
    if (random.nextBoolean()) {
      message.put("name", pick(List.of("session.update", "error", "done", "a b", "名前", "")) + index);
    }
    if (random.nextInt(4) == 0) {
      message.put("x-java-name", pick(List.of("Update", "Error", "Event", "String")) + index);
    }
    if (random.nextInt(4) == 0) {
      message.set("headers", object(1, null));
    }
    message.set("payload", tagged ? taggedObject("t" + messages.size() + "_" + index, 1) : schema(1));
    if (random.nextBoolean()) {
      String key = "Msg" + messages.size() + pick(List.of("", ".x", "-y", "_z"));
      messages.set(key, message);
      return ref("#/components/messages/" + key);
    }
    return message;
  }

  private ObjectNode componentSchema() {
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
  private JsonNode schema(int depth) {
    int choice = random.nextInt(depth >= MAX_DEPTH ? 4 : 16);
    JsonNode schema = switch (choice) {
      case 0 -> scalar();
      case 1 -> enumSchema();
      case 2 -> schemaNames.isEmpty() ? scalar() : ref("#/components/schemas/" + pick(schemaNames));
      case 3 -> switch (random.nextInt(6)) {
        case 0 -> NODES.objectNode();
        case 1 -> NODES.objectNode().put("const", 5);
        case 2 -> NODES.objectNode().put("type", "integer").set("enum", NODES.arrayNode().add(1).add(2).add(3));
        case 3 -> NODES.objectNode().put("type", "array").set("items", NODES.arrayNode().add(scalar()).add(scalar()));
        case 4 -> NODES.objectNode().put("type", "boolean").put("const", true);
        default -> NODES.objectNode().put("const", pick(ENUM_VALUES));
      };
      case 4, 5 -> object(depth + 1, null);
      case 6 -> NODES.objectNode().put("type", "array").set("items", schema(depth + 1));
      case 7 -> NODES.objectNode().put("type", "object").set("additionalProperties", schema(depth + 1));
      case 8, 9 -> union(depth + 1);
      case 10 -> allOf(depth + 1);
      case 11 -> NODES.objectNode().set("type", NODES.arrayNode().add("string").add(pick(List.of("integer",
          "number", "boolean", "object", "array"))));
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
        yield scalar.set("type", NODES.arrayNode().add(scalar.get("type").asText()).add("null"));
      }
      case 2 -> NODES.objectNode().set("anyOf", NODES.arrayNode().add(schema(depth))
          .add(NODES.objectNode().put("type", "null")));
      default -> NODES.objectNode().set("oneOf", NODES.arrayNode()
          .add(NODES.objectNode().put("type", "null")).add(schema(depth)));
    };
  }

  /** An object schema; with a {@code tag}, its required {@code type} property fixes that value. */
  private ObjectNode object(int depth, String tag) {
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
      properties.set("type", random.nextBoolean() ? NODES.objectNode().put("type", "string").put("const", tag)
          : NODES.objectNode().put("type", "string").set("enum", NODES.arrayNode().add(tag)));
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
  private ObjectNode taggedObject(String tag, int depth) {
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
            schemas.set(key, member);
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
        members.add(NODES.objectNode().put("type", "string").set("enum", NODES.arrayNode().add("inf")));
      }
      default -> {
        members.add(random.nextBoolean() ? scalar() : enumSchema());
        members.add(random.nextBoolean() ? object(depth, null)
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
    schemas.set(base, object(depth, null));
    ArrayNode parts = NODES.arrayNode().add(ref("#/components/schemas/" + base));
    parts.add(object(depth, null));
    if (random.nextInt(4) == 0) {
      parts.add(NODES.objectNode().put("description", pick(TEXTS)));
    }
    return NODES.objectNode().set("allOf", parts);
  }

  private static List<String> names(ObjectNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static ObjectNode ref(String pointer) {
    return NODES.objectNode().put("$ref", pointer);
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
