package io.asyncgen.core.read;

import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.diagnostic.Severity;
import io.asyncgen.core.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of the AsyncAPI specification text that its JSON Schema cannot express, for 2.x and
 * 3.x documents: component keys, channel names and addresses, parameter names, discriminators and
 * unions that contain themselves. (The rules about 3.x operations and replies are checked where
 * they are linked.) Strict mode reports each as an error, lenient mode as a warning.
 */
public final class SpecRules {
    private static final Pattern COMPONENT_KEY = Pattern.compile("^[a-zA-Z0-9.\\-_]+$");
    private static final Pattern PARAMETER_NAME = Pattern.compile("^[A-Za-z0-9_\\-]+$");
    private static final Pattern EXPRESSION = Pattern.compile("\\{([^}]*)}");

    private final SpecDocuments documents;
    private final Diagnostics diagnostics;
    private final Severity severity;
    private final boolean v3;

    private SpecRules(SpecDocuments documents, Diagnostics diagnostics, boolean v3) {
        this.documents = documents;
        this.diagnostics = diagnostics;
        this.severity = documents.options().strict() ? Severity.ERROR : Severity.WARNING;
        this.v3 = v3;
    }

    /** Whether {@code key} is a component key the specification allows ({@code ^[a-zA-Z0-9.\-_]+$}). */
    public static boolean isComponentKey(String key) {
        return COMPONENT_KEY.matcher(key).matches();
    }

    /** Checks the rules on every document read; {@code version} is the root document's {@code asyncapi}. */
    public static void check(SpecDocuments documents, String version, Diagnostics diagnostics) {
        new SpecRules(documents, diagnostics, !version.startsWith("2.")).checkAll();
    }

    private void checkAll() {
        MapNode root = (MapNode) documents.root().root();
        root.map("components").ifPresent(this::componentKeys);
        root.map("channels")
                .ifPresent(channels -> channels.members()
                        .forEach((name, node) -> mapping(node).ifPresent(channel -> channel(channels, name, channel))));
        Set<MapNode> checked = Collections.newSetFromMap(new IdentityHashMap<>());
        documents.files().forEach(file -> walkSchemas(file.root(), checked));
    }

    private void componentKeys(MapNode components) {
        components.members().forEach((kind, members) -> {
            if (!kind.startsWith("x-") && members instanceof MapNode map) {
                map.keys().stream()
                        .filter(key -> !isComponentKey(key))
                        .forEach(key -> report(
                                map.keyLocation(key),
                                "component key '" + key + "' in components/" + kind + " must match"
                                        + " ^[a-zA-Z0-9.\\-_]+$ (letters, digits, '.', '-', '_'); rename it, e.g. '"
                                        + key.replaceAll("[^a-zA-Z0-9.\\-_]", "_") + "'"));
            }
        });
    }

    private void channel(MapNode channels, String name, MapNode channel) {
        Optional<ScalarNode> addressNode = v3
                ? channel.get("address")
                        .filter(ScalarNode.class::isInstance)
                        .map(ScalarNode.class::cast)
                        .filter(a -> a.kind() == ScalarNode.Kind.STRING)
                : Optional.empty();
        String address = v3 ? addressNode.map(ScalarNode::text).orElse(null) : name;
        SourceLocation at = v3 ? addressNode.map(ScalarNode::location).orElse(null) : channels.keyLocation(name);
        String what = v3 ? "the address of channel '" + name + "'" : "channel name '" + name + "'";
        if (address != null && address.contains("?")) {
            report(
                    at,
                    what + " has a query string; leave it out of the " + (v3 ? "address" : "name")
                            + " and declare the query parameters in the channel's bindings (ws: query)");
        }
        if (v3 && address != null && address.contains("#")) {
            report(at, what + " has a fragment ('#'); a 3.x channel address has none: use a channel of its own");
        }
        List<String> used = new ArrayList<>();
        if (address != null) {
            Matcher expression = EXPRESSION.matcher(address);
            while (expression.find()) {
                used.add(expression.group(1));
            }
        }
        Optional<MapNode> parameters = channel.map("parameters");
        for (String parameter : used) {
            if (parameters.map(p -> !p.has(parameter)).orElse(true)) {
                report(
                        at,
                        what + " uses the parameter {" + parameter + "}, which the channel does not declare; add it"
                                + " under the channel's parameters");
            }
        }
        parameters.ifPresent(declared -> declared.keys().forEach(parameter -> {
            if (!PARAMETER_NAME.matcher(parameter).matches()) {
                report(
                        declared.keyLocation(parameter),
                        "parameter name '" + parameter + "' must match ^[A-Za-z0-9_\\-]+$;"
                                + " rename it here and in the " + (v3 ? "address" : "channel name"));
            } else if (address != null && !used.contains(parameter)) {
                report(
                        declared.keyLocation(parameter),
                        "parameter '" + parameter + "' is not used in " + what
                                + "; a parameter names a {" + parameter + "} of the "
                                + (v3 ? "address" : "channel name")
                                + ", declare query parameters in the channel's bindings (ws: query) instead"
                                + (severity == Severity.WARNING
                                        ? "; taken as "
                                                + handshakePart(
                                                        parameter,
                                                        declared.get(parameter).flatMap(this::mapping))
                                                + " of the WebSocket handshake"
                                        : ""));
            }
        }));
    }

    /** What an unused parameter is taken as: the header its location names, else a query parameter. */
    private static String handshakePart(String parameter, Optional<MapNode> declaration) {
        String header = "$message.header#/";
        return declaration
                .flatMap(p -> p.text("location"))
                .filter(l -> l.startsWith(header) && l.length() > header.length())
                .map(l -> "header '" + l.substring(header.length()) + "'")
                .orElse("query parameter '" + parameter + "'");
    }

    /** Every mapping of every document that is a schema with a discriminator or a union. */
    private void walkSchemas(SpecNode node, Set<MapNode> checked) {
        if (node instanceof MapNode map) {
            if (!checked.add(map)) {
                return;
            }
            if (map.get("discriminator").orElse(null) instanceof ScalarNode discriminator
                    && discriminator.kind() == ScalarNode.Kind.STRING) {
                discriminatorRequired(map, discriminator);
            }
            if (map.has("oneOf") || map.has("anyOf")) {
                unionLoop(map);
            }
            map.members().forEach((key, value) -> {
                if (!key.equals("examples")
                        && !key.equals("example")
                        && !key.equals("default")
                        && !key.equals("const")
                        && !key.equals("enum")) {
                    walkSchemas(value, checked);
                }
            });
        } else if (node instanceof ListNode list) {
            list.items().forEach(item -> walkSchemas(item, checked));
        }
    }

    /**
     * The discriminator must be required: by the schema itself (or an {@code allOf} part), or, for a
     * union, by every member; the specification asks for it so that every value carries it.
     */
    private void discriminatorRequired(MapNode schema, ScalarNode discriminator) {
        String property = discriminator.text();
        if (requires(schema, property)) {
            return;
        }
        List<SpecNode> members = new ArrayList<>();
        schema.list("oneOf").ifPresent(l -> members.addAll(l.items()));
        schema.list("anyOf").ifPresent(l -> members.addAll(l.items()));
        if (!members.isEmpty()
                && members.stream()
                        .allMatch(
                                m -> mapping(m).map(t -> requires(t, property)).orElse(true))) {
            return;
        }
        report(
                discriminator.location(),
                "discriminator '" + property + "' is not in the required list of the schema"
                        + (members.isEmpty() ? "" : " or of every member of its union")
                        + "; every value must carry it: add it to"
                        + " required");
    }

    private boolean requires(MapNode schema, String property) {
        Set<String> required = new LinkedHashSet<>(texts(schema.list("required")));
        schema.list("allOf")
                .ifPresent(parts -> parts.items()
                        .forEach(part -> mapping(part).ifPresent(p -> required.addAll(texts(p.list("required"))))));
        return required.contains(property);
    }

    /** A union whose members lead back to the union itself through unions only: a value of it never ends. */
    private void unionLoop(MapNode union) {
        for (String keyword : List.of("oneOf", "anyOf")) {
            for (SpecNode member : union.list(keyword).map(ListNode::items).orElse(List.of())) {
                if (leadsTo(member, union, Collections.newSetFromMap(new IdentityHashMap<>()))) {
                    report(
                            member.location(),
                            "this member of the " + keyword + " leads back to the schema that lists it"
                                    + " (through $ref and oneOf/anyOf only): the union contains itself; remove the member, or refer to"
                                    + " the schema it means");
                }
            }
        }
    }

    private boolean leadsTo(SpecNode member, MapNode union, Set<MapNode> seen) {
        if (SpecDocuments.refOf(member).isEmpty()) {
            return false;
        }
        Optional<MapNode> target = mapping(member);
        if (target.isEmpty() || !seen.add(target.get())) {
            return false;
        }
        if (target.get() == union) {
            return true;
        }
        for (String keyword : List.of("oneOf", "anyOf")) {
            for (SpecNode next : target.get().list(keyword).map(ListNode::items).orElse(List.of())) {
                if (leadsTo(next, union, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void report(SourceLocation at, String message) {
        diagnostics.add(severity, at, message);
    }

    private Optional<MapNode> mapping(SpecNode node) {
        return documents.deref(node).filter(MapNode.class::isInstance).map(MapNode.class::cast);
    }

    private static List<String> texts(Optional<ListNode> list) {
        return list.map(l -> l.items().stream().map(i -> i.toJson().asText()).toList())
                .orElse(List.of());
    }
}
