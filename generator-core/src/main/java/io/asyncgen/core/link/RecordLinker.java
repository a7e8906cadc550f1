package io.asyncgen.core.link;

import io.asyncgen.core.diagnostic.SourceLocation;
import io.asyncgen.core.model.Extensions;
import io.asyncgen.core.model.Property;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.model.TypeRef;
import io.asyncgen.core.naming.InlineTypeNames;
import io.asyncgen.core.naming.NameScope;
import io.asyncgen.core.naming.RecordMemberNames;
import io.asyncgen.core.read.MapNode;
import io.asyncgen.core.read.SpecDocuments;
import io.asyncgen.core.read.SpecNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links object schemas into {@link RecordType}s, merging {@code allOf}: the properties and
 * required lists of every part, in order, then the schema's own. A part that is a named schema
 * is recorded as a base.
 */
final class RecordLinker {
    private final SchemaLinker linker;

    RecordLinker(SchemaLinker linker) {
        this.linker = linker;
    }

    /** A property as merged: its schema node, whether required, and where its name is written. */
    private record Merged(SpecNode schema, boolean required, SourceLocation declared) {}

    TypeRef link(MapNode node, SchemaFacts f, String suggested) {
        String name = linker.allocateName(node, suggested);
        TypeRef ref = linker.register(node, name, f.nullable());
        Map<String, Merged> merged = new LinkedHashMap<>();
        List<TypeRef> bases = new ArrayList<>();
        Set<String> required = new LinkedHashSet<>();
        Optional<String> description = f.description();
        for (SpecNode part : f.allOf()) {
            Optional<SpecNode> target = linker.documents().deref(part);
            if (target.isEmpty() || !(target.get() instanceof MapNode partMap)) {
                continue;
            }
            if (SchemaLinker.nameHints(partMap).preferred().isPresent()
                    && !linker.facts(partMap).properties().isEmpty()) {
                if (linker.link(partMap, InlineTypeNames.allOfBase(name)).type() instanceof TypeRef base) {
                    bases.add(base);
                }
            }
            collect(partMap, merged, required, new LinkedHashSet<>());
            if (description.isEmpty()) {
                description = linker.facts(partMap).description();
            }
        }
        collectOwn(f, merged, required);
        NameScope members = RecordMemberNames.scope();
        List<Property> properties = new ArrayList<>();
        merged.forEach((wireName, m) -> properties.add(linker.diagnostics()
                .within(
                        "for property " + wireName,
                        m.declared(),
                        () -> property(
                                name, wireName, m.schema(), m.required() || required.contains(wireName), members))));
        Optional<TypeDef> additional = f.additionalProperties()
                .map(schema -> linker.link(schema, InlineTypeNames.values(name)).type());
        linker.define(new RecordType(
                name,
                f.title(),
                description,
                properties,
                bases,
                additional,
                f.closed(),
                f.deprecated(),
                f.extensions(),
                node.location()));
        return ref;
    }

    /** Adds the properties of an {@code allOf} part, following its own {@code allOf} first. */
    private void collect(MapNode part, Map<String, Merged> merged, Set<String> required, Set<MapNode> seen) {
        if (!seen.add(part)) {
            return;
        }
        SchemaFacts f = linker.facts(part);
        for (SpecNode nested : f.allOf()) {
            linker.documents()
                    .deref(nested)
                    .filter(MapNode.class::isInstance)
                    .map(MapNode.class::cast)
                    .ifPresent(map -> collect(map, merged, required, seen));
        }
        collectOwn(f, merged, required);
    }

    private static void collectOwn(SchemaFacts f, Map<String, Merged> merged, Set<String> required) {
        MapNode declared = f.node().map("properties").orElse(f.node());
        f.properties()
                .forEach((wireName, schema) ->
                        merged.put(wireName, new Merged(schema, false, declared.keyLocation(wireName))));
        required.addAll(f.required());
    }

    private Property property(String owner, String wireName, SpecNode schemaNode, boolean required, NameScope members) {
        Optional<MapNode> schema = linker.documents()
                .deref(schemaNode)
                .filter(MapNode.class::isInstance)
                .map(MapNode.class::cast);
        Optional<SchemaFacts> f = schema.map(linker::facts);
        Optional<String> fixed = f.flatMap(SchemaFacts::fixedValue);
        SchemaLinker.Typed typed = fixed.isPresent() && f.get().properties().isEmpty()
                ? new SchemaLinker.Typed(new ScalarType(ScalarType.Kind.STRING, Optional.empty()), false)
                : linker.link(schemaNode, InlineTypeNames.member(owner, wireName));
        // x-java-name names the member only where the property is written, not in a schema it refers to
        Optional<String> chosen =
                schemaNode instanceof MapNode own && SpecDocuments.refOf(own).isEmpty()
                        ? own.text("x-java-name")
                        : Optional.empty();
        String javaName = members.allocate(RecordMemberNames.wanted(wireName, chosen));
        return new Property(
                wireName,
                javaName,
                typed.type(),
                required,
                typed.nullable(),
                fixed,
                f.flatMap(SchemaFacts::defaultValue),
                f.flatMap(SchemaFacts::description),
                f.map(SchemaFacts::deprecated).orElse(false),
                f.map(SchemaFacts::extensions).orElse(Extensions.NONE),
                schemaNode.location());
    }
}
