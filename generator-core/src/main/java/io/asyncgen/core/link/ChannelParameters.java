package io.asyncgen.core.link;

import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.diagnostic.Severity;
import io.asyncgen.core.model.ChannelParameter;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.naming.InlineTypeNames;
import io.asyncgen.core.read.MapNode;
import io.asyncgen.core.read.SpecDocuments;
import io.asyncgen.core.read.SpecNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parameters of a channel with their types and defaults. A 2.x parameter has a {@code schema};
 * a 3.x one has none: it is a string, an enum when it lists two or more values (its {@code enum},
 * {@code default} and {@code description} are JSON Schema's words, so it is linked as the string
 * schema a 2.x parameter would write). A 3.x parameter that carries a 2.x {@code schema} anyway
 * (the meta-schema check warns) is typed by it. A default that is no number where the type is one
 * ({@code default: None}) is left out, with a warning (an error in strict mode).
 */
final class ChannelParameters {
    private final SpecDocuments documents;
    private final Diagnostics diagnostics;
    private final SchemaLinker schemas;
    private final Severity ruleSeverity;

    ChannelParameters(SpecDocuments documents, Diagnostics diagnostics, SchemaLinker schemas) {
        this.documents = documents;
        this.diagnostics = diagnostics;
        this.schemas = schemas;
        this.ruleSeverity = documents.options().strict() ? Severity.ERROR : Severity.WARNING;
    }

    /** The parameters of {@code channel}; types named {@code <base><Parameter>}. */
    List<ChannelParameter> of(MapNode channel, String base) {
        List<ChannelParameter> parameters = new ArrayList<>();
        channel.map("parameters")
                .ifPresent(all -> all.members()
                        .forEach((name, node) -> documents
                                .deref(node)
                                .filter(MapNode.class::isInstance)
                                .map(MapNode.class::cast)
                                .ifPresent(p -> parameters.add(parameter(name, p, base)))));
        return parameters;
    }

    private ChannelParameter parameter(String name, MapNode parameter, String base) {
        String typeName = InlineTypeNames.member(base, name);
        Optional<SpecNode> schema = parameter.get("schema");
        TypeDef type = schema.isPresent()
                ? schemas.link(schema.get(), typeName).type()
                : parameter.has("enum")
                        ? schemas.link(parameter, typeName).type()
                        : ScalarType.of(ScalarType.Kind.STRING);
        // the schema's default, else the parameter's own (3.x)
        Optional<SpecNode> defaultNode = schema.flatMap(documents::deref)
                .filter(MapNode.class::isInstance)
                .map(MapNode.class::cast)
                .flatMap(s -> s.get("default"))
                .or(() -> parameter.get("default"));
        Optional<String> defaultValue = defaultNode.map(d -> d.toJson().asText());
        if (defaultValue.isPresent() && isNumber(type) && !isNumeral(defaultValue.get())) {
            diagnostics.add(
                    ruleSeverity,
                    defaultNode.get().location(),
                    "the default '" + defaultValue.get()
                            + "' of parameter '" + name
                            + "' is not a number, but the parameter is one; it is left out (leave the"
                            + " default out when there is none)");
            defaultValue = Optional.empty();
        }
        return new ChannelParameter(
                name, parameter.text("description"), type, parameter.text("location"), defaultValue);
    }

    private static boolean isNumber(TypeDef type) {
        return type instanceof ScalarType scalar
                && (scalar.kind() == ScalarType.Kind.INTEGER || scalar.kind() == ScalarType.Kind.NUMBER);
    }

    private static boolean isNumeral(String text) {
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
