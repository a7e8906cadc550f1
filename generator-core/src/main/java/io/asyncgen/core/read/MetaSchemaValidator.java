package io.asyncgen.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.diagnostic.Severity;
import io.asyncgen.core.diagnostic.SourceLocation;
import io.asyncgen.core.read.ViolationCondenser.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a whole document against the official AsyncAPI meta-schema and reports each real
 * problem once, in plain words, at the node it concerns. The raw validator output (a flood of
 * failed {@code oneOf} branches) is condensed by {@link ViolationCondenser} first.
 */
public final class MetaSchemaValidator {
    private static final String ASYNCAPI_26 = "asyncapi-2.6.0.schema.json";
    private static final String ASYNCAPI_30 = "asyncapi-3.0.0.schema.json";
    private static final String ASYNCAPI_31 = "asyncapi-3.1.0.schema.json";

    private final JsonSchema schema;
    private final ViolationCondenser condenser;

    private MetaSchemaValidator(JsonNode metaSchema) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .locale(Locale.ROOT)
                .preloadJsonSchema(false)
                .build();
        // The validators of a definition are built when a document first reaches it (most documents use a small
        // part of the meta-schema: one protocol's bindings, say), so validate() is synchronized: building is not
        // safe to race.
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(metaSchema, config);
        this.condenser = new ViolationCondenser(metaSchema);
    }

    /** The official AsyncAPI 2.6.0 meta-schema, loaded once from the bundled resource (thread-safe, reusable). */
    public static MetaSchemaValidator asyncApi26() {
        return AsyncApi26.INSTANCE;
    }

    /** The official AsyncAPI 3.0.0 meta-schema, loaded on first use only (building a validator is costly). */
    public static MetaSchemaValidator asyncApi30() {
        return AsyncApi30.INSTANCE;
    }

    /** The official AsyncAPI 3.1.0 meta-schema, loaded on first use only. */
    public static MetaSchemaValidator asyncApi31() {
        return AsyncApi31.INSTANCE;
    }

    /**
     * Validates a whole root document; reports each violation to {@code diagnostics} with
     * {@code severity} at the offending node (a property that is not allowed: at its key; a missing
     * required property: at the object).
     */
    public void validate(SpecNode document, Severity severity, Diagnostics diagnostics) {
        JsonNode json = document.toJson();
        Set<ValidationMessage> violations;
        synchronized (this) {
            violations = schema.validate(json);
        }
        List<Finding> findings = condenser.condense(json, violations);
        Set<String> reported = new LinkedHashSet<>();
        for (Finding finding : findings) {
            if (isReferenceMatchingTwice(document, finding)) {
                continue;
            }
            SourceLocation location = locate(document, finding);
            String message = ViolationWording.message(finding);
            if (reported.add(location + " " + message)) {
                diagnostics.add(severity, location, message);
            }
        }
    }

    /**
     * A reference object where the meta-schema allows "a Reference or a schema" with {@code oneOf}
     * (3.x Kafka message keys): it matches both, since a {@code $ref} object is a valid schema too,
     * but it is meant as the reference, and it is checked where it points.
     */
    private static boolean isReferenceMatchingTwice(SpecNode document, Finding finding) {
        if (!(finding instanceof ViolationCondenser.SchemaError error)
                || !error.keyword().equals("oneOf")) {
            return false;
        }
        SpecNode node = document;
        for (String token : finding.at()) {
            Optional<SpecNode> next = child(node, token);
            if (next.isEmpty()) {
                return false;
            }
            node = next.get();
        }
        return SpecDocuments.refOf(node).isPresent();
    }

    /** The node a finding points at: found by walking the tree along its path. */
    private static SourceLocation locate(SpecNode document, Finding finding) {
        SpecNode node = document;
        for (String token : finding.at()) {
            Optional<SpecNode> child = child(node, token);
            if (child.isEmpty()) {
                return node.location();
            }
            node = child.get();
        }
        if (finding instanceof ViolationCondenser.SchemaError error
                && error.keyword().equals("additionalProperties")
                && node instanceof MapNode map
                && map.has(error.property())) {
            return map.keyLocation(error.property());
        }
        return node.location();
    }

    private static Optional<SpecNode> child(SpecNode node, String token) {
        if (node instanceof MapNode map) {
            return map.get(token);
        }
        if (node instanceof ListNode list
                && MetaSchemaPaths.isIndex(token)
                && Integer.parseInt(token) < list.items().size()) {
            return Optional.of(list.items().get(Integer.parseInt(token)));
        }
        return Optional.empty();
    }

    /** Loads the bundled meta-schema on first use. */
    private static final class AsyncApi26 {
        static final MetaSchemaValidator INSTANCE = new MetaSchemaValidator(load(ASYNCAPI_26));
    }

    /** Loads the 3.0.0 meta-schema on first use. */
    private static final class AsyncApi30 {
        static final MetaSchemaValidator INSTANCE = new MetaSchemaValidator(load(ASYNCAPI_30));
    }

    /** Loads the 3.1.0 meta-schema on first use. */
    private static final class AsyncApi31 {
        static final MetaSchemaValidator INSTANCE = new MetaSchemaValidator(load(ASYNCAPI_31));
    }

    private static JsonNode load(String resource) {
        try (InputStream in = MetaSchemaValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + resource, e);
        }
    }
}
