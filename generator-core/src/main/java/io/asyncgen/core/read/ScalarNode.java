package io.asyncgen.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.asyncgen.core.diagnostic.SourceLocation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A scalar with its kind and its text as written ({@code "42"}, {@code "true"}, {@code "ON"}).
 * Words that YAML 1.1 would turn into booleans ({@code ON}, {@code no}) are strings here, as in
 * YAML 1.2 and JSON; the reader warns about them.
 */
public record ScalarNode(SourceLocation location, Kind kind, String text) implements SpecNode {

    /** The JSON kinds a scalar can have. */
    public enum Kind {
        STRING,
        INTEGER,
        DECIMAL,
        BOOLEAN,
        NULL
    }

    public ScalarNode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public JsonNode toJson() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        return switch (kind) {
            case STRING -> json.textNode(text);
            case INTEGER -> json.numberNode(new BigInteger(text.replace("_", "")));
            case DECIMAL -> json.numberNode(new BigDecimal(text.replace("_", "")));
            case BOOLEAN -> json.booleanNode(Boolean.parseBoolean(text));
            case NULL -> json.nullNode();
        };
    }

    @Override
    public String kindName() {
        return switch (kind) {
            case STRING -> "a string";
            case INTEGER -> "an integer";
            case DECIMAL -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
        };
    }
}
