package io.asyncgen.core.link;

import com.fasterxml.jackson.databind.JsonNode;
import io.asyncgen.core.model.Discriminator;
import io.asyncgen.core.model.JsonType;
import io.asyncgen.core.model.ListType;
import io.asyncgen.core.model.MapType;
import io.asyncgen.core.model.NamedType;
import io.asyncgen.core.model.Property;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.model.TypeRef;
import io.asyncgen.core.model.UnionType;
import io.asyncgen.core.naming.InlineTypeNames;
import io.asyncgen.core.naming.InlineTypeNames.UnionMemberKind;
import io.asyncgen.core.read.MapNode;
import io.asyncgen.core.read.SpecDocuments;
import io.asyncgen.core.read.SpecNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links {@code oneOf}/{@code anyOf} (and {@code type} lists) into {@link UnionType}s. A
 * {@code null} member makes the union nullable instead; a single remaining member is used as it
 * is. The discriminator is the declared one, or detected when every member is a record that
 * fixes one required property with a {@code const} or single-value {@code enum}.
 */
final class UnionLinker {
    private final SchemaLinker linker;

    UnionLinker(SchemaLinker linker) {
        this.linker = linker;
    }

    SchemaLinker.Typed link(MapNode node, SchemaFacts f, String suggested) {
        List<SpecNode> branches = new ArrayList<>(f.oneOf().isEmpty() ? f.anyOf() : f.oneOf());
        boolean nullable = branches.removeIf(this::isNullSchema);
        if (branches.size() == 1) {
            return linker.link(branches.get(0), suggested).nullable(nullable);
        }
        String name = linker.allocateName(node, suggested);
        TypeRef ref = linker.register(node, name, nullable);
        List<TypeDef> members = new ArrayList<>();
        List<String> memberNames = memberNames(name, branches);
        for (int i = 0; i < branches.size(); i++) {
            members.add(linker.link(branches.get(i), memberNames.get(i)).type());
        }
        Optional<Discriminator> discriminator = discriminator(members, f.discriminator(), node);
        linker.define(new UnionType(
                name, f.description().or(f::title), members, discriminator, f.extensions(), node.location()));
        return new SchemaLinker.Typed(ref, nullable);
    }

    /** {@code type: [string, integer]}: a union decoded by the JSON shape of the value. */
    SchemaLinker.Typed linkTypeList(MapNode node, SchemaFacts f, Set<String> types, String suggested) {
        String name = linker.allocateName(node, suggested);
        List<TypeDef> members = new ArrayList<>();
        for (String type : types) {
            members.add(
                    switch (type) {
                        case "integer" -> new ScalarType(ScalarType.Kind.INTEGER, f.format());
                        case "number" -> new ScalarType(ScalarType.Kind.NUMBER, f.format());
                        case "boolean" -> ScalarType.of(ScalarType.Kind.BOOLEAN);
                        case "string" -> new ScalarType(ScalarType.Kind.STRING, f.format());
                        case "array" -> new ListType(new JsonType(), true);
                        default -> new MapType(new JsonType(), true);
                    });
        }
        linker.define(new UnionType(name, f.description(), members, Optional.empty(), f.extensions(), node.location()));
        return new SchemaLinker.Typed(new TypeRef(name), false);
    }

    private boolean isNullSchema(SpecNode branch) {
        return linker.documents()
                .deref(branch)
                .filter(MapNode.class::isInstance)
                .map(MapNode.class::cast)
                .map(map -> {
                    SchemaFacts f = linker.facts(map);
                    return f.types().equals(Set.of("null"));
                })
                .orElse(false);
    }

    /**
     * The name an inline member is given when it has no {@code x-java-name} or {@code title}, from
     * what it is: an object fixing a property to a value is {@code <Value><Union>}
     * ({@code retention_ratio} in {@code Truncation} -> {@code RetentionRatioTruncation}), a string
     * enum {@code <Union>Mode}, another object {@code <Union>Object}, a union {@code <Union>Choice}
     * (an array's items are named after {@code <Union>List});
     * when two members would get the same name, each gets its position ({@code <Union>Object1}).
     */
    private List<String> memberNames(String union, List<SpecNode> branches) {
        List<String> names = new ArrayList<>();
        for (SpecNode branch : branches) {
            names.add(memberName(union, branch));
        }
        return InlineTypeNames.numberedWhereEqual(names);
    }

    private String memberName(String union, SpecNode branch) {
        if (!(branch instanceof MapNode map) || SpecDocuments.refOf(map).isPresent()) {
            return InlineTypeNames.unionMember(union, UnionMemberKind.REFERENCE);
        }
        SchemaFacts f = linker.facts(map);
        Optional<String> fixed = f.properties().values().stream()
                .filter(MapNode.class::isInstance)
                .map(MapNode.class::cast)
                .map(p -> linker.facts(p).fixedValue())
                .flatMap(Optional::stream)
                .findFirst();
        if (fixed.isPresent()) {
            return InlineTypeNames.fixedUnionMember(union, fixed.get());
        }
        if (!f.oneOf().isEmpty() || !f.anyOf().isEmpty()) {
            return InlineTypeNames.unionMember(union, UnionMemberKind.CHOICE);
        }
        long strings =
                f.enumValues().stream().filter(JsonNode::isTextual).distinct().count();
        if (strings > 1) {
            return InlineTypeNames.unionMember(union, UnionMemberKind.ENUM);
        }
        if (f.hasType("array") || f.items().isPresent()) {
            return InlineTypeNames.unionMember(union, UnionMemberKind.LIST);
        }
        boolean object = f.hasType("object")
                || !f.properties().isEmpty()
                || f.additionalProperties().isPresent()
                || !f.allOf().isEmpty();
        return InlineTypeNames.unionMember(union, object ? UnionMemberKind.OBJECT : UnionMemberKind.VALUE);
    }

    /**
     * The declared discriminator, checked against the members, or one detected from the members:
     * the first property (in the first member's order) that every member requires and fixes to a
     * value of its own.
     */
    Optional<Discriminator> discriminator(List<TypeDef> members, Optional<String> declared, MapNode at) {
        List<RecordType> records = new ArrayList<>();
        for (TypeDef member : members) {
            NamedType named = member instanceof TypeRef ref ? linker.types().get(ref.name()) : null;
            if (!(named instanceof RecordType record)) {
                if (declared.isPresent()) {
                    linker.diagnostics()
                            .warning(
                                    at.location(),
                                    "discriminator '" + declared.get()
                                            + "' needs every member to be an object schema; decoding this union by shape instead");
                }
                return Optional.empty();
            }
            records.add(record);
        }
        if (declared.isPresent()) {
            return valuesFor(declared.get(), records, true, at);
        }
        if (records.isEmpty()) {
            return Optional.empty();
        }
        for (Property candidate : records.get(0).properties()) {
            if (candidate.required() && candidate.constValue().isPresent()) {
                Optional<Discriminator> found = valuesFor(candidate.wireName(), records, false, at);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Discriminator> valuesFor(String property, List<RecordType> records, boolean declared, MapNode at) {
        Map<String, String> values = new LinkedHashMap<>();
        for (RecordType record : records) {
            Optional<String> value = record.property(property).flatMap(Property::constValue);
            boolean required = record.property(property).map(Property::required).orElse(false);
            if (value.isEmpty() || (!declared && !required) || values.containsValue(value.get())) {
                if (declared) {
                    String problem = value.isEmpty()
                            ? "does not fix '" + property + "' with a const or single-value enum"
                            : "uses the value '" + value.get() + "' of another member";
                    linker.diagnostics()
                            .warning(
                                    record.source(),
                                    "discriminator '" + property + "': member " + record.name() + " " + problem
                                            + "; it can only be decoded as unknown");
                    continue;
                }
                return Optional.empty();
            }
            values.put(record.name(), value.get());
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(new Discriminator(property, values, declared));
    }
}
