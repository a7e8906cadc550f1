package io.asyncgen.core.link;

import com.fasterxml.jackson.databind.JsonNode;
import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.model.Discriminator;
import io.asyncgen.core.model.EnumType;
import io.asyncgen.core.model.JsonType;
import io.asyncgen.core.model.ListType;
import io.asyncgen.core.model.MapType;
import io.asyncgen.core.model.NamedType;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.model.TypeRef;
import io.asyncgen.core.naming.InlineTypeNames;
import io.asyncgen.core.naming.JavaNames;
import io.asyncgen.core.naming.NameScope;
import io.asyncgen.core.naming.SchemaNameHints;
import io.asyncgen.core.naming.TypeNameAllocator;
import io.asyncgen.core.read.ListNode;
import io.asyncgen.core.read.MapNode;
import io.asyncgen.core.read.ScalarNode;
import io.asyncgen.core.read.SpecDocuments;
import io.asyncgen.core.read.SpecNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns schema objects into {@link TypeDef}s. Each schema object (after {@code $ref}s) becomes at
 * most one named type, however often it is used; a type is registered under its name before its
 * members are linked, so recursive schemas link to themselves.
 */
final class SchemaLinker {
    /** A component schema, or a schema at the top of a fragment file ({@code schemas.yaml#/commentId}). */
    private static final Pattern COMPONENT = Pattern.compile("^(?:/components/schemas)?/([^/]+)$");

    private final SpecDocuments documents;
    private final Diagnostics diagnostics;
    private final SchemaFactsReader factsReader;
    private final TypeNameAllocator names;
    private final Map<String, NamedType> types = new LinkedHashMap<>();
    private final Map<SpecNode, Typed> linked = new IdentityHashMap<>();
    private final Map<SpecNode, SchemaFacts> facts = new IdentityHashMap<>();
    /**
     * Inline string enums that say nothing but their values, by their values: another one with the
     * same values is the same type (two {@code output_modalities} lists share one enum).
     */
    private final Map<List<String>, TypeRef> anonymousEnums = new LinkedHashMap<>();
    /** Schemas whose linking has begun and not ended, to stop a schema that contains itself. */
    private final Set<SpecNode> linking = Collections.newSetFromMap(new IdentityHashMap<>());

    private final RecordLinker records;
    private final UnionLinker unions;

    /** A type with whether {@code null} is allowed where it is used. */
    record Typed(TypeDef type, boolean nullable) {
        Typed nullable(boolean orNull) {
            return orNull && !nullable ? new Typed(type, true) : this;
        }
    }

    SchemaLinker(SpecDocuments documents, Diagnostics diagnostics) {
        this.documents = documents;
        this.diagnostics = diagnostics;
        this.factsReader = new SchemaFactsReader(diagnostics);
        this.names = new TypeNameAllocator(diagnostics);
        this.records = new RecordLinker(this);
        this.unions = new UnionLinker(this);
    }

    /** Every named type linked so far, in the order they were met. */
    Map<String, NamedType> types() {
        return types;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    SpecDocuments documents() {
        return documents;
    }

    /**
     * The type of the schema at {@code node}; {@code suggestedName} names it when it becomes a
     * named type and the schema offers no better name.
     */
    Typed link(SpecNode node, String suggestedName) {
        Optional<SpecNode> target = documents.deref(node);
        if (target.isEmpty()) {
            return new Typed(new JsonType(), true);
        }
        SpecNode schema = target.get();
        if (schema instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.BOOLEAN) {
            return new Typed(new JsonType(), true);
        }
        if (!(schema instanceof MapNode map)) {
            diagnostics.error(schema.location(), "a schema must be a mapping, but this is " + schema.kindName());
            return new Typed(new JsonType(), true);
        }
        Typed known = linked.get(map);
        if (known != null) {
            return known;
        }
        if (!linking.add(map)) {
            // only records and unions register a name before their members; anything else cannot contain itself
            diagnostics.warning(
                    map.location(),
                    "this schema contains itself with no object or union in between,"
                            + " which no Java type can express; it is read as any JSON value here");
            return new Typed(new JsonType(), true);
        }
        try {
            Typed result = linkNew(map, suggestedName);
            linked.put(map, result);
            return result;
        } finally {
            linking.remove(map);
        }
    }

    SchemaFacts facts(MapNode node) {
        return facts.computeIfAbsent(node, n -> factsReader.read((MapNode) n));
    }

    /** Registers a named type's name before linking its members (for recursion). */
    TypeRef register(MapNode node, String name, boolean nullable) {
        TypeRef ref = new TypeRef(name);
        linked.put(node, new Typed(ref, nullable));
        return ref;
    }

    /** The discriminator of a union of {@code members} (see {@link UnionLinker#discriminator}). */
    Optional<Discriminator> discriminator(List<TypeDef> members, MapNode at) {
        return unions.discriminator(members, Optional.empty(), at);
    }

    void define(NamedType type) {
        types.put(type.name(), type);
    }

    String allocateName(MapNode node, String suggested) {
        return names.allocate(nameHints(node), suggested, node.location());
    }

    /** What {@code schema} says about its name: {@code x-java-name}, the key it is declared under, {@code title}. */
    static SchemaNameHints nameHints(MapNode schema) {
        Matcher component = COMPONENT.matcher(schema.pointer());
        Optional<String> key =
                component.matches() ? Optional.of(SpecNode.unescape(component.group(1))) : Optional.empty();
        return new SchemaNameHints(schema.text("x-java-name"), key, schema.text("title"));
    }

    private Typed linkNew(MapNode node, String suggested) {
        SchemaFacts f = facts(node);
        boolean nullable = f.nullable() || f.enumValues().stream().anyMatch(JsonNode::isNull);
        if (!f.oneOf().isEmpty() || !f.anyOf().isEmpty()) {
            return unions.link(node, f, suggested).nullable(nullable);
        }
        if (!f.allOf().isEmpty()) {
            Optional<SpecNode> only = soleShapingPart(f);
            return only.isPresent()
                    ? link(only.get(), suggested).nullable(nullable)
                    : new Typed(records.link(node, f, suggested), nullable);
        }
        Set<String> types = new LinkedHashSet<>(f.types());
        types.remove("null");
        if (types.size() > 1) {
            return unions.linkTypeList(node, f, types, suggested).nullable(nullable);
        }
        String type = types.isEmpty() ? inferredType(f) : types.iterator().next();
        return switch (type) {
            case "object" -> new Typed(object(node, f, suggested), nullable);
            case "array" -> new Typed(array(f, suggested), nullable);
            case "string" -> new Typed(string(node, f, suggested), nullable);
            case "integer" -> new Typed(new ScalarType(ScalarType.Kind.INTEGER, f.format()), nullable);
            case "number" -> new Typed(new ScalarType(ScalarType.Kind.NUMBER, f.format()), nullable);
            case "boolean" -> new Typed(new ScalarType(ScalarType.Kind.BOOLEAN, f.format()), nullable);
            default -> new Typed(new JsonType(), true);
        };
    }

    /**
     * For {@code allOf: [{$ref: Id}, {description: ...}]}: the one part that says what the value
     * is, when the schema itself declares no properties and every other part only annotates.
     */
    private Optional<SpecNode> soleShapingPart(SchemaFacts f) {
        if (!f.properties().isEmpty() || f.hasType("object")) {
            return Optional.empty();
        }
        List<SpecNode> shaping = new ArrayList<>();
        for (SpecNode part : f.allOf()) {
            Optional<SpecNode> target = documents.deref(part);
            if (target.isPresent() && target.get() instanceof MapNode map && !isAnnotationOnly(map)) {
                shaping.add(part);
            }
        }
        if (shaping.size() != 1) {
            return Optional.empty();
        }
        SpecNode part = documents.deref(shaping.get(0)).orElseThrow();
        SchemaFacts partFacts = facts((MapNode) part);
        boolean object = !partFacts.properties().isEmpty()
                || partFacts.hasType("object")
                || !partFacts.allOf().isEmpty();
        return object ? Optional.empty() : Optional.of(shaping.get(0));
    }

    private static boolean isAnnotationOnly(MapNode schema) {
        return schema.keys().stream().allMatch(k -> k.startsWith("x-") || ANNOTATIONS.contains(k));
    }

    private static final Set<String> ANNOTATIONS = Set.of(
            "description",
            "title",
            "examples",
            "example",
            "deprecated",
            "default",
            "readOnly",
            "writeOnly",
            "$comment",
            "externalDocs");

    private static String inferredType(SchemaFacts f) {
        if (!f.properties().isEmpty() || f.additionalProperties().isPresent()) {
            return "object";
        }
        if (f.items().isPresent()) {
            return "array";
        }
        List<JsonNode> values = new ArrayList<>(f.enumValues());
        f.constValue().ifPresent(values::add);
        values.removeIf(JsonNode::isNull);
        if (!values.isEmpty() && values.stream().allMatch(JsonNode::isTextual)) {
            return "string";
        }
        return "any";
    }

    private TypeDef object(MapNode node, SchemaFacts f, String suggested) {
        if (f.properties().isEmpty() && f.additionalProperties().isPresent()) {
            Typed values = link(f.additionalProperties().get(), InlineTypeNames.values(suggested));
            return new MapType(values.type(), values.nullable());
        }
        if (f.properties().isEmpty()) {
            return new MapType(new JsonType(), true);
        }
        return records.link(node, f, suggested);
    }

    private TypeDef array(SchemaFacts f, String suggested) {
        // a tuple (items: [A, B]) has no one element type: its elements stay JSON values
        if (f.items().isEmpty() || f.items().get() instanceof ListNode) {
            return new ListType(new JsonType(), true);
        }
        Typed items = link(f.items().get(), InlineTypeNames.items(suggested));
        return new ListType(items.type(), items.nullable());
    }

    private TypeDef string(MapNode node, SchemaFacts f, String suggested) {
        List<String> values = f.enumValues().stream()
                .filter(v -> !v.isNull())
                .map(JsonNode::asText)
                .toList();
        if (values.size() < 2) {
            return new ScalarType(ScalarType.Kind.STRING, f.format(), f.fixedValue());
        }
        boolean anonymous = nameHints(node).preferred().isEmpty()
                && f.description().isEmpty()
                && f.extensions().isEmpty()
                && !f.deprecated();
        List<String> distinct = List.copyOf(new LinkedHashSet<>(values));
        if (anonymous && anonymousEnums.containsKey(distinct)) {
            return anonymousEnums.get(distinct);
        }
        String name = allocateName(node, suggested);
        NameScope constants = NameScope.forMembers();
        List<EnumType.EnumValue> enumValues = new ArrayList<>();
        for (String value : new LinkedHashSet<>(values)) {
            enumValues.add(new EnumType.EnumValue(value, constants.allocate(JavaNames.constantName(value))));
        }
        EnumType type =
                new EnumType(name, f.description(), enumValues, f.deprecated(), f.extensions(), node.location());
        define(type);
        if (anonymous) {
            anonymousEnums.put(distinct, type.ref());
        }
        return type.ref();
    }
}
