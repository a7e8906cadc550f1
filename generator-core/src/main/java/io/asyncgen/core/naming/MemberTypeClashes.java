package io.asyncgen.core.naming;

import io.asyncgen.core.model.NamedType;
import io.asyncgen.core.model.Property;
import io.asyncgen.core.model.RecordType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renames record members that would hide a type: Java reads an ambiguous name such as
 * {@code Foo::decode} as a variable before a type, so a member (or the local
 * {@code <member>Value} generated code decodes it into) named like a type breaks the generated code. Member names never start
 * with an upper-case letter, so only names without case meet ({@code 名前}, {@code _2fa}).
 */
public final class MemberTypeClashes {
    private MemberTypeClashes() {}

    /** {@code types} with every clashing member renamed ({@code 名前} -> {@code 名前2}), in the same order. */
    public static Map<String, NamedType> resolve(Map<String, NamedType> types) {
        Set<String> typeNames = types.keySet();
        Map<String, NamedType> resolved = new LinkedHashMap<>();
        types.forEach((name, type) -> resolved.put(
                name,
                type instanceof RecordType record
                                && record.properties().stream().anyMatch(p -> clashes(p.javaName(), typeNames))
                        ? renamed(record, typeNames)
                        : type));
        return resolved;
    }

    private static boolean clashes(String member, Set<String> typeNames) {
        return typeNames.contains(member) || typeNames.contains(RecordMemberNames.decodedLocal(member));
    }

    private static RecordType renamed(RecordType record, Set<String> typeNames) {
        NameScope members = RecordMemberNames.scope();
        typeNames.forEach(members::reserve);
        record.properties().forEach(p -> members.reserve(p.javaName()));
        List<Property> properties = new ArrayList<>();
        for (Property p : record.properties()) {
            String javaName = p.javaName();
            while (clashes(javaName, typeNames)) {
                javaName = members.allocate(p.javaName());
            }
            properties.add(new Property(
                    p.wireName(),
                    javaName,
                    p.type(),
                    p.required(),
                    p.nullable(),
                    p.constValue(),
                    p.defaultValue(),
                    p.description(),
                    p.deprecated(),
                    p.extensions(),
                    p.source()));
        }
        return new RecordType(
                record.name(),
                record.title(),
                record.description(),
                properties,
                record.bases(),
                record.additionalProperties(),
                record.closed(),
                record.deprecated(),
                record.extensions(),
                record.source());
    }
}
