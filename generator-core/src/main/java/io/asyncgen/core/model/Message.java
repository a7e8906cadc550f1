package io.asyncgen.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.asyncgen.core.diagnostic.SourceLocation;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A message with its traits applied.
 *
 * @param key a unique, Java-ready name: {@code x-java-name}, else the {@code components/messages}
 *     key, else {@code messageId}, else {@code name}, else one derived from its place
 * @param payload the payload type ({@link JsonType} when the message declares none)
 * @param bindings protocol bindings as written, by protocol
 */
public record Message(
        String key,
        Optional<String> messageId,
        Optional<String> name,
        Optional<String> title,
        Optional<String> summary,
        Optional<String> description,
        Optional<String> contentType,
        TypeDef payload,
        Optional<TypeDef> headers,
        Optional<CorrelationId> correlationId,
        Map<String, JsonNode> bindings,
        boolean deprecated,
        Extensions extensions,
        SourceLocation source) {

    public Message {
        bindings = Collections.unmodifiableMap(new TreeMap<>(bindings));
    }

    /**
     * Whether this message travels as a binary frame rather than as JSON text: its payload is a
     * binary string ({@code type: string, format: binary}) or its content type is
     * {@code application/octet-stream}.
     */
    public boolean isBinary() {
        boolean binaryPayload = payload instanceof ScalarType scalar
                && scalar.kind() == ScalarType.Kind.STRING
                && scalar.format().filter("binary"::equals).isPresent();
        boolean binaryContent = contentType
                .map(type -> type.strip().toLowerCase(Locale.ROOT))
                .filter(type -> type.startsWith("application/octet-stream"))
                .isPresent();
        return binaryPayload || binaryContent;
    }
}
