package io.asyncgen.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Reads a JSON Schema along the evaluation paths of its validator's errors ({@code $ref}s
 * followed): what the schema at the end of a path declares and allows, and how many steps into
 * the instance a path takes.
 */
final class MetaSchemaPaths {
    /** Draft-07 keywords that step from an object or array into one of its members. */
    private static final Set<String> STEPS =
            Set.of("properties", "patternProperties", "additionalProperties", "items", "additionalItems", "contains");
    /** Keywords whose next path token names a member or branch rather than a keyword. */
    private static final Set<String> NAMING =
            Set.of("properties", "patternProperties", "dependencies", "allOf", "anyOf", "oneOf");

    private final JsonNode root;

    MetaSchemaPaths(JsonNode root) {
        this.root = root;
    }

    /** The properties the schema at the end of {@code evaluation} declares. */
    List<String> declaredProperties(List<String> evaluation) {
        List<String> names = new ArrayList<>();
        resolve(schemaAt(evaluation)).path("properties").fieldNames().forEachRemaining(names::add);
        return List.copyOf(names);
    }

    /** Whether the schema at {@code evaluation} declares every property written (extensions aside). */
    boolean declaresAll(List<String> evaluation, Set<String> written) {
        List<String> declared = declaredProperties(evaluation);
        return written.stream().allMatch(name -> name.startsWith("x-") || declared.contains(name));
    }

    /** Whether the schema at {@code evaluation} constrains {@code property} to values including {@code value}. */
    boolean allows(List<String> evaluation, String property, String value) {
        JsonNode constraint =
                resolve(resolve(schemaAt(evaluation)).path("properties").path(property));
        if (constraint.has("const")) {
            return constraint.get("const").asText().equals(value);
        }
        return StreamSupport.stream(constraint.path("enum").spliterator(), false)
                .anyMatch(allowed -> allowed.asText().equals(value));
    }

    /**
     * The nearest object above the instance {@code at} whose schema, on the way down the
     * {@code evaluation} path, declares {@code property}: it was written one level too deep.
     */
    Optional<List<String>> declaringAncestor(List<String> evaluation, List<String> at, String property) {
        List<String> declaring = null;
        int depth = 0;
        for (int i = 0; i < evaluation.size(); i++) {
            String token = evaluation.get(i);
            if (STEPS.contains(token)) {
                if (depth < at.size()
                        && resolve(schemaAt(evaluation.subList(0, i)))
                                .path("properties")
                                .has(property)) {
                    declaring = at.subList(0, depth);
                }
                depth++;
            }
            i += NAMING.contains(token) ? 1 : 0;
        }
        return Optional.ofNullable(declaring).map(List::copyOf);
    }

    /** The schema an evaluation path leads to, following {@code $ref}s; a missing node if it leaves the document. */
    private JsonNode schemaAt(List<String> evaluation) {
        JsonNode schema = root;
        for (int i = 0; i < evaluation.size() && !schema.isMissingNode(); i++) {
            String token = evaluation.get(i);
            if (token.equals("$ref")) {
                schema = reference(schema);
            } else if (NAMING.contains(token) && i + 1 < evaluation.size()) {
                schema = member(schema.path(token), evaluation.get(++i));
            } else {
                schema = member(schema, token);
            }
        }
        return schema;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        for (int hops = 0; resolved.has("$ref") && hops < 20; hops++) {
            resolved = reference(resolved);
        }
        return resolved;
    }

    private JsonNode reference(JsonNode schema) {
        String target = schema.path("$ref").asText();
        return target.startsWith("#") ? root.at(target.substring(1)) : JsonNodeFactory.instance.missingNode();
    }

    private static JsonNode member(JsonNode node, String token) {
        return node.isArray() && isIndex(token) ? node.path(Integer.parseInt(token)) : node.path(token);
    }

    /** How many instance steps the Draft-07 keywords along {@code evaluation} take. */
    static int instanceDepth(List<String> evaluation) {
        int depth = 0;
        for (int i = 0; i < evaluation.size(); i++) {
            String token = evaluation.get(i);
            depth += STEPS.contains(token) ? 1 : 0;
            boolean tupleItem = token.equals("items") && i + 1 < evaluation.size() && isIndex(evaluation.get(i + 1));
            i += NAMING.contains(token) || tupleItem ? 1 : 0;
        }
        return depth;
    }

    static boolean isIndex(String token) {
        return !token.isEmpty() && token.length() < 10 && token.chars().allMatch(Character::isDigit);
    }
}
