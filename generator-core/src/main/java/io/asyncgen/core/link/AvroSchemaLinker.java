package io.asyncgen.core.link;

import com.fasterxml.jackson.databind.JsonNode;
import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.model.EnumType;
import io.asyncgen.core.model.Extensions;
import io.asyncgen.core.model.JsonType;
import io.asyncgen.core.model.ListType;
import io.asyncgen.core.model.MapType;
import io.asyncgen.core.model.Property;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.ScalarType.Kind;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.model.TypeRef;
import io.asyncgen.core.naming.InlineTypeNames;
import io.asyncgen.core.naming.JavaNames;
import io.asyncgen.core.naming.NameScope;
import io.asyncgen.core.naming.RecordMemberNames;
import io.asyncgen.core.read.ListNode;
import io.asyncgen.core.read.MapNode;
import io.asyncgen.core.read.ScalarNode;
import io.asyncgen.core.read.SpecDocuments;
import io.asyncgen.core.read.SpecNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Links an Avro schema (1.9 and later) into the same model as a JSON schema: a record becomes a
 * {@link RecordType}, an enum an {@link EnumType}, an array a list, a map a map, a union with
 * {@code null} the other branch made nullable; primitives and logical types become scalars as the
 * type-mapping table says. Named types are known by their full name, as Avro resolves them.
 */
final class AvroSchemaLinker {
    private final SpecDocuments documents;
    private final Diagnostics diagnostics;
    private final SchemaLinker schemas;
    private final Map<String, TypeDef> named = new HashMap<>();
    private final Map<SpecNode, TypeDef> linked = new IdentityHashMap<>();

    AvroSchemaLinker(SpecDocuments documents, Diagnostics diagnostics, SchemaLinker schemas) {
        this.documents = documents;
        this.diagnostics = diagnostics;
        this.schemas = schemas;
    }

    /** A type whose value may also be {@code null}. */
    private record Typed(TypeDef type, boolean nullable) {}

    TypeDef link(SpecNode node, String suggested) {
        return documents
                .deref(node)
                .map(schema -> typed(schema, "", suggested).type())
                .orElse(new JsonType());
    }

    private Typed typed(SpecNode schema, String namespace, String suggested) {
        if (schema instanceof ScalarNode name && name.kind() == ScalarNode.Kind.STRING) {
            return new Typed(byName(name, namespace), name.text().equals("null"));
        }
        if (schema instanceof ListNode union) {
            return union(union, namespace, suggested);
        }
        if (schema instanceof MapNode map) {
            TypeDef known = linked.get(map);
            return new Typed(known != null ? known : complex(map, namespace, suggested), false);
        }
        diagnostics.error(
                schema.location(),
                "an Avro schema must be a type name, a union list or a mapping," + " but this is " + schema.kindName());
        return new Typed(new JsonType(), true);
    }

    private TypeDef byName(ScalarNode name, String namespace) {
        Optional<TypeDef> primitive = primitive(name.text());
        if (primitive.isPresent()) {
            return primitive.get();
        }
        TypeDef type = named.get(fullName(name.text(), namespace));
        if (type == null) {
            type = named.get(name.text());
        }
        if (type == null) {
            diagnostics.error(
                    name.location(),
                    "Avro type '" + name.text() + "' is not defined here; define a named"
                            + " type (record, enum, fixed) before it is used, or use a primitive type name");
            return new JsonType();
        }
        return type;
    }

    private static Optional<TypeDef> primitive(String name) {
        return Optional.ofNullable(
                switch (name) {
                    case "null" -> new JsonType();
                    case "boolean" -> ScalarType.of(Kind.BOOLEAN);
                    case "int" -> new ScalarType(Kind.INTEGER, Optional.of("int32"));
                    case "long" -> new ScalarType(Kind.INTEGER, Optional.of("int64"));
                    case "float" -> new ScalarType(Kind.NUMBER, Optional.of("float"));
                    case "double" -> new ScalarType(Kind.NUMBER, Optional.of("double"));
                    case "bytes", "string" -> ScalarType.of(Kind.STRING);
                    default -> null;
                });
    }

    /** {@code [null, X]}: X, nullable; {@code [X]}: X; several other branches: any JSON value, with a warning. */
    private Typed union(ListNode union, String namespace, String suggested) {
        List<SpecNode> branches = union.items();
        List<SpecNode> values = branches.stream()
                .filter(b -> !(b instanceof ScalarNode s && s.text().equals("null")))
                .toList();
        boolean nullable = values.size() < branches.size();
        if (values.size() == 1) {
            return new Typed(typed(values.get(0), namespace, suggested).type(), nullable);
        }
        if (values.isEmpty()) {
            return new Typed(new JsonType(), true);
        }
        values.forEach(v -> typed(v, namespace, suggested));
        diagnostics.warning(
                union.location(),
                "an Avro union of " + values.size() + " types other than null is"
                        + " typed as any JSON value (JsonNode); asyncgen maps unions of one type with null");
        return new Typed(new JsonType(), true);
    }

    private TypeDef complex(MapNode map, String namespace, String suggested) {
        Optional<SpecNode> typeNode = map.get("type");
        if (typeNode.isEmpty()) {
            diagnostics.error(
                    map.location(),
                    "an Avro schema mapping needs 'type' (record, enum, array, map, fixed"
                            + " or a primitive type name)");
            return new JsonType();
        }
        if (!(typeNode.get() instanceof ScalarNode type) || type.kind() != ScalarNode.Kind.STRING) {
            return typed(typeNode.get(), namespace, suggested).type();
        }
        // a dotted name carries its own namespace, which then applies to the names inside it too
        String ns = map.text("name")
                .filter(n -> n.contains("."))
                .map(n -> n.substring(0, n.lastIndexOf('.')))
                .or(() -> map.text("namespace"))
                .orElse(namespace);
        return switch (type.text()) {
            case "record", "error" -> record(map, ns, suggested);
            case "enum" -> enumType(map, ns, suggested);
            case "array" ->
                map.get("items")
                        .map(i -> typed(i, ns, InlineTypeNames.items(suggested)))
                        .<TypeDef>map(i -> new ListType(i.type(), i.nullable()))
                        .orElseGet(() -> missing(map, "items"));
            case "map" ->
                map.get("values")
                        .map(v -> typed(v, ns, InlineTypeNames.values(suggested)))
                        .<TypeDef>map(v -> new MapType(v.type(), v.nullable()))
                        .orElseGet(() -> missing(map, "values"));
            case "fixed" -> define(map, ns, ScalarType.of(Kind.STRING));
            default -> logical(map, type);
        };
    }

    private TypeDef missing(MapNode map, String member) {
        diagnostics.error(map.location(), "this Avro " + map.text("type").orElse("") + " needs '" + member + "'");
        return new JsonType();
    }

    /** A primitive with a {@code logicalType}: uuid is a {@code uuid} string, the others keep their primitive. */
    private TypeDef logical(MapNode map, ScalarNode type) {
        TypeDef base = byName(type, "");
        if (map.text("logicalType").orElse("").equals("uuid") && type.text().equals("string")) {
            return new ScalarType(Kind.STRING, Optional.of("uuid"));
        }
        return base;
    }

    private TypeDef define(MapNode map, String namespace, TypeDef type) {
        map.text("name").ifPresent(name -> named.put(fullName(name, namespace), type));
        linked.put(map, type);
        return type;
    }

    private TypeDef record(MapNode map, String namespace, String suggested) {
        String avroName = map.text("name").orElse(suggested);
        String name = schemas.allocateName(map, JavaNames.typeName(simpleName(avroName)));
        TypeDef ref = define(map, namespace, new TypeRef(name));
        NameScope members = RecordMemberNames.scope();
        List<Property> properties = new ArrayList<>();
        for (SpecNode fieldNode : map.list("fields").map(ListNode::items).orElse(List.of())) {
            if (fieldNode instanceof MapNode field && field.text("name").isPresent() && field.has("type")) {
                String wire = field.text("name").get();
                Typed typed = diagnostics.within(
                        "for field " + wire,
                        field.location(),
                        () -> typed(field.get("type").get(), namespace, InlineTypeNames.member(name, wire)));
                Optional<JsonNode> defaultValue = field.get("default").map(SpecNode::toJson);
                properties.add(new Property(
                        wire,
                        members.allocate(RecordMemberNames.wanted(wire, Optional.empty())),
                        typed.type(),
                        defaultValue.isEmpty(),
                        typed.nullable(),
                        Optional.empty(),
                        defaultValue,
                        field.text("doc"),
                        false,
                        Extensions.NONE,
                        field.location()));
            } else {
                diagnostics.error(fieldNode.location(), "an Avro record field needs 'name' and 'type'");
            }
        }
        schemas.define(new RecordType(
                name,
                Optional.empty(),
                map.text("doc"),
                properties,
                List.of(),
                Optional.empty(),
                false,
                false,
                Extensions.NONE,
                map.location()));
        return ref;
    }

    private TypeDef enumType(MapNode map, String namespace, String suggested) {
        String name = schemas.allocateName(
                map, JavaNames.typeName(simpleName(map.text("name").orElse(suggested))));
        NameScope constants = NameScope.forMembers();
        List<EnumType.EnumValue> values = new ArrayList<>();
        for (String symbol : new LinkedHashSet<>(texts(map.list("symbols")))) {
            values.add(new EnumType.EnumValue(symbol, constants.allocate(JavaNames.constantName(symbol))));
        }
        EnumType type = new EnumType(name, map.text("doc"), values, false, Extensions.NONE, map.location());
        schemas.define(type);
        return define(map, namespace, type.ref());
    }

    private static List<String> texts(Optional<ListNode> list) {
        return list.map(l -> l.items().stream().map(i -> i.toJson().asText()).toList())
                .orElse(List.of());
    }

    private static String fullName(String name, String namespace) {
        return name.contains(".") || namespace.isEmpty() ? name : namespace + "." + name;
    }

    private static String simpleName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
