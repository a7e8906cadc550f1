package io.asyncgen.runtime.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.BaseJsonNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;

/**
 * Writes a generated type with any {@code ObjectMapper} exactly as its codec does: the JSON its
 * own {@code toJson()} gives (a decoded event as it was received, numbers as written), whatever
 * the mapper's naming strategy, inclusion rules or features say. Generated types name it in
 * {@code @JsonSerialize}; not an API.
 */
public final class WireSerializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;

    /** The instance the annotation makes. */
    public WireSerializer() {
        super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        write(WireMethods.toJson(value), generator, provider);
    }

    /** Writes a tree member by member, so no mapper setting (leaving out nulls, sorting) changes it. */
    private static void write(JsonNode json, JsonGenerator generator, SerializerProvider provider) throws IOException {
        if (json.isObject()) {
            generator.writeStartObject();
            for (Map.Entry<String, JsonNode> member : json.properties()) {
                generator.writeFieldName(member.getKey());
                write(member.getValue(), generator, provider);
            }
            generator.writeEndObject();
        } else if (json.isArray()) {
            generator.writeStartArray();
            for (JsonNode item : json) {
                write(item, generator, provider);
            }
            generator.writeEndArray();
        } else {
            ((BaseJsonNode) json).serialize(generator, provider);
        }
    }
}
