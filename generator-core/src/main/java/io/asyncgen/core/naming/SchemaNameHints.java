package io.asyncgen.core.naming;

import java.util.Optional;

/**
 * What a schema says about its own name, in the order it counts: {@code x-java-name}, else its key
 * under {@code components/schemas} (or at the top of a fragment file), else its {@code title}.
 *
 * @param javaName the schema's {@code x-java-name}, as written
 * @param componentKey the key the schema is declared under, unescaped
 * @param title the schema's {@code title}
 */
public record SchemaNameHints(Optional<String> javaName, Optional<String> componentKey, Optional<String> title) {

    /** The name the schema asks for, as a Java type name; empty when it says nothing. */
    public Optional<String> preferred() {
        if (javaName.isPresent()) {
            return javaName.map(JavaNames::chosenTypeName);
        }
        if (componentKey.isPresent()) {
            return componentKey.map(JavaNames::typeName);
        }
        return title.map(JavaNames::typeName);
    }
}
