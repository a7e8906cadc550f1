package io.asyncgen.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Proves an AsyncAPI 2.x document against real traffic: every message reachable from the channels'
 * {@code publish}/{@code subscribe} operations is indexed by the wire {@code type} its payload fixes,
 * and each event (JSON text) is validated, as Draft-07 JSON Schema, against the payload of the message
 * with the event's {@code type}.
 *
 * <p>References are resolved for real: the schema handed to the validator is the document's
 * {@code components} and {@code channels} with a root {@code $ref} to the payload (Draft-07 ignores the
 * siblings of {@code $ref}), so {@code #/components/schemas/...} pointers inside payloads resolve
 * against the document itself.
 * AsyncAPI-only keywords such as {@code discriminator} are unknown to Draft-07 and ignored. Format
 * assertions are off.
 *
 * <p>{@link TrafficValidation} runs it over files and directories of recorded traffic.
 */
public final class PayloadValidator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Synthetic root key under which payloads that are not plain {@code $ref}s are reachable. */
    private static final String INLINE_PAYLOADS = "x-payload-validator-inline";

    private final JsonNode document;
    private final ObjectNode inlinePayloads = JSON.createObjectNode();
    /** type -> JSON pointers (URI fragments) of the payload schemas declared for it. */
    private final Map<String, Set<String>> payloadsByType = new LinkedHashMap<>();

    private final Map<String, Set<String>> typesByDirection = new LinkedHashMap<>();
    private final Map<String, JsonSchema> schemaCache = new LinkedHashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(false)
            .pathType(PathType.JSON_POINTER)
            .build();

    private PayloadValidator(JsonNode document) {
        this.document = document;
        typesByDirection.put("publish", new TreeSet<>());
        typesByDirection.put("subscribe", new TreeSet<>());
        index();
    }

    /**
     * Loads an AsyncAPI YAML document; indexes every message reachable from channels'
     * publish/subscribe (message, message.oneOf, $refs to components/messages) by the {@code type}
     * value its payload fixes (const or single-value enum on required property {@code type}).
     */
    public static PayloadValidator forDocument(Path asyncApiYaml) {
        try {
            return new PayloadValidator(YAML.readTree(asyncApiYaml.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + asyncApiYaml, e);
        }
    }

    /** All indexed type values. */
    public Set<String> eventTypes() {
        return Collections.unmodifiableSet(new TreeSet<>(payloadsByType.keySet()));
    }

    /** The type values of the messages of one direction, {@code "publish"} or {@code "subscribe"}. */
    public Set<String> eventTypes(String direction) {
        Set<String> types = typesByDirection.get(direction);
        if (types == null) {
            throw new IllegalArgumentException("direction must be publish or subscribe: " + direction);
        }
        return Collections.unmodifiableSet(types);
    }

    // ---------------------------------------------------------------- indexing

    private void index() {
        JsonNode channels = document.path("channels");
        for (Map.Entry<String, JsonNode> channel : channels.properties()) {
            String channelPointer = "/channels/" + escape(channel.getKey());
            JsonNode channelNode = channel.getValue();
            String channelRefPointer = channelPointer;
            if (channelNode.has("$ref")) {
                channelRefPointer = localPointer(channelNode.get("$ref").asText());
                channelNode = resolve(channelNode);
            }
            for (String direction : List.of("publish", "subscribe")) {
                JsonNode operation = channelNode.path(direction);
                if (operation.isMissingNode()) {
                    continue;
                }
                String opPointer = channelRefPointer + "/" + direction;
                JsonNode message = operation.path("message");
                if (message.isMissingNode()) {
                    continue;
                }
                String messagePointer = opPointer + "/message";
                if (message.has("$ref")) {
                    messagePointer = localPointer(message.get("$ref").asText());
                    message = resolve(message);
                }
                if (message.has("oneOf")) {
                    JsonNode members = message.get("oneOf");
                    for (int i = 0; i < members.size(); i++) {
                        JsonNode member = members.get(i);
                        String memberPointer = messagePointer + "/oneOf/" + i;
                        if (member.has("$ref")) {
                            memberPointer = localPointer(member.get("$ref").asText());
                            member = resolve(member);
                        }
                        indexMessage(direction, memberPointer, member);
                    }
                } else {
                    indexMessage(direction, messagePointer, message);
                }
            }
        }
    }

    private void indexMessage(String direction, String messagePointer, JsonNode message) {
        JsonNode payload = message.path("payload");
        if (payload.isMissingNode()) {
            return;
        }
        String payloadFragment;
        if (payload.has("$ref")
                && payload.size() == 1
                && payload.get("$ref").asText().startsWith("#")) {
            payloadFragment = payload.get("$ref").asText();
        } else {
            // An inline payload: make it reachable from the root by a simple pointer (channel names
            // may contain characters, such as '#', that do not survive in a URI fragment).
            String key = "p" + inlinePayloads.size();
            inlinePayloads.set(key, payload);
            payloadFragment = "#/" + INLINE_PAYLOADS + "/" + key;
        }
        String type = fixedType(payload, 0);
        if (type == null) {
            return;
        }
        payloadsByType.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(payloadFragment);
        typesByDirection.get(direction).add(type);
    }

    /** The value a schema fixes for its required property {@code type}, or null. */
    private String fixedType(JsonNode schema, int depth) {
        if (depth > 20) {
            return null;
        }
        schema = resolve(schema);
        JsonNode typeProperty = schema.path("properties").path("type");
        if (!typeProperty.isMissingNode() && requires(schema, "type")) {
            typeProperty = resolve(typeProperty);
            if (typeProperty.path("const").isTextual()) {
                return typeProperty.get("const").asText();
            }
            JsonNode values = typeProperty.path("enum");
            if (values.isArray() && values.size() == 1 && values.get(0).isTextual()) {
                return values.get(0).asText();
            }
        }
        for (JsonNode member : schema.path("allOf")) {
            String type = fixedType(member, depth + 1);
            if (type != null) {
                return type;
            }
        }
        return null;
    }

    private boolean requires(JsonNode schema, String property) {
        for (JsonNode name : schema.path("required")) {
            if (property.equals(name.asText())) {
                return true;
            }
        }
        return false;
    }

    /** Follows local {@code $ref}s ("#/...") until a node without one is reached. */
    private JsonNode resolve(JsonNode node) {
        for (int i = 0; i < 32 && node.has("$ref") && node.get("$ref").isTextual(); i++) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#")) {
                throw new IllegalArgumentException("only local $refs are supported: " + ref);
            }
            JsonNode target = document.at(localPointer(ref));
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("unresolvable $ref: " + ref);
            }
            node = target;
        }
        return node;
    }

    private static String localPointer(String ref) {
        String pointer = ref.substring(1);
        return URLDecoder.decode(pointer.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    // ---------------------------------------------------------------- validation

    /**
     * Validates one event (JSON text) against the payload schema of the message whose type equals the
     * event's {@code type}. Returns human-readable problems, empty when valid; unknown type -> one
     * problem {@code no message with type 'x'}.
     */
    public List<String> validate(String eventJson) {
        JsonNode event;
        try {
            event = JSON.readTree(eventJson);
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
        if (event == null || !event.isObject()) {
            return List.of("not a JSON object");
        }
        JsonNode typeNode = event.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            return List.of("no string property 'type'");
        }
        String type = typeNode.asText();
        Set<String> payloads = payloadsByType.get(type);
        if (payloads == null) {
            return List.of("no message with type '" + type + "'");
        }
        List<String> firstProblems = null;
        for (String fragment : payloads) {
            List<String> problems = schemaFor(fragment).validate(event).stream()
                    .map(PayloadValidator::describe)
                    .distinct()
                    .collect(Collectors.toList());
            if (problems.isEmpty()) {
                return List.of();
            }
            if (firstProblems == null) {
                firstProblems = problems;
            }
        }
        return firstProblems;
    }

    private static String describe(ValidationMessage message) {
        String pointer = message.getInstanceLocation() == null
                ? ""
                : message.getInstanceLocation().toString();
        String text = message.getError() != null ? message.getError() : message.getMessage();
        return (pointer.isEmpty() ? "/" : pointer) + ": " + text;
    }

    private synchronized JsonSchema schemaFor(String fragment) {
        return schemaCache.computeIfAbsent(fragment, f -> {
            ObjectNode root = JSON.createObjectNode();
            root.put("$ref", f);
            // Shallow copy of the parts a payload may point into (the subtrees are shared, never
            // modified). Top-level AsyncAPI fields such as `id` or `info` are left out: the
            // validator would read `id` as a schema keyword.
            for (String part : List.of("components", "channels")) {
                if (document.has(part)) {
                    root.set(part, document.get(part));
                }
            }
            root.set(INLINE_PAYLOADS, inlinePayloads);
            return factory.getSchema(root, config);
        });
    }
}
