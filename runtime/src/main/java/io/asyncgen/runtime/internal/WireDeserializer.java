package io.asyncgen.runtime.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;

/**
 * Reads a generated type with any {@code ObjectMapper} exactly as its codec does: the JSON value
 * is read into a tree (numbers as written) and handed to the type's own {@code fromJson}, so
 * unknown members are kept, a union picks its member by its discriminator or shape, and an
 * unknown event type is its {@code Unknown}. Generated types name it in {@code @JsonDeserialize};
 * not an API.
 */
public final class WireDeserializer extends StdDeserializer<Object> implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;

    /** The instance the annotation makes; it hands out one per type. */
    public WireDeserializer() {
        super(Object.class);
    }

    private WireDeserializer(Class<?> type) {
        super(type);
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        JavaType type = context.getContextualType();
        if (type == null && property != null) {
            type = property.getType();
        }
        return type == null || type.getRawClass() == handledType() ? this : new WireDeserializer(type.getRawClass());
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        try {
            return WireMethods.fromJson(handledType(), JsonText.read(parser));
        } catch (IllegalArgumentException e) {
            throw MismatchedInputException.from(parser, handledType(), e.getMessage());
        }
    }
}
